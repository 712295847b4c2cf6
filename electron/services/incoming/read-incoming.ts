import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES, type IncomingKind, type IncomingSource } from '../../../shared/ipc/incoming';
import { ServiceError, serviceText } from '../errors';
import type { Host } from '../host';
import type { OpenedFiles } from './opened-files';

export interface IncomingFile {
  /** The file's plain name (no folder), for messages and the preview. */
  name: string;
  bytes: Buffer;
}

const FILTERS: Record<IncomingKind, { name: string; extensions: string[] }[]> = {
  bidmap: [{ name: 'Bidmap org map', extensions: ['bidmap', 'json'] }],
  contacts: [{ name: 'Contacts (CSV, Excel, vCard)', extensions: ['csv', 'txt', 'xlsx', 'vcf'] }],
};

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

export function tooBig(name: string, size: number): ServiceError {
  return new ServiceError('invalidInput', serviceText('fileTooBig', { name, size: megabytes(size), max: megabytes(MAX_IMPORT_BYTES) }));
}

/** Reads a path after checking its size, so a huge file is refused without loading it. */
export async function readLimited(path: string): Promise<IncomingFile> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ServiceError('invalidInput', serviceText('notAFile', { name }));
    size = info.size;
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('notFound', serviceText('cannotRead', { name, detail: (e as Error).message }));
  }
  if (size > MAX_IMPORT_BYTES) throw tooBig(name, size);
  return { name, bytes: await readFile(path) };
}

/** The bytes of a file to import, wherever it comes from; null when the user cancelled the dialog. */
export async function readIncoming(source: IncomingSource, kind: IncomingKind, host: Host, opened: OpenedFiles): Promise<IncomingFile | null> {
  switch (source.from) {
    case 'dialog': {
      const path = await host.chooseOpenFile({ title: 'Bidmap', filters: FILTERS[kind] });
      return path ? readLimited(path) : null;
    }
    case 'opened': {
      const path = opened.path(source.token);
      if (!path) throw new ServiceError('notFound', serviceText('openedFileGone'));
      return readLimited(path);
    }
    case 'bytes': {
      const bytes = Buffer.from(source.base64, 'base64');
      if (bytes.length > MAX_IMPORT_BYTES) throw tooBig(source.name, bytes.length);
      return { name: basename(source.name), bytes };
    }
  }
}

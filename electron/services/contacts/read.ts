import { ContactFileError, type ContactTable } from '../../../shared/logic/contacts';
import { ServiceError } from '../errors';
import type { IncomingFile } from '../incoming/read-incoming';
import { parseCsv } from './csv';
import { decodeText, type TextEncoding } from './decode';
import { parseVcard } from './vcard';
import { parseXlsx } from './xlsx';

export type ContactFormat = 'csv' | 'xlsx' | 'vcard';

/** A contact file read and checked, kept (staged) between the preview and the import. */
export interface StagedContacts {
  fileName: string;
  format: ContactFormat;
  /** The text encoding found ('binary' for a workbook). */
  encoding: TextEncoding | 'binary';
  table: ContactTable;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** Every refusal as the services' own error (its message is for the user), anything else rethrown. */
export function asServiceError(e: unknown): never {
  if (e instanceof ContactFileError) throw new ServiceError('invalidInput', e.message);
  throw e;
}

/**
 * A contact list from a file's bytes: an Excel workbook (.xlsx, told by its zip signature), a vCard
 * file, or CSV text in any common encoding. Refuses with a message naming the problem (and the row)
 * for an empty, binary, truncated or oversized file.
 */
export async function readContactFile(file: IncomingFile): Promise<StagedContacts> {
  const { name, bytes } = file;
  try {
    if (bytes.length === 0) throw new ContactFileError(`"${name}" is empty (0 bytes). Nothing was imported.`);
    if (startsWith(bytes, ZIP)) return { fileName: name, format: 'xlsx', encoding: 'binary', table: await parseXlsx(bytes, name) };
    if (startsWith(bytes, OLE)) {
      throw new ContactFileError(`"${name}" is an old Excel workbook (.xls). In Excel, save it as .xlsx or CSV, then import that. Nothing was imported.`);
    }
    if (/\.xlsx$/i.test(name)) throw new ContactFileError(`"${name}" is not an Excel workbook (.xlsx): it may be damaged or renamed. Nothing was imported.`);
    const { text, encoding } = decodeText(bytes, name);
    const vcard = /\.vcf$/i.test(name) || /^\s*BEGIN:VCARD/i.test(text.slice(0, 200));
    return { fileName: name, format: vcard ? 'vcard' : 'csv', encoding, table: vcard ? parseVcard(text, name) : parseCsv(text, name) };
  } catch (e) {
    asServiceError(e);
  }
}

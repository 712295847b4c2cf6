import { mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';
import { writeFileDurable } from '../../fs/durable-write';
import type { FileCodec } from '../../vault/file-codec';

// The team documents on the laptop, in WORKSPACE/team/docs, through the workspace's FileCodec:
// sealed like every other file when the workspace is encrypted, and written durably (temp file,
// fsync, rename), so a crash leaves each chunk whole or absent, never torn. One file per key, its
// parts as folders (automerge-repo keys are a document id, a kind and a hash).

const TEMP = /\.\d+\.\d+\.tmp$/;

export class CodecStorageAdapter implements StorageAdapterInterface {
  constructor(
    private readonly dir: string,
    private readonly codec: FileCodec,
  ) {}

  #path(key: StorageKey): string {
    for (const part of key) if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error(`a storage key part that is not a plain name: ${JSON.stringify(part)}`);
    return join(this.dir, ...key);
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.#path(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw e;
    }
    const opened = this.codec.open(bytes);
    if (!opened.ok) throw new Error(`team document chunk ${key.join('/')}: ${opened.detail}`);
    return new Uint8Array(opened.bytes);
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    const path = this.#path(key);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFileDurable(path, this.codec.seal(data));
  }

  async remove(key: StorageKey): Promise<void> {
    await unlink(this.#path(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT' && e.code !== 'EISDIR') throw e;
    });
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const root = this.#path(prefix);
    const files = await walk(root);
    const chunks: Chunk[] = [];
    for (const file of files) {
      const key = [...prefix, ...relative(root, file).split(sep)];
      chunks.push({ key, data: await this.load(key) });
    }
    return chunks;
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    await rm(this.#path(prefix), { recursive: true, force: true });
  }
}

/** Every file under `dir` (none when it does not exist), leaving out the temp files of cut writes. */
async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw e;
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (!TEMP.test(entry.name)) out.push(path);
  }
  return out;
}

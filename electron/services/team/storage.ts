import { mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Chunk, Repo, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';
import { writeFileDurable } from '../fs/durable-write';
import type { FileCodec } from '../vault/file-codec';

// Where automerge-repo keeps documents, for the team server (DATA/docs, plain) and for a laptop
// (WORKSPACE/team/docs, through the workspace's FileCodec: sealed like every other file when the
// workspace is encrypted). Written durably (temp file, fsync, rename), so a SIGKILL or a power cut
// leaves each chunk whole or absent, never torn (the stock NodeFS adapter writes in place, and a
// torn chunk stops the document from loading). One file per key, its parts as folders
// (automerge-repo keys are a document id, a kind and a hash).

const TEMP = /\.\d+\.\d+\.tmp$/;

export class CodecStorageAdapter implements StorageAdapterInterface {
  /**
   * Chunks being written, readable at once: automerge-repo reads back what it has just saved
   * (while compacting, while another peer asks), and a durable write takes a few milliseconds.
   */
  readonly #pending = new Map<string, Uint8Array>();
  readonly #writing = new Set<Promise<unknown>>();
  #closed = false;

  constructor(
    private readonly dir: string,
    private readonly codec: FileCodec,
  ) {}

  #path(key: StorageKey): string {
    for (const part of key) if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error(`a storage key part that is not a plain name: ${JSON.stringify(part)}`);
    return join(this.dir, ...key);
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const pending = this.#pending.get(key.join('/'));
    if (pending) return pending;
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
    if (this.#closed) return; // a throttled sync-state save of a Repo already shut down
    const path = this.#path(key);
    const name = key.join('/');
    this.#pending.set(name, data);
    const write = (async () => {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFileDurable(path, this.codec.seal(data));
    })();
    this.#writing.add(write);
    try {
      await write;
    } finally {
      this.#writing.delete(write);
      if (this.#pending.get(name) === data) this.#pending.delete(name);
    }
  }

  /** Waits for the writes under way; later saves are dropped (the Repo was shut down, its folder may go). */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#writing]);
  }

  async remove(key: StorageKey): Promise<void> {
    this.#pending.delete(key.join('/'));
    await unlink(this.#path(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT' && e.code !== 'EISDIR') throw e;
    });
  }

  /** Whether anything is stored under `prefix` (a document id: whether this side holds that document), without reading it. */
  async has(prefix: StorageKey): Promise<boolean> {
    const start = `${prefix.join('/')}/`;
    for (const name of this.#pending.keys()) if (name.startsWith(start)) return true;
    return (await walk(this.#path(prefix))).length > 0;
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const root = this.#path(prefix);
    const keys = new Map<string, StorageKey>();
    for (const file of await walk(root)) {
      const key = [...prefix, ...relative(root, file).split(sep)];
      keys.set(key.join('/'), key);
    }
    const start = `${prefix.join('/')}/`;
    for (const name of this.#pending.keys()) if (name.startsWith(start)) keys.set(name, name.split('/'));
    const chunks: Chunk[] = [];
    for (const key of keys.values()) chunks.push({ key, data: await this.load(key) });
    return chunks;
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    const start = `${prefix.join('/')}/`;
    for (const name of [...this.#pending.keys()]) if (name.startsWith(start)) this.#pending.delete(name);
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

/**
 * Writes every document a Repo holds that is ready (`repo.flush()` throws on a handle still
 * loading or found unavailable, e.g. one a member asked for and nobody had).
 */
function flushReady(repo: Repo): Promise<void> {
  return repo.flush(Object.values(repo.handles).filter((h) => h.isReady()).map((h) => h.documentId));
}

/** Stops a Repo's network and writes its ready documents: `repo.shutdown()` flushes every handle, and throws on one that is not ready. */
export async function shutdownRepo(repo: Repo): Promise<void> {
  for (const adapter of repo.networkSubsystem.adapters) adapter.disconnect();
  await flushReady(repo);
}

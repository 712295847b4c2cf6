import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback, type ScryptOptions } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_IDLE_LOCK_MINUTES, IdleLockMinutes } from '../../../shared/model/vault';
import { ServiceError, serviceText } from '../errors';
import { fsyncDir, writeFileDurable } from '../fs/durable-write';
import { describeIssues } from '../store/read-file';

/**
 * `keyring.json`, beside `workspace.json`: the workspace's data keys, each wrapped (AES-256-GCM)
 * under a key derived from the passphrase with scrypt. It holds no secret without the passphrase.
 * Its presence is what makes a workspace encrypted.
 */
export const KEYRING_FILE = 'keyring.json';
export const keyringPath = (dir: string) => join(dir, KEYRING_FILE);

/**
 * scrypt's cost. N = 2^17, r = 8, p = 1 is OWASP's recommendation (about 0.5 s and 128 MiB here);
 * tests pass a lower N through the session options, never through the page.
 */
export const DEFAULT_KDF_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfCost = { N: number; r: number; p: number };

const B64 = z.string().max(4096).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const KeyId = z.string().regex(/^k[0-9a-f]{16}$/);

const Kdf = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 22).refine((n) => (n & (n - 1)) === 0, 'a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: B64,
});

const WrappedKey = z.object({ id: KeyId, nonce: B64, sealed: B64 });

export const Keyring = z.object({
  format: z.literal('bidmap-keyring'),
  version: z.literal(1),
  /** Names the workspace where its keys are remembered on a device (a folder can move). */
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: Kdf,
  keys: z.array(WrappedKey).min(1).max(8),
  /** The key new writes use. */
  current: KeyId,
  /** A change of encryption under way: set before the first file is rewritten, cleared after the last. */
  pending: z.enum(['encrypt', 'rotate', 'decrypt']).nullable(),
  idleLockMinutes: IdleLockMinutes.default(DEFAULT_IDLE_LOCK_MINUTES),
});
export type Keyring = z.infer<typeof Keyring>;

export type DataKeys = Map<string, Buffer>;

/** Reads the keyring: null when the workspace is not encrypted. A damaged one is an error, never "not encrypted". */
export async function readKeyring(dir: string): Promise<Keyring | null> {
  let text: string;
  try {
    text = await readFile(keyringPath(dir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ServiceError('io', serviceText('keyringUnreadable', { detail: (e as Error).message }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw keyringDamaged(dir, (e as Error).message);
  }
  const parsed = Keyring.safeParse(raw);
  if (!parsed.success) throw keyringDamaged(dir, describeIssues(parsed.error));
  if (!parsed.data.keys.some((k) => k.id === parsed.data.current)) throw keyringDamaged(dir, 'the current key is not in it');
  return parsed.data;
}

const keyringDamaged = (dir: string, detail: string) =>
  new ServiceError('damaged', serviceText('keyringDamaged', { file: keyringPath(dir), detail }));

export const writeKeyring = (dir: string, keyring: Keyring) => writeFileDurable(keyringPath(dir), `${JSON.stringify(Keyring.parse(keyring), null, 1)}\n`);

export async function removeKeyring(dir: string): Promise<void> {
  await unlink(keyringPath(dir));
  await fsyncDir(dirname(keyringPath(dir)));
}

function scrypt(passphrase: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  // 128 * N * r bytes, plus room: Node's default ceiling (32 MiB) is below OWASP's cost.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scryptCallback(passphrase, salt, 32, options, (e, key) => (e ? reject(e) : resolve(key))));
}

/** The key-encryption key. The passphrase is NFC-normalised: the same letters typed on macOS and Windows give the same key. */
export const deriveKek = (passphrase: string, kdf: Keyring['kdf']) => scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), kdf);

export const newKdf = (cost: KdfCost = DEFAULT_KDF_COST): Keyring['kdf'] => ({ name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') });
export const newKeyId = () => `k${randomBytes(8).toString('hex')}`;
export const newWorkspaceId = () => randomBytes(16).toString('hex');

/** What a wrapped key is bound to: its id and its workspace, so no entry can be moved to another. */
const wrapAad = (workspaceId: string, id: string) => Buffer.from(`bidmap-key:${workspaceId}:${id}`, 'ascii');

export function wrapKeys(kek: Buffer, keys: DataKeys, workspaceId: string): Keyring['keys'] {
  return [...keys].map(([id, key]) => {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, nonce);
    cipher.setAAD(wrapAad(workspaceId, id));
    const sealed = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
    return { id, nonce: nonce.toString('base64'), sealed: sealed.toString('base64') };
  });
}

/** The data keys, or null when the key-encryption key is not the one they were wrapped with (a wrong passphrase). */
export function unwrapKeys(kek: Buffer, keyring: Keyring): DataKeys | null {
  const keys: DataKeys = new Map();
  for (const w of keyring.keys) {
    const sealed = Buffer.from(w.sealed, 'base64');
    if (sealed.length !== 32 + 16) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.nonce, 'base64'));
      decipher.setAAD(wrapAad(keyring.workspaceId, w.id));
      decipher.setAuthTag(sealed.subarray(32));
      keys.set(w.id, Buffer.concat([decipher.update(sealed.subarray(0, 32)), decipher.final()]));
    } catch {
      wipe(keys);
      return null;
    }
  }
  return keys;
}

/** Overwrites keys in memory before letting them go. */
export function wipe(keys: DataKeys): void {
  for (const key of keys.values()) key.fill(0);
  keys.clear();
}

export const newDataKey = () => randomBytes(32);

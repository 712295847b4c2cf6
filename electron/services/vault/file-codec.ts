import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * How the store turns a file's text into the bytes on disk and back. The plain codec writes UTF-8;
 * an unlocked vault (vault.ts) seals each file with AES-256-GCM. Every read of a workspace file
 * goes through one, so a sealed file is never mistaken for a broken one.
 */
export interface FileCodec {
  readonly encrypted: boolean;
  seal(data: string | Uint8Array): Uint8Array | string;
  open(bytes: Uint8Array): Opened;
}

export type Opened =
  | { ok: true; bytes: Buffer }
  /**
   * `encrypted`: sealed with a key this codec does not have (locked, or another workspace's): left
   * as it is. `tampered`: the bytes fail their authentication, or a plain file sits in an encrypted
   * workspace: treated as damaged.
   */
  | { ok: false; code: 'encrypted' | 'tampered'; detail: string };

/** `BIDMAPE1`, then the key id's length (1 byte) and id, the 12-byte nonce, the ciphertext, the 16-byte tag. */
export const MAGIC = Buffer.from('BIDMAPE1', 'ascii');
const NONCE = 12;
const TAG = 16;

export const isSealed = (bytes: Uint8Array) => bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);

interface Header {
  keyId: string;
  /** Magic, length and key id: authenticated with the content, so the key id cannot be swapped. */
  aad: Buffer;
  nonce: Buffer;
  body: Buffer;
  tag: Buffer;
}

function header(bytes: Uint8Array): Header | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idLength = b[MAGIC.length];
  if (idLength === undefined || idLength === 0) return null;
  const idEnd = MAGIC.length + 1 + idLength;
  if (b.length < idEnd + NONCE + TAG) return null;
  return {
    keyId: b.subarray(MAGIC.length + 1, idEnd).toString('ascii'),
    aad: b.subarray(0, idEnd),
    nonce: b.subarray(idEnd, idEnd + NONCE),
    body: b.subarray(idEnd + NONCE, b.length - TAG),
    tag: b.subarray(b.length - TAG),
  };
}

/** The key id a sealed file names, or null for a plain or cut-short one. */
export const keyIdOf = (bytes: Uint8Array): string | null => (isSealed(bytes) ? (header(bytes)?.keyId ?? null) : null);

/** Seals bytes under one 32-byte key with a fresh random nonce (never reused: 96 random bits per file write). */
export function seal(key: Buffer, keyId: string, plain: Uint8Array): Buffer {
  const id = Buffer.from(keyId, 'ascii');
  if (id.length === 0 || id.length > 255) throw new Error('a key id is 1 to 255 ASCII characters');
  const aad = Buffer.concat([MAGIC, Buffer.from([id.length]), id]);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([aad, nonce, body, cipher.getAuthTag()]);
}

/** Opens sealed bytes with the key they name, if it is one of `keys`. */
export function unseal(keys: ReadonlyMap<string, Buffer>, bytes: Uint8Array): Opened {
  const h = header(bytes);
  if (!h) return { ok: false, code: 'tampered', detail: 'the encrypted file is cut short' };
  const key = keys.get(h.keyId);
  if (!key) return { ok: false, code: 'encrypted', detail: `encrypted with a key this workspace does not hold (${h.keyId})` };
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, h.nonce);
    decipher.setAAD(h.aad);
    decipher.setAuthTag(h.tag);
    return { ok: true, bytes: Buffer.concat([decipher.update(h.body), decipher.final()]) };
  } catch {
    return { ok: false, code: 'tampered', detail: 'the encrypted file fails its integrity check: it was changed or damaged after it was written' };
  }
}

/** Files as they are: plain UTF-8. A sealed file is reported, never parsed as if it were text. */
export const PLAIN: FileCodec = {
  encrypted: false,
  seal: (data) => data,
  open: (bytes) =>
    isSealed(bytes)
      ? { ok: false, code: 'encrypted', detail: 'the file is encrypted and the workspace is not unlocked' }
      : { ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
};

/** Reads text through a codec: the text, or why not. */
export function openText(codec: FileCodec, bytes: Uint8Array): { ok: true; text: string } | Extract<Opened, { ok: false }> {
  const opened = codec.open(bytes);
  return opened.ok ? { ok: true, text: opened.bytes.toString('utf8') } : opened;
}

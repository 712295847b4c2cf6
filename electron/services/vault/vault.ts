import { isSealed, seal, unseal, type FileCodec, type Opened } from './file-codec';
import { wipe, type DataKeys } from './keyring';

/**
 * An unlocked workspace's codec: writes are sealed under the current key, reads opened with
 * whichever of the workspace's keys sealed them. A plain file is accepted only while a change of
 * encryption is under way; otherwise it is something put there behind the app's back.
 */
export class Vault implements FileCodec {
  readonly encrypted = true;

  constructor(
    private readonly keys: DataKeys,
    readonly current: string,
    private readonly acceptPlain = false,
  ) {
    if (!keys.has(current)) throw new Error('the current key is not among the keys');
  }

  seal(data: string | Uint8Array): Uint8Array {
    return seal(this.keys.get(this.current)!, this.current, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  open(bytes: Uint8Array): Opened {
    if (isSealed(bytes)) return unseal(this.keys, bytes);
    if (this.acceptPlain) return { ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    return { ok: false, code: 'tampered', detail: 'the file is not encrypted although the workspace is: it was put there by something other than Bidmap' };
  }

  /** The same keys, accepting plain files too (while encrypting or decrypting). */
  lenient(): Vault {
    return new Vault(this.keys, this.current, true);
  }

  /** A copy of the keys (to remember on the device); the caller wipes it. */
  exportKeys(): DataKeys {
    return new Map([...this.keys].map(([id, key]) => [id, Buffer.from(key)]));
  }

  /** Forgets the keys: this vault can no longer open or seal anything. */
  close(): void {
    wipe(this.keys);
  }
}

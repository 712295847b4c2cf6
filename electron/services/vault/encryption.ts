import { MIN_PASSPHRASE } from '../../../shared/model/vault';
import { ServiceError, serviceText } from '../errors';
import { resealWorkspace, type Resealed } from './convert';
import { PLAIN } from './file-codec';
import {
  DEFAULT_KDF_COST,
  deriveKek,
  newDataKey,
  newKdf,
  newKeyId,
  newWorkspaceId,
  readKeyring,
  removeKeyring,
  unwrapKeys,
  wipe,
  wrapKeys,
  writeKeyring,
  type DataKeys,
  type KdfCost,
  type Keyring,
} from './keyring';
import { Vault } from './vault';

// Each change of encryption follows one pattern, so a crash at any point loses nothing:
// 1. the keyring is written (durably) with the change marked `pending` and every key needed to
//    read both the old and the new form of a file;
// 2. every file is rewritten, one atomic write each (convert.ts);
// 3. the keyring is written without the mark and without keys no file uses any more.
// Before 1 nothing has changed; after 1, unlocking with the new passphrase reads every file and
// finishes 2 and 3 (`finishPending`).

export type Progress = (done: number, total: number) => void;

export class WrongPassphrase extends ServiceError {
  constructor() {
    super('wrongPassphrase', serviceText('wrongPassphrase'));
  }
}

function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE) {
    throw new ServiceError('invalidInput', serviceText('passphraseTooShort', { min: MIN_PASSPHRASE }));
  }
}

/** The data keys the passphrase unwraps, or WrongPassphrase. */
export async function keysFor(keyring: Keyring, passphrase: string): Promise<DataKeys> {
  const kek = await deriveKek(passphrase, keyring.kdf);
  try {
    const keys = unwrapKeys(kek, keyring);
    if (!keys) throw new WrongPassphrase();
    return keys;
  } finally {
    kek.fill(0);
  }
}

/** A vault over keys already unwrapped: lenient while a change is pending, so files of either form open. */
export function vaultOf(keyring: Keyring, keys: DataKeys): Vault {
  const vault = new Vault(keys, keyring.current);
  return keyring.pending === 'encrypt' || keyring.pending === 'decrypt' ? vault.lenient() : vault;
}

async function mustRead(dir: string): Promise<Keyring> {
  const keyring = await readKeyring(dir);
  if (!keyring) throw new ServiceError('invalidInput', serviceText('notEncrypted'));
  return keyring;
}

/**
 * Finishes a change a crash cut short (the keyring says which), with the keys already unlocked.
 * Returns the keyring as it is afterwards (null: the workspace is plain again) and what was done.
 */
export async function finishPending(dir: string, keyring: Keyring, keys: DataKeys, onProgress?: Progress): Promise<{ keyring: Keyring | null; resealed: Resealed | null }> {
  if (keyring.pending === null) return { keyring, resealed: null };
  const reader = new Vault(keys, keyring.current).lenient();
  if (keyring.pending === 'decrypt') {
    const resealed = await resealWorkspace(dir, reader, PLAIN, null, onProgress);
    await removeKeyring(dir);
    return { keyring: null, resealed };
  }
  const resealed = await resealWorkspace(dir, reader, new Vault(keys, keyring.current), keyring.current, onProgress);
  // Keys no file uses any more are dropped; the entries kept stay wrapped as they were.
  const done: Keyring = { ...keyring, pending: null, keys: keyring.keys.filter((k) => k.id === keyring.current) };
  await writeKeyring(dir, done);
  for (const [id, key] of keys) {
    if (id !== keyring.current) {
      key.fill(0);
      keys.delete(id);
    }
  }
  return { keyring: done, resealed };
}

/** Encrypts a plain workspace under a new passphrase (its files must not be open for writing meanwhile). */
export async function enableEncryption(
  dir: string,
  passphrase: string,
  options: { idleLockMinutes: number; cost?: KdfCost; onProgress?: Progress },
): Promise<{ keyring: Keyring; keys: DataKeys; resealed: Resealed }> {
  checkNewPassphrase(passphrase);
  if (await readKeyring(dir)) throw new ServiceError('invalidInput', serviceText('alreadyEncrypted'));
  const kdf = newKdf(options.cost ?? DEFAULT_KDF_COST);
  const id = newKeyId();
  const keys: DataKeys = new Map([[id, newDataKey()]]);
  const workspaceId = newWorkspaceId();
  const kek = await deriveKek(passphrase, kdf);
  const keyring: Keyring = { format: 'bidmap-keyring', version: 1, workspaceId, kdf, keys: wrapKeys(kek, keys, workspaceId), current: id, pending: 'encrypt', idleLockMinutes: options.idleLockMinutes };
  kek.fill(0);
  await writeKeyring(dir, keyring);
  const finished = await finishPending(dir, keyring, keys, options.onProgress);
  return { keyring: finished.keyring!, keys, resealed: finished.resealed! };
}

/** Re-encrypts every file under a new key wrapped by the new passphrase. */
export async function changePassphrase(
  dir: string,
  current: string,
  next: string,
  options: { cost?: KdfCost; onProgress?: Progress } = {},
): Promise<{ keyring: Keyring; keys: DataKeys; resealed: Resealed }> {
  checkNewPassphrase(next);
  const before = await mustRead(dir);
  const keys = await keysFor(before, current);
  if (before.pending) {
    // Finish what was cut short first, so at most two keys are ever in play.
    await finishPending(dir, before, keys).finally(() => wipe(keys));
    return changePassphrase(dir, current, next, options);
  }
  const id = newKeyId();
  keys.set(id, newDataKey());
  const kdf = newKdf(options.cost ?? { N: before.kdf.N, r: before.kdf.r, p: before.kdf.p });
  const kek = await deriveKek(next, kdf);
  // The old key is wrapped under the new passphrase too: after this write, only the new one unlocks.
  const rotating: Keyring = { ...before, kdf, keys: wrapKeys(kek, keys, before.workspaceId), current: id, pending: 'rotate' };
  kek.fill(0);
  await writeKeyring(dir, rotating);
  const finished = await finishPending(dir, rotating, keys, options.onProgress);
  return { keyring: finished.keyring!, keys, resealed: finished.resealed! };
}

/** Writes every file plain again and removes the keyring. */
export async function disableEncryption(dir: string, passphrase: string, options: { onProgress?: Progress } = {}): Promise<Resealed> {
  const before = await mustRead(dir);
  const keys = await keysFor(before, passphrase);
  try {
    const decrypting: Keyring = { ...before, pending: 'decrypt' };
    await writeKeyring(dir, decrypting);
    return (await finishPending(dir, decrypting, keys, options.onProgress)).resealed!;
  } finally {
    wipe(keys);
  }
}

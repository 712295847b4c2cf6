import { dirname } from 'node:path';
import type { ServiceText } from '../../../shared/i18n/service-text';
import { serviceText } from '../../../shared/i18n/service-text';

/** Why a write failed, in the user's terms: each has its own advice. */
export type StorageReason = 'diskFull' | 'readOnly' | 'removed' | 'busy' | 'other';

const REASONS: Record<string, StorageReason> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EROFS: 'readOnly',
  EACCES: 'readOnly',
  EPERM: 'readOnly',
  ENOENT: 'removed',
  ENOTDIR: 'removed',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
};

/** The reason of a Node file-system error; null for anything else. */
export function storageReason(e: unknown): StorageReason | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (!code) return null;
  return REASONS[code] ?? (typeof (e as NodeJS.ErrnoException).syscall === 'string' ? 'other' : null);
}

/**
 * The sentence for a failed write, naming the folder (or the file another program holds). A write
 * to an open file fails without a path (a full disk): `file` says which file it was.
 */
export function storageText(e: unknown, file = ''): ServiceText | null {
  const reason = storageReason(e);
  if (!reason) return null;
  const err = e as NodeJS.ErrnoException;
  file = err.path ?? file;
  const folder = file ? dirname(file) : '';
  switch (reason) {
    case 'diskFull':
      return serviceText('storageDiskFull', { folder });
    case 'readOnly':
      return serviceText('storageReadOnly', { folder });
    case 'removed':
      return serviceText('storageRemoved', { folder });
    case 'busy':
      return serviceText('storageBusy', { file });
    case 'other':
      return serviceText('storageOther', { folder, detail: err.code ?? err.message });
  }
}

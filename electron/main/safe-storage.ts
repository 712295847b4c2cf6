import { safeStorage } from 'electron';
import type { OsCipher } from '../services/vault/device-keys';

/** Electron's safeStorage as the services' OsCipher ("remember on this device"); the decision to refuse is the services'. */
export const safeStorageCipher: OsCipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};

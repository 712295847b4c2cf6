import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from './context';

type VaultCalls = Pick<
  Handlers,
  'vaultStatus' | 'unlockWorkspace' | 'lockWorkspace' | 'enableEncryption' | 'changePassphrase' | 'disableEncryption' | 'setIdleLock' | 'rememberOnDevice'
>;

export function vaultHandlers(ctx: ServiceContext): VaultCalls {
  return {
    vaultStatus: () => ctx.vault.status(),
    unlockWorkspace: ({ passphrase, remember }) => ctx.vault.unlock(passphrase, remember),
    lockWorkspace: () => ctx.vault.lock(),
    enableEncryption: ({ passphrase, idleLockMinutes, remember }) => ctx.vault.enable(passphrase, idleLockMinutes, remember),
    changePassphrase: ({ current, next }) => ctx.vault.change(current, next),
    disableEncryption: ({ passphrase }) => ctx.vault.disable(passphrase),
    setIdleLock: ({ minutes }) => ctx.vault.setIdleLock(minutes),
    rememberOnDevice: ({ remember }) => ctx.vault.remember(remember),
  };
}

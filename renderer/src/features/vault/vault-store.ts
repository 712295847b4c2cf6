import { create } from 'zustand';
import type { VaultStatus } from '../../../../shared/model/vault';
import { api } from '../../app/api';

interface VaultState {
  status: VaultStatus | null;
  refresh(): Promise<VaultStatus>;
  set(status: VaultStatus): void;
}

/** The open workspace's encryption, as the services last said. */
export const useVault = create<VaultState>((set) => ({
  status: null,
  async refresh() {
    const status = await api.vaultStatus({});
    set({ status });
    return status;
  },
  set(status) {
    set({ status });
  },
}));

let locking = false;

/**
 * Locks an encrypted workspace: the page's pending edits are written first, then the services
 * close the workspace and forget its keys, then the page reloads so nothing it showed stays in
 * its memory; the reloaded page asks for the passphrase.
 */
export async function lockNow(): Promise<void> {
  if (locking || !useVault.getState().status?.encrypted) return;
  locking = true;
  try {
    await window.__bidmapFlush?.();
    await api.lockWorkspace({});
  } finally {
    locking = false;
  }
  window.location.reload();
}

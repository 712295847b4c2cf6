import { create } from 'zustand';
import type { TeamConflict, TeamStatus } from '../../../../shared/ipc/team';
import { api } from '../../app/api';

interface TeamState {
  /** The workspace's team as the services last said (null before the first look). */
  status: TeamStatus | null;
  /** Fields two members changed at once, per account (looked up when the account opens or changes). */
  conflicts: Record<string, TeamConflict[]>;
  refresh(): Promise<TeamStatus>;
  refreshConflicts(accountId: string): Promise<void>;
}

export const useTeam = create<TeamState>((set, get) => ({
  status: null,
  conflicts: {},
  async refresh() {
    const status = await api.teamStatus({});
    set({ status });
    return status;
  },
  async refreshConflicts(accountId) {
    if (!get().status?.joined) {
      if (get().conflicts[accountId]) set({ conflicts: { ...get().conflicts, [accountId]: [] } });
      return;
    }
    const list = await api.teamConflicts({ account: accountId });
    set({ conflicts: { ...get().conflicts, [accountId]: list } });
  },
}));

/** The level an account is shared at with this member (null: not shared, or no longer). */
export function sharedLevel(status: TeamStatus | null, accountId: string) {
  if (!status?.joined) return null;
  const a = status.accounts.find((x) => x.id === accountId);
  return a && !a.revokedAt ? a.level : null;
}

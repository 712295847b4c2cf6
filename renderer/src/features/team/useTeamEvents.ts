import i18next from 'i18next';
import { useEffect } from 'react';
import type { TeamChange, TeamStatus } from '../../../../shared/ipc/team';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import { applyRemote, saves, useChart } from '../canvas/chart-store';
import { useTeam } from './team-store';

/** How often the page looks at the team's state (connection, changes waiting) while joined. */
const STATUS_EVERY_MS = 3000;

/**
 * A teammate's change of the open account: the edits this page is still saving land first, then
 * the account is read again and shown, the undo history rebased so it never undoes their change.
 */
async function reloadOpen(accountId: string): Promise<string | null> {
  for (let tries = 0; tries < 5; tries++) {
    await saves.drained(accountId);
    const before = useChart.getState().account;
    if (before?.id !== accountId) return null;
    const after = await api.getAccount({ id: accountId });
    // An edit made meanwhile is not in what was read: read again once it is saved.
    if (saves.pending(accountId) > 0 || useChart.getState().account !== before) continue;
    applyRemote(before, after);
    return after.name;
  }
  return null;
}

/** Looks at the team's state; an account withdrawn from this member since the last look is said, with its local copy kept. */
async function look(): Promise<TeamStatus> {
  const before = useTeam.getState().status;
  const status = await useTeam.getState().refresh();
  if (before?.joined && status.joined) {
    for (const a of status.accounts) {
      const was = before.accounts.find((x) => x.id === a.id);
      if (a.revokedAt && was && !was.revokedAt) useApp.getState().toast({ kind: 'info', message: i18next.t('team.revokedNow', { account: a.name }) });
    }
  }
  return status;
}

async function onChange(change: TeamChange): Promise<void> {
  const status = await look();
  await useApp.getState().refreshAccounts();
  const open = useChart.getState().account?.id === change.account;
  const name = open ? await reloadOpen(change.account) : useApp.getState().accounts.find((a) => a.id === change.account)?.name;
  if (open) await useTeam.getState().refreshConflicts(change.account);
  if (!status.joined || change.by.length === 0 || !name) return;
  useApp.getState().toast({
    kind: 'info',
    message: i18next.t('team.changedBy', { who: change.by.join(i18next.t('team.nameSeparator')), account: name }),
  });
}

/** Listens for teammates' changes main pushes, and keeps the team's state current while joined. */
export function useTeamEvents(): void {
  useEffect(() => {
    const off = window.bidmapEvents?.onTeamChanged?.((change) => void onChange(change).catch(reportError));
    const lookNow = () =>
      void look()
        .then((status) => {
          // A conflict where my value is the one shown changes nothing in the file, so nothing is pushed: looked up here.
          const open = useChart.getState().account?.id;
          if (status.joined && open) return useTeam.getState().refreshConflicts(open);
        })
        .catch(() => undefined);
    lookNow();
    const timer = setInterval(() => {
      if (useTeam.getState().status?.joined) lookNow();
    }, STATUS_EVERY_MS);
    // Another workspace has its own team (or none).
    const offSwitch = useApp.subscribe((s, prev) => {
      if (s.info?.path !== prev.info?.path) lookNow();
    });
    return () => {
      off?.();
      offSwitch();
      clearInterval(timer);
    };
  }, []);
}

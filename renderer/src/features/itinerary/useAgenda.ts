import { useEffect, useState } from 'react';
import type { DateWindow } from '../../../../shared/logic/dates';
import type { Agenda } from '../../../../shared/model/agenda';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { useApp } from '../../app/store';

export type AgendaState = { status: 'loading' } | { status: 'ready'; agenda: Agenda } | { status: 'failed'; message: string };

/** The agenda of a window across the workspace as of `today`, read again when the window, the day or the accounts change. */
export function useAgenda(window: DateWindow | null, today: string): AgendaState {
  const [state, setState] = useState<AgendaState>({ status: 'loading' });
  // The account list changes with every saved edit (updatedAt) and every workspace switch.
  const accounts = useApp((s) => s.accounts);
  const from = window?.from;
  const to = window?.to;
  useEffect(() => {
    if (!from || !to) return;
    let live = true;
    api.agenda({ from, to, today }).then(
      (agenda) => live && setState({ status: 'ready', agenda }),
      (e: unknown) => live && setState({ status: 'failed', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [from, to, today, accounts]);
  return state;
}

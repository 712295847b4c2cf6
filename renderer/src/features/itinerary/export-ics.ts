import i18next from 'i18next';
import type { DateWindow } from '../../../../shared/logic/dates';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import type { NotebookFilters } from './filters';

/** Saves exactly the trips and birthdays shown (same window, same filters) as an .ics file where the user chooses. */
export async function exportIcs(range: DateWindow, f: Pick<NotebookFilters, 'city' | 'accountIds' | 'keyOnly' | 'actions'>): Promise<void> {
  try {
    const { path } = await api.exportCalendar({ ...range, city: f.city, accountIds: f.accountIds, keyOnly: f.keyOnly, actions: f.actions, language: currentLanguage() });
    if (path) useApp.getState().toast({ kind: 'info', message: i18next.t('notebook.exported', { path }) });
  } catch (e) {
    reportError(e);
  }
}

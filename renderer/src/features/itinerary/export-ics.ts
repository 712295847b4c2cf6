import i18next from 'i18next';
import type { DateWindow } from '../../../../shared/logic/dates';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import type { NotebookFilters } from './filters';

/** Saves exactly what the list shows (same window, same day, same filters) as an .ics file where the user chooses. */
export async function exportIcs(
  range: DateWindow & { today: string },
  f: Pick<NotebookFilters, 'city' | 'accountIds' | 'keyOnly' | 'actions' | 'reviews'>,
): Promise<void> {
  try {
    const { city, accountIds, keyOnly, actions, reviews } = f;
    const { path } = await api.exportCalendar({ ...range, city, accountIds, keyOnly, actions, reviews, language: currentLanguage() });
    if (path) useApp.getState().toast({ kind: 'info', message: i18next.t('notebook.exported', { path }) });
  } catch (e) {
    reportError(e);
  }
}

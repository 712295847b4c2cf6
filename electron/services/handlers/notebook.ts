import { STRINGS } from '../../../shared/i18n';
import { localIsoDate } from '../../../shared/logic/dates';
import type { Handlers } from '../../../shared/ipc/contract';
import { buildAgenda, filterAgenda } from '../../../shared/logic/itinerary/agenda';
import { agendaToIcs } from '../../../shared/logic/itinerary/ics';
import type { ServiceContext } from './context';
import { saveAs } from './files';

export function notebookHandlers(ctx: ServiceContext): Pick<Handlers, 'agenda' | 'exportCalendar'> {
  // The accounts are in memory already: an agenda costs one pass over their people, no file read.
  const agendaOf = (from: string, to: string, today = localIsoDate(new Date())) => {
    const ws = ctx.workspace();
    return buildAgenda(ws.accounts(), { from, to }, ws.settings.preparedBy, today);
  };
  return {
    agenda: ({ from, to, today }) => agendaOf(from, to, today),
    // The same window and filters through the same functions as the list on screen: the file
    // holds what the user sees. Made here, not in the page: ical-generator draws its default
    // UIDs from crypto.randomUUID, which a page has only in a secure context.
    exportCalendar: async ({ from, to, today, city, accountIds, keyOnly, actions, reviews, language }) => {
      const shown = filterAgenda(agendaOf(from, to, today), { city, accountIds, keyOnly, actions, reviews });
      const stamp = new Date().toISOString();
      const data = agendaToIcs(shown.trips, shown.birthdays, { language, stamp }, shown.actions, shown.reviews);
      const name = [STRINGS[language].notebook.ics.calendar, city.trim(), from, to].filter(Boolean).join(' ');
      const { path } = await saveAs(ctx, name, 'ics', 'iCalendar', data);
      return { path, count: shown.trips.length + shown.birthdays.length + shown.actions.length + shown.reviews.length };
    },
  };
}

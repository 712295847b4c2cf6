import { counted, fill } from '../../i18n/fill';
import { STRINGS } from '../../i18n';
import type { Language } from '../../taxonomy/keys';
import { windowAhead } from '../dates';
import { buildAgenda, filterAgenda, type AgendaSource } from './agenda';
import { formatDay, formatDays } from './format';

/** How far ahead the home card and the daily notice look. */
export const NOTICE_DAYS = 7;
/** Lines in one desktop notification before "…and N more". */
export const NOTICE_LINES = 5;

export interface Notice {
  title: string;
  body: string;
}

/**
 * The daily desktop notice as of `today`: key people's trips and birthdays in the next
 * NOTICE_DAYS days, soonest first; null when there are none (no notice is better than an empty one).
 */
export function upcomingNotice(accounts: readonly AgendaSource[], today: string, language: Language): Notice | null {
  const s = STRINGS[language].notebook.notice;
  const agenda = filterAgenda(buildAgenda(accounts, windowAhead(today, NOTICE_DAYS)), { keyOnly: true });
  const lines = [
    ...agenda.trips.map((t) => ({
      date: t.start < today ? today : t.start,
      text: fill(s.trip, {
        name: t.personName,
        city: t.trip.city || t.trip.place || '?',
        dates: formatDays(t.start, t.end, language),
      }),
    })),
    ...agenda.birthdays.map((b) => ({
      date: b.date,
      text: fill(b.age === null ? s.birthdayNoAge : s.birthday, {
        name: b.personName,
        date: formatDay(b.date, language),
        age: b.age ?? '',
      }),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!lines.length) return null;
  const shown = lines.slice(0, NOTICE_LINES).map((l) => l.text);
  if (lines.length > NOTICE_LINES) shown.push(fill(s.more, { count: lines.length - NOTICE_LINES }));
  return { title: counted(s.title_one, s.title_other, lines.length), body: shown.join('\n') };
}

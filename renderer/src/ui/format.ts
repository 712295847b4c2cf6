import { formatDateTime as formatMoment } from '../../../shared/logic/date-text';
import { localIsoDate } from '../../../shared/logic/dates';
import type { Language } from '../../../shared/taxonomy/keys';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / "3天前" from an ISO timestamp. */
export function relativeTime(iso: string, lang: Language, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** Today's date where the user is (YYYY-MM-DD), for the date-based analysis. */
export const localToday = (now = new Date()): string => localIsoDate(now);

/** A moment as the user's language writes it, e.g. "23 Nov 2026, 21:33" / "2026年11月23日 21:33". */
export const formatDateTime = (iso: string, lang: Language): string => formatMoment(iso, lang);

import type { Language } from '../../taxonomy/keys';
import { formatDate, formatDateRange } from '../date-text';

// The notebook's dates: near days, so without the year, in the language's one format (date-text.ts).

/** "7 Dec" / "12月7日"; with the weekday, "Mon 7 Dec" / "12月7日 周一". */
export const formatDay = (date: string, language: Language, weekday = false): string =>
  formatDate(date, language, { noYear: true, weekday });

/** A span of days: "7 Dec – 9 Dec" / "12月7日 – 12月9日", or one day when both ends are the same. */
export const formatDays = (start: string, end: string, language: Language): string =>
  formatDateRange(start, end, language, { noYear: true });

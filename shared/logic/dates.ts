// Calendar dates as ISO strings (YYYY-MM-DD). They compare as strings, and arithmetic on them is
// done in UTC, where every day has 24 hours: no time zone or daylight-saving change can move a
// date. The clock is never read here: "today" is always passed in.

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b`, both ISO dates: `daysBetween('2026-11-23', '2026-12-07')` is 14. */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** The ISO date `days` days after `date` (before it when negative): `addDays('2026-12-31', 1)` is '2027-01-01'. */
export const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date of a moment where the machine is (the user's "today"), e.g. `localIsoDate(new Date())`. */
export const localIsoDate = (moment: Date): string =>
  `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;

/** Both ends included: the days from `from` to `to`. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Today and the `days` days after it: `windowAhead('2026-11-23', 14)` runs to '2026-12-07'. */
export const windowAhead = (today: string, days: number): DateWindow => ({ from: today, to: addDays(today, days) });

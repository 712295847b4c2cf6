import { isLeapYear, type DateWindow } from '../dates';

/**
 * The day a birthday falls on in `year`. Someone born on 29 February celebrates on 28 February
 * in a common year: the reminder then comes a day early rather than a day late.
 * `birthdayIn('1964-02-29', 2027)` is '2027-02-28'. A birthday without a year ("--12-04") falls
 * on its day every year.
 */
export function birthdayIn(born: string, year: number): string {
  const stored = born.startsWith('--') ? born.slice(2) : born.slice(5);
  const monthDay = stored === '02-29' && !isLeapYear(year) ? '02-28' : stored;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * Each day in the window a birthday falls on (a window longer than a year can hold two), with the
 * age turned: null when the year of birth is not known ("--12-04"), so nobody "turns 46" by guess.
 */
export function birthdaysInWindow(born: string, window: DateWindow): { date: string; age: number | null }[] {
  if (!born) return [];
  const bornYear = born.startsWith('--') ? null : Number(born.slice(0, 4));
  const out: { date: string; age: number | null }[] = [];
  for (let year = Number(window.from.slice(0, 4)); year <= Number(window.to.slice(0, 4)); year++) {
    const date = birthdayIn(born, year);
    const age = bornYear === null ? null : year - bornYear;
    if ((age === null || age > 0) && date >= window.from && date <= window.to) out.push({ date, age });
  }
  return out;
}

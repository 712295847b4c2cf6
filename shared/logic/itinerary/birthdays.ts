import { isLeapYear, type DateWindow } from '../dates';

/**
 * The day a birthday falls on in `year`. Someone born on 29 February celebrates on 28 February
 * in a common year: the reminder then comes a day early rather than a day late.
 * `birthdayIn('1964-02-29', 2027)` is '2027-02-28'.
 */
export function birthdayIn(born: string, year: number): string {
  const monthDay = born.slice(5) === '02-29' && !isLeapYear(year) ? '02-28' : born.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Each day in the window a birthday falls on (a window longer than a year can hold two), with the age turned. */
export function birthdaysInWindow(born: string, window: DateWindow): { date: string; age: number }[] {
  if (!born) return [];
  const bornYear = Number(born.slice(0, 4));
  const out: { date: string; age: number }[] = [];
  for (let year = Number(window.from.slice(0, 4)); year <= Number(window.to.slice(0, 4)); year++) {
    const date = birthdayIn(born, year);
    const age = year - bornYear;
    if (age > 0 && date >= window.from && date <= window.to) out.push({ date, age });
  }
  return out;
}

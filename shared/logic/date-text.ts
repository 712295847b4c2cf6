// Dates as people read and write them: ONE format per language, used by every view, PDF, notice
// and date field (never the machine's locale, never a browser's date picker display).
//   en     4 Dec 2026 · 4 Dec · Fri 4 Dec · 4 Dec 2026, 21:33   (day, month as a word, year)
//   zh-CN  2026年12月4日 · 12月4日 · 12月4日 周五 · 2026年12月4日 21:33
// Written by hand rather than with Intl: Intl's output moves with the ICU version (en-GB writes
// "Sept" in some, "Sep" in others) and the same text must come out of Node and Chromium alike.
// Stored dates stay ISO (YYYY-MM-DD); a birthday may be "--MM-DD" (no year known), as in vCard.
import type { Language } from '../taxonomy/keys';
import { isLeapYear } from './dates';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** A calendar date's parts; `year` is null for a day and month without a year (a birthday). */
export interface DateParts {
  year: number | null;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

/** The parts of a stored date ("2026-12-04", or "--12-04" without a year); null when it is not one. */
export function dateParts(value: string): DateParts | null {
  const full = ISO.exec(value);
  const parts = full
    ? { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) }
    : ((m) => (m ? { year: null, month: Number(m[1]), day: Number(m[2]) } : null))(NO_YEAR.exec(value));
  return parts && isRealDay(parts) ? parts : null;
}

/** Whether the day exists: 31 April does not, 29 February only in a leap year (or with no year). */
export function isRealDay({ year, month, day }: DateParts): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  if (year !== null && (!Number.isInteger(year) || year < 1 || year > 9999)) return false;
  const days = [31, year === null || isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The stored form of parts: "2026-12-04", or "--12-04" without a year. */
export const storedDate = ({ year, month, day }: DateParts): string =>
  year === null ? `--${pad(month)}-${pad(day)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const weekdayOf = ({ year, month, day }: DateParts): number => new Date(Date.UTC(year!, month - 1, day)).getUTCDay();

export interface DateTextOptions {
  /** Leave the year out ("4 Dec" / "12月4日"): where the year goes without saying. */
  noYear?: boolean;
  /** Add the weekday: "Fri 4 Dec 2026" / "2026年12月4日 周五". */
  weekday?: boolean;
}

/**
 * A stored date as the language writes it; '' stays '', and text that is not a date is shown as
 * it is (it came from a file: better seen than hidden).
 * `formatDate('2026-12-04', 'en')` is "4 Dec 2026"; `formatDate('2026-12-04', 'zh-CN')` is "2026年12月4日";
 * `formatDate('--12-04', 'en')` is "4 Dec".
 */
export function formatDate(value: string, language: Language, options: DateTextOptions = {}): string {
  const parts = dateParts(value);
  if (!parts) return value;
  const year = options.noYear ? null : parts.year;
  const weekday = options.weekday && parts.year !== null ? weekdayOf(parts) : null;
  if (language === 'zh-CN') {
    const text = `${year === null ? '' : `${year}年`}${parts.month}月${parts.day}日`;
    return weekday === null ? text : `${text} ${WEEKDAYS_ZH[weekday]}`;
  }
  const text = `${parts.day} ${MONTHS_EN[parts.month - 1]}${year === null ? '' : ` ${year}`}`;
  return weekday === null ? text : `${WEEKDAYS_EN[weekday]} ${text}`;
}

/** A span of days: "4 Dec – 10 Dec" / "12月4日 – 12月10日"; one day when both ends are the same. */
export function formatDateRange(start: string, end: string, language: Language, options: DateTextOptions = {}): string {
  if (!end || end <= start) return formatDate(start, language, options);
  return `${formatDate(start, language, options)} – ${formatDate(end, language, options)}`;
}

/** A moment (ISO timestamp) where the user is: "23 Nov 2026, 21:33" / "2026年11月23日 21:33". */
export function formatDateTime(iso: string, language: Language, options: DateTextOptions = {}): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const date = formatDate(
    `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`,
    language,
    options,
  );
  const time = formatTime(iso);
  return language === 'zh-CN' ? `${date} ${time}` : `${date}, ${time}`;
}

/** The time of a moment where the user is, on the 24-hour clock: "21:33". */
export function formatTime(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** Why typed text is not a date: not one, a day that does not exist, day and month unclear, no year where one is needed. */
export type DateTextProblem = 'notADate' | 'noSuchDay' | 'ambiguous' | 'needsYear';

const MONTH_WORDS: Record<string, number> = {};
[
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].forEach((name, i) => {
  MONTH_WORDS[name] = i + 1;
  MONTH_WORDS[name.slice(0, 3)] = i + 1;
  if (name.length > 4) MONTH_WORDS[name.slice(0, 4)] = i + 1; // "Sept"
});

/** Full-width digits and punctuation (from a Chinese keyboard) as ASCII. */
const narrow = (s: string) =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/**
 * A date typed by a person, in either language's way of writing it, as parts.
 * Both languages take "2026-12-04", "2026/12/4", "2026.12.4" and "2026年12月4日"; English also
 * "4 Dec 2026", "4 December 2026", "Dec 4, 2026" and "4/12/2026" when only one reading is a
 * date (25/12/2026), else `ambiguous`. With `noYear` allowed: "4 Dec", "Dec 4", "12月4日",
 * "12-04", "--12-04". Returns the problem otherwise.
 */
export function parseDateText(input: string, options: { allowNoYear?: boolean } = {}): DateParts | DateTextProblem {
  const text = narrow(input).trim().toLowerCase().replace(/\s+/g, ' ').replace(/,/g, ' ').replace(/ +/g, ' ').trim();
  const check = (parts: DateParts): DateParts | DateTextProblem =>
    !isRealDay(parts) ? 'noSuchDay' : parts.year === null && !options.allowNoYear ? 'needsYear' : parts;
  let m: RegExpExecArray | null;
  // Year first, in numbers: 2026-12-04, 2026/12/4, 2026.12.4, 2026年12月4日, 20261204.
  if ((m = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日号]?$/.exec(text)) || (m = /^(\d{4})(\d{2})(\d{2})$/.exec(text)))
    return check({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  // Month and day without a year, month first: 12月4日, 12-04, --12-04.
  if ((m = /^(?:--)?(\d{1,2}) ?[-月] ?(\d{1,2}) ?[日号]?$/.exec(text)))
    return check({ year: null, month: Number(m[1]), day: Number(m[2]) });
  // With the month as a word: 4 Dec 2026, 4 December, Dec 4 2026, December 4.
  const words = text
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\./g, ' ')
    .trim()
    .split(' ');
  const monthAt = words.findIndex((w) => MONTH_WORDS[w] !== undefined);
  if (monthAt >= 0 && words.length >= 2 && words.length <= 3) {
    const month = MONTH_WORDS[words[monthAt]!]!;
    const numbers = words.filter((_, i) => i !== monthAt);
    if (!numbers.every((n) => /^\d{1,4}$/.test(n))) return 'notADate';
    const [first, second] = numbers.map(Number) as [number, number | undefined];
    // "4 Dec 2026" and "Dec 4 2026": the day comes before the year either way.
    if (second === undefined) return first > 31 ? 'needsYear' : check({ year: null, month, day: first });
    if (numbers[1]!.length !== 4) return 'notADate';
    return check({ year: second, month, day: first });
  }
  // Day and month in numbers (4/12/2026): only when one reading alone is a real date.
  if ((m = /^(\d{1,2}) ?[/.] ?(\d{1,2}) ?[/.] ?(\d{4})$/.exec(text))) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = { year, month: b, day: a };
    const monthFirst = { year, month: a, day: b };
    const readings = [dayFirst, monthFirst].filter(isRealDay);
    if (readings.length === 0) return 'noSuchDay';
    if (readings.length === 2 && a !== b) return 'ambiguous';
    return readings[0]!;
  }
  return 'notADate';
}

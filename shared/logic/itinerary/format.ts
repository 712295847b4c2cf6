import type { Language } from '../../taxonomy/keys';

// Calendar dates shown to people: the date itself, whatever the machine's time zone (UTC in, UTC out).
const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, weekday: boolean): Intl.DateTimeFormat {
  const key = `${language}/${weekday}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', weekday: weekday ? 'short' : undefined, timeZone: 'UTC' })));
  return f;
}

/** "Dec 7" / "12月7日"; with the weekday, "Mon, Dec 7" / "12月7日周一". */
export const formatDay = (date: string, language: Language, weekday = false): string => format(language, weekday).format(Date.parse(date));

/** A span of days: "Dec 7 – Dec 9" / "12月7日 – 12月9日", or one day when both ends are the same. */
export function formatDays(start: string, end: string, language: Language): string {
  if (end <= start) return formatDay(start, language);
  return `${formatDay(start, language)} – ${formatDay(end, language)}`;
}

// The notebook as an iCalendar file (RFC 5545) that Outlook, Apple Calendar and Google Calendar
// import. ical-generator writes the format: CRLF line ends, lines folded at 75 octets without
// splitting a character, text escaped (\\ ; , and new lines), all-day dates as VALUE=DATE.
// Pure, but called by the services: the library draws default UIDs from crypto.randomUUID,
// which a page has only in a secure context.
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { fill } from '../../i18n/fill';
import { STRINGS } from '../../i18n';
import type { ActionRow } from '../../model/action-list';
import type { AgendaBirthday, AgendaReview, AgendaTrip } from '../../model/agenda';
import type { Language } from '../../taxonomy/keys';
import { addDays } from '../dates';
import { formatDate } from '../date-text';
import { opportunityLabel, ownerLabel, peopleLabel } from '../plan/names';

export interface IcsOptions {
  language: Language;
  /** When the file is made (DTSTAMP), an ISO timestamp: passed in so the same input gives the same file. */
  stamp: string;
}

/** "张主任 → 北京 · 国网营销工作会": who, where to, and why. */
export function tripSummary(e: AgendaTrip): string {
  const where = e.trip.city || e.trip.place;
  const head = where ? `${e.personName} → ${where}` : e.personName;
  return e.trip.purpose ? `${head} · ${e.trip.purpose}` : head;
}

/** City and place in the order of the language's addresses: "北京 国家会议中心", "Conference hotel, Beijing". */
export function tripLocation(e: AgendaTrip, language: Language): string {
  const { city, place } = e.trip;
  if (!city || !place) return city || place;
  return language === 'zh-CN' ? `${city} ${place}` : `${place}, ${city}`;
}

/**
 * The trips, birthdays, due actions and due reviews as all-day events. Each event's UID is built
 * from the account and the person and trip (or the action, or the account's review), so importing
 * a newer export updates the events instead of doubling them (an action moved to another day
 * moves; a review made moves its reminder to the next due day). Events are transparent: someone
 * else's trip does not make the rep busy, and an action or a review is a reminder, not a meeting.
 */
export function agendaToIcs(
  trips: readonly AgendaTrip[],
  birthdays: readonly AgendaBirthday[],
  options: IcsOptions,
  actions: readonly ActionRow[] = [],
  reviews: readonly AgendaReview[] = [],
): string {
  const s = STRINGS[options.language].notebook.ics;
  const calendar = ical({
    name: s.calendar,
    prodId: { company: 'Bidmap', product: 'Bidmap', language: options.language === 'zh-CN' ? 'ZH' : 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const line = (label: string, value: string) => (value ? fill(s.line, { label, value }) : '');
  const common = { allDay: true, stamp: options.stamp, transparency: ICalEventTransparency.TRANSPARENT } as const;
  for (const e of trips) {
    const who = [e.personName, e.personTitle].filter(Boolean).join(s.separator);
    calendar.createEvent({
      ...common,
      id: `${e.accountId}.${e.personId}.${e.trip.id}@bidmap`,
      start: e.start,
      end: addDays(e.end, 1), // DTEND of an all-day event is the day after the last
      summary: tripSummary(e),
      location: tripLocation(e, options.language),
      description: [
        line(s.person, who),
        line(s.transport, e.trip.transport),
        line(s.purpose, e.trip.purpose),
        line(s.source, e.trip.source),
        line(s.account, e.accountName),
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  for (const b of birthdays) {
    calendar.createEvent({
      ...common,
      id: `${b.accountId}.${b.personId}.birthday-${b.date}@bidmap`,
      start: b.date,
      end: addDays(b.date, 1),
      summary:
        b.age === null ? fill(s.birthdayNoAge, { name: b.personName }) : fill(s.birthday, { name: b.personName, age: b.age }),
      description: [
        line(s.person, [b.personName, b.personTitle].filter(Boolean).join(s.separator)),
        line(s.account, b.accountName),
      ].join('\n'),
    });
  }
  const p = STRINGS[options.language].plan.ics;
  for (const r of actions) {
    const a = r.action;
    calendar.createEvent({
      ...common,
      id: `${r.accountId}.${a.id}.action@bidmap`,
      start: a.due,
      end: addDays(a.due, 1),
      summary: fill(p.summary, { text: a.text.trim() || p.untitled }),
      description: [
        line(p.for, peopleLabel(r, options.language)),
        line(p.owner, ownerLabel(r.owner, options.language)),
        line(p.opportunity, opportunityLabel(r, options.language)),
        line(s.account, r.accountName),
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  const r = STRINGS[options.language].review;
  for (const e of reviews) {
    calendar.createEvent({
      ...common,
      id: `${e.accountId}.review@bidmap`,
      // On the day the notebook shows it: an overdue review reminds today, not on a day gone by.
      start: e.date,
      end: addDays(e.date, 1),
      summary: fill(r.ics.summary, { account: e.accountName }),
      description: [
        line(r.ics.dueOn, formatDate(e.dueOn, options.language)),
        line(r.ics.last, e.lastReview ? formatDate(e.lastReview, options.language) : r.never),
        line(r.cadence, r.cadences[e.cadence]),
        line(s.account, e.accountName),
      ].join('\n'),
    });
  }
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  return `${calendar.toString()}\r\n`;
}

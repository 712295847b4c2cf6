import type { Account } from '../../model/account';
import type { Agenda, AgendaBirthday, AgendaPerson, AgendaTrip } from '../../model/agenda';
import type { Person } from '../../model/person';
import type { DateWindow } from '../dates';
import { birthdaysInWindow } from './birthdays';
import { tripInWindow } from './trips';

/** What the agenda reads of an account: lighter to build in tests, and all it depends on. */
export type AgendaSource = Pick<Account, 'id' | 'name'> & {
  people: readonly (Pick<Person, 'id' | 'name' | 'title' | 'keyPerson' | 'placeholder' | 'itinerary'> & { dossier: Pick<Person['dossier'], 'birthday'> })[];
};

// Code-point order for ties: the same on every machine, whatever its locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every trip of every person that takes a day of the window (one under way counts), sorted by
 * start date, and the birthdays of key people in the window, by date. Placeholders' trips are
 * listed (the role is known to travel); their birthdays are not (it is nobody's yet).
 */
export function buildAgenda(accounts: readonly AgendaSource[], window: DateWindow): Agenda {
  const trips: AgendaTrip[] = [];
  const birthdays: AgendaBirthday[] = [];
  for (const account of accounts) {
    for (const p of account.people) {
      const who: AgendaPerson = {
        accountId: account.id,
        accountName: account.name,
        personId: p.id,
        personName: p.name,
        personTitle: p.title,
        keyPerson: p.keyPerson,
        placeholder: p.placeholder,
      };
      for (const trip of p.itinerary) {
        const span = tripInWindow(trip, window);
        if (span) trips.push({ ...who, trip, ...span });
      }
      if (!p.keyPerson || p.placeholder) continue;
      for (const b of birthdaysInWindow(p.dossier.birthday, window)) birthdays.push({ ...who, ...b, born: p.dossier.birthday });
    }
  }
  trips.sort(
    (a, b) =>
      cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.personName, b.personName) || cmp(a.accountId, b.accountId) || cmp(a.personId, b.personId) || cmp(a.trip.id, b.trip.id),
  );
  birthdays.sort((a, b) => cmp(a.date, b.date) || cmp(a.personName, b.personName) || cmp(a.accountId, b.accountId) || cmp(a.personId, b.personId));
  return { from: window.from, to: window.to, trips, birthdays };
}

/** Which part of the agenda to show. Empty or missing fields filter nothing. */
export interface AgendaFilter {
  /** Part of the city's name, any case: "bei" and "Beijing" find Beijing, "北京" finds 北京市. */
  city?: string;
  /** Only these accounts (none given: every account). */
  accountIds?: readonly string[];
  /** Only key people. */
  keyOnly?: boolean;
}

/** A city name for comparison: full-width letters made plain, any case, no outer spaces. */
const cityKey = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Whether a trip's city matches what the user typed (an empty needle matches every trip). */
export function cityMatches(city: string, needle: string): boolean {
  let n = cityKey(needle);
  // "北京市" is how the city is often written in full; a trip to "北京" is a trip there too.
  if (n.length > 1 && n.endsWith('市')) n = n.slice(0, -1);
  return cityKey(city).includes(n);
}

/**
 * The agenda narrowed by a filter. Filtering by city keeps trips only: a birthday is nobody's
 * visit to a city.
 */
export function filterAgenda(agenda: Agenda, filter: AgendaFilter): Agenda {
  const city = filter.city?.trim() ?? '';
  const accounts = filter.accountIds?.length ? new Set(filter.accountIds) : null;
  const inAccounts = (e: AgendaPerson) => !accounts || accounts.has(e.accountId);
  return {
    ...agenda,
    trips: agenda.trips.filter((e) => inAccounts(e) && (!filter.keyOnly || e.keyPerson) && (!city || cityMatches(e.trip.city, city))),
    birthdays: city ? [] : agenda.birthdays.filter(inAccounts),
  };
}

/** One traveller and their trips, in the agenda's order. */
export interface Traveller {
  person: AgendaPerson;
  trips: AgendaTrip[];
}

/** The distinct people among these trips, in order of their first trip. */
export function travellersOf(trips: readonly AgendaTrip[]): Traveller[] {
  const byPerson = new Map<string, Traveller>();
  for (const t of trips) {
    const key = `${t.accountId}/${t.personId}`;
    const known = byPerson.get(key);
    if (known) known.trips.push(t);
    else byPerson.set(key, { person: pick(t), trips: [t] });
  }
  return [...byPerson.values()];
}

const pick = ({ accountId, accountName, personId, personName, personTitle, keyPerson, placeholder }: AgendaPerson): AgendaPerson => ({
  accountId,
  accountName,
  personId,
  personName,
  personTitle,
  keyPerson,
  placeholder,
});

/** "Who will be in <city> between <from> and <to>": every person with a trip there taking a day of those. */
export function whoWillBeIn(accounts: readonly AgendaSource[], city: string, window: DateWindow): Traveller[] {
  return travellersOf(filterAgenda(buildAgenda(accounts, window), { city }).trips);
}

/** One day of the agenda as the notebook shows it. */
export interface AgendaDay {
  date: string;
  /** Trips starting that day; on the window's first day, also those already under way. */
  trips: AgendaTrip[];
  birthdays: AgendaBirthday[];
}

/** The agenda grouped by day, days with nothing left out, in date order. */
export function agendaDays(agenda: Agenda): AgendaDay[] {
  const days = new Map<string, AgendaDay>();
  const day = (date: string) => {
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, trips: [], birthdays: [] }));
    return d;
  };
  for (const t of agenda.trips) day(t.start < agenda.from ? agenda.from : t.start).trips.push(t);
  for (const b of agenda.birthdays) day(b.date).birthdays.push(b);
  return [...days.values()].sort((a, b) => cmp(a.date, b.date));
}

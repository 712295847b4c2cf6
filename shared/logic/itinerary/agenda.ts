import type { Account } from '../../model/account';
import type { ActionRow } from '../../model/action-list';
import type { Agenda, AgendaBirthday, AgendaPerson, AgendaReview, AgendaTrip } from '../../model/agenda';
import type { Person } from '../../model/person';
import type { DateWindow } from '../dates';
import { birthdaysInWindow } from './birthdays';
import { tripInWindow } from './trips';
import { cityMatches } from './cities';
import { rowMaker } from '../plan/list';
import { reviewDue } from '../history/cadence';

/**
 * What the agenda reads of an account: lighter to build in tests, and all it depends on. The plan
 * (actions, with the team and opportunities they name) is optional: a source without it has no
 * actions to show; so are the review cadence and reviews: without a cadence no review falls due.
 */
export type AgendaSource = Pick<Account, 'id' | 'name'> &
  Partial<Pick<Account, 'actions' | 'team' | 'opportunities' | 'reviewCadence' | 'reviews'>> & {
    people: readonly (Pick<Person, 'id' | 'name' | 'title' | 'keyPerson' | 'placeholder' | 'itinerary'> & {
      dossier: Pick<Person['dossier'], 'birthday'>;
    })[];
  };

// Code-point order for ties: the same on every machine, whatever its locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every trip of every person that takes a day of the window (one under way counts), sorted by
 * start date, the birthdays of key people in the window, by date, and the open actions due in
 * the window, by due date, and the accounts whose review falls due, by date (see reviewInWindow).
 * Placeholders' trips are listed (the role is known to travel); their birthdays are not (it is
 * nobody's yet). `me` names the user's own actions ('' when not set); `today` is the asker's day.
 */
export function buildAgenda(accounts: readonly AgendaSource[], window: DateWindow, me = '', today = window.from): Agenda {
  const trips: AgendaTrip[] = [];
  const birthdays: AgendaBirthday[] = [];
  const actions: ActionRow[] = [];
  const reviews: AgendaReview[] = [];
  for (const account of accounts) {
    const review = reviewInWindow(account, window, today);
    if (review) reviews.push(review);
    const due = (account.actions ?? []).filter((a) => a.status === 'open' && a.due >= window.from && a.due <= window.to);
    if (due.length) {
      const row = rowMaker(
        { ...account, actions: account.actions ?? [], team: account.team ?? [], opportunities: account.opportunities ?? [] },
        me,
      );
      for (const a of due) actions.push(row(a));
    }
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
      cmp(a.start, b.start) ||
      cmp(a.end, b.end) ||
      cmp(a.personName, b.personName) ||
      cmp(a.accountId, b.accountId) ||
      cmp(a.personId, b.personId) ||
      cmp(a.trip.id, b.trip.id),
  );
  birthdays.sort(
    (a, b) =>
      cmp(a.date, b.date) || cmp(a.personName, b.personName) || cmp(a.accountId, b.accountId) || cmp(a.personId, b.personId),
  );
  actions.sort(
    (a, b) =>
      cmp(a.action.due, b.action.due) ||
      cmp(a.accountName, b.accountName) ||
      cmp(a.accountId, b.accountId) ||
      cmp(a.action.id, b.action.id),
  );
  reviews.sort((a, b) => cmp(a.date, b.date) || cmp(a.accountName, b.accountName) || cmp(a.accountId, b.accountId));
  return { from: window.from, to: window.to, trips, birthdays, actions, reviews };
}

/**
 * The account's review in the window: on its due day when that falls in the window; on `today`
 * when it was due before and is still not made and the window holds today (an overdue review is
 * not forgotten because its day has passed, nor predicted into a window that does not hold today:
 * it may be made by then). Never reviewed with a cadence: due today. No cadence: never.
 */
export function reviewInWindow(account: AgendaSource, window: DateWindow, today: string): AgendaReview | null {
  const cadence = account.reviewCadence ?? 'none';
  if (cadence === 'none') return null;
  const { last, dueOn } = reviewDue({ reviewCadence: cadence, reviews: account.reviews ?? [] }, today);
  const inWindow = (d: string) => d >= window.from && d <= window.to;
  const date = inWindow(dueOn) ? dueOn : dueOn < today && inWindow(today) ? today : null;
  if (!date) return null;
  return { accountId: account.id, accountName: account.name, cadence, lastReview: last, dueOn, date };
}

/** Which part of the agenda to show. Empty or missing fields filter nothing. */
export interface AgendaFilter {
  /** Part of the city's name in either language, its pinyin or initials: "bei", "bj", "Beijing" and "北京" find 北京 (see cities.ts). */
  city?: string;
  /** Only these accounts (none given: every account). */
  accountIds?: readonly string[];
  /** Only key people (an action: one serving a key person). */
  keyOnly?: boolean;
  /** The plan's actions due in the window: shown unless false. */
  actions?: boolean;
  /** Accounts whose review is due: shown unless false. */
  reviews?: boolean;
}

/**
 * The agenda narrowed by a filter. Filtering by city keeps trips only: a birthday, an action or a
 * review is nobody's visit to a city. Key people only leaves out reviews: a review is the whole
 * account's, no key person's.
 */
export function filterAgenda(agenda: Agenda, filter: AgendaFilter): Agenda {
  const city = filter.city?.trim() ?? '';
  const accounts = filter.accountIds?.length ? new Set(filter.accountIds) : null;
  const inAccounts = (e: { accountId: string }) => !accounts || accounts.has(e.accountId);
  const forKey = (r: ActionRow) => r.people.some((p) => p.keyPerson);
  return {
    ...agenda,
    trips: agenda.trips.filter(
      (e) => inAccounts(e) && (!filter.keyOnly || e.keyPerson) && (!city || cityMatches(e.trip.city, city)),
    ),
    birthdays: city ? [] : agenda.birthdays.filter(inAccounts),
    actions:
      city || filter.actions === false ? [] : agenda.actions.filter((r) => inAccounts(r) && (!filter.keyOnly || forKey(r))),
    reviews: city || filter.keyOnly || filter.reviews === false ? [] : agenda.reviews.filter(inAccounts),
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

const pick = ({
  accountId,
  accountName,
  personId,
  personName,
  personTitle,
  keyPerson,
  placeholder,
}: AgendaPerson): AgendaPerson => ({
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
  /** Actions due that day. */
  actions: ActionRow[];
  /** Accounts whose review is due that day (or, on today, due since before the window). */
  reviews: AgendaReview[];
}

/** The agenda grouped by day, days with nothing left out, in date order. */
export function agendaDays(agenda: Agenda): AgendaDay[] {
  const days = new Map<string, AgendaDay>();
  const day = (date: string) => {
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, trips: [], birthdays: [], actions: [], reviews: [] }));
    return d;
  };
  for (const t of agenda.trips) day(t.start < agenda.from ? agenda.from : t.start).trips.push(t);
  for (const b of agenda.birthdays) day(b.date).birthdays.push(b);
  for (const r of agenda.actions) day(r.action.due).actions.push(r);
  for (const r of agenda.reviews) day(r.date).reviews.push(r);
  return [...days.values()].sort((a, b) => cmp(a.date, b.date));
}

import { dequal } from 'dequal';
import type { Account } from '../../model/account';
import type { OpportunityTuple, PersonTuple, Review, ReviewNotes } from '../../model/review';
import { findingKey, openFindings, type FindingOptions } from '../coverage';
import { statePeople, type AccountState, type PersonState } from './states';

// Reviews are stored as changes from the review before (see model/review.ts); this is where a
// review is written from the account and read back as the state it recorded.

export const toTuple = (s: PersonState): PersonTuple => [
  s.id,
  s.name,
  s.title,
  s.departmentId,
  s.attitude,
  s.influence,
  s.stage,
  s.roles,
  s.keyPerson ? 1 : 0,
  s.leaning.kind,
  s.leaning.competitorId,
  s.leaning.strength,
  s.closeness,
];

export const fromTuple = (t: PersonTuple): PersonState => ({
  id: t[0],
  name: t[1],
  title: t[2],
  departmentId: t[3],
  attitude: t[4],
  influence: t[5],
  stage: t[6],
  roles: [...t[7]],
  keyPerson: t[8] === 1,
  leaning: { kind: t[9], competitorId: t[10], strength: t[11] },
  closeness: t[12],
});

/** What a review recorded, read back whole: the people, opportunities and open findings' keys then. */
export interface RecordedState {
  review: Review;
  people: Map<string, PersonState>;
  opportunities: OpportunityTuple[];
  risks: Set<string>;
}

/** The account's reviews in the order they were made (by date, then when saved). */
export const reviewsInOrder = (reviews: readonly Review[]): Review[] =>
  [...reviews].sort((a, b) => (a.date === b.date ? (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) : a.date < b.date ? -1 : 1));

/**
 * Every review's recorded state, in the order they were made. A review whose base is missing (a
 * merge can bring a review without the one it was made after only if that one was deleted by hand)
 * is read from what it holds; one whose base chain loops is read the same way.
 */
export function recordedStates(reviews: readonly Review[]): RecordedState[] {
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const done = new Map<string, RecordedState>();
  const resolving = new Set<string>();
  const resolve = (r: Review): RecordedState => {
    const known = done.get(r.id);
    if (known) return known;
    resolving.add(r.id);
    const baseReview = r.base !== null ? byId.get(r.base) : undefined;
    const base = baseReview && !resolving.has(baseReview.id) ? resolve(baseReview) : null;
    const people = new Map(base?.people);
    for (const id of r.left) people.delete(id);
    for (const t of r.people) people.set(t[0], fromTuple(t));
    const risks = new Set(base?.risks);
    for (const k of r.risksResolved) risks.delete(k);
    for (const k of r.risksAdded) risks.add(k);
    const state = { review: r, people, opportunities: r.opportunities, risks };
    resolving.delete(r.id);
    done.set(r.id, state);
    return state;
  };
  // Iterating in order resolves each base before the reviews made after it (no deep recursion).
  return reviewsInOrder(reviews).map(resolve);
}

/**
 * The last review's recorded state, or null when the account was never reviewed: only its chain
 * of bases is read, into one state (not every review's state, as recordedStates makes).
 */
export function lastRecorded(reviews: readonly Review[]): RecordedState | null {
  const last = reviewsInOrder(reviews).at(-1);
  if (!last) return null;
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const chain: Review[] = [];
  const seen = new Set<string>();
  for (let r: Review | undefined = last; r && !seen.has(r.id); r = r.base !== null ? byId.get(r.base) : undefined) {
    seen.add(r.id);
    chain.push(r);
  }
  const people = new Map<string, PersonState>();
  const risks = new Set<string>();
  for (const r of chain.reverse()) {
    for (const id of r.left) people.delete(id);
    for (const t of r.people) people.set(t[0], fromTuple(t));
    for (const k of r.risksResolved) risks.delete(k);
    for (const k of r.risksAdded) risks.add(k);
  }
  return { review: last, people, opportunities: last.opportunities, risks };
}

/** A recorded state in the shape the account over time is read in. */
export const asAccountState = (r: RecordedState): AccountState => ({
  date: r.review.date,
  source: { kind: 'review', id: r.review.id },
  people: Object.fromEntries(r.people),
  openRisks: r.risks.size,
});

export interface NewReview {
  id: string;
  date: string;
  at: string;
  by: string;
  notes: ReviewNotes;
}

/**
 * The review of the account as it is on `date`, recorded as changes from its last review (the
 * whole state when it has none).
 */
export function recordReview(account: Account, made: NewReview, options: FindingOptions = {}): Review {
  const last = lastRecorded(account.reviews);
  const now = statePeople(account);
  const people: PersonTuple[] = [];
  for (const s of Object.values(now)) {
    const was = last?.people.get(s.id);
    if (!was || !dequal(was, s)) people.push(toTuple(s));
  }
  const left = last ? [...last.people.keys()].filter((id) => !(id in now)) : [];
  const risks = new Set(openFindings(account, made.date, options).map(findingKey));
  const before = last?.risks ?? new Set<string>();
  return {
    ...made,
    base: last?.review.id ?? null,
    people,
    left,
    opportunities: account.opportunities.map((o) => [o.id, o.name, o.status, o.budget.amount, o.budget.currency]),
    risksAdded: [...risks].filter((k) => !before.has(k)),
    risksResolved: [...before].filter((k) => !risks.has(k)),
  };
}

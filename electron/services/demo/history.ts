// The demo's past reviews (issue 18). Each account writes a few review points: the day (as of the
// story), the rep's notes and how the account then differed from now. The reviews are not written
// by hand: the built account is turned back to each point's state and recorded with recordReview,
// oldest first, so each is stored as changes from the one before, as a rep's own reviews are.
import { addDays } from '../../../shared/logic/dates';
import { recordReview } from '../../../shared/logic/history/review-record';
import type { Account } from '../../../shared/model/account';
import type { Person } from '../../../shared/model/person';
import type { Review } from '../../../shared/model/review';
import type { Attitude, LeaningKind, RelationshipStage } from '../../../shared/taxonomy/keys';
import { pick, type DemoLang, type L } from './text';

/** How one person then differed from now (a field left out was as it is now). */
export interface PersonThen {
  attitude?: Attitude;
  influence?: number;
  /** Left out: the stage their relationship history gives for that day. */
  stage?: RelationshipStage;
  leaning?: { kind: LeaningKind; competitorId?: string | null; strength?: number | null };
}

export interface DemoReviewPoint {
  /** The review's id (fixed, so the demo is the same each time it is built). */
  id: string;
  /** The day of the review, as of the story (moved like the demo's other dates). */
  date: string;
  notes: { changed: L; learned: L; decided: L };
  /** People then, where they differed from now. */
  people?: Readonly<Record<string, PersonThen>>;
  /** People on the chart now who were not on it yet. */
  absent?: readonly string[];
  /** Former people (the account's formerPeople) who were still on the chart, in their post. */
  former?: readonly string[];
}

/** The stage a person's relationship history gives for `date`: the last change on or before it. */
function stageOn(p: Person, date: string): RelationshipStage {
  const known = p.relationship.history.filter((h) => h.date <= date);
  return known.at(-1)?.to ?? 'initial';
}

function personThen(p: Person, date: string, then: PersonThen | undefined): Person {
  return {
    ...p,
    attitude: then?.attitude ?? p.attitude,
    influence: then?.influence ?? p.influence,
    relationship: { ...p.relationship, stage: then?.stage ?? stageOn(p, date) },
    // What had not happened yet: the findings then (silent key people…) read the contacts made by then.
    activities: p.activities.filter((a) => a.date <= date),
    leaning: then?.leaning
      ? {
          ...p.leaning,
          kind: then.leaning.kind,
          competitorId: then.leaning.competitorId ?? null,
          strength: then.leaning.strength ?? null,
        }
      : p.leaning,
  };
}

/** The account as it stood on `date` (already moved), as a review point describes it. */
function accountThen(account: Account, point: DemoReviewPoint, date: string): Account {
  const unknown = [...Object.keys(point.people ?? {}), ...(point.absent ?? [])].filter(
    (id) => !account.people.some((p) => p.id === id),
  );
  const notFormer = (point.former ?? []).filter((id) => !account.formerPeople.some((p) => p.id === id));
  if (unknown.length || notFormer.length)
    throw new Error(`demo review ${point.id} names people who are not there: ${[...unknown, ...notFormer].join(', ')}`);
  const absent = new Set(point.absent);
  const former = account.formerPeople.filter((p) => point.former?.includes(p.id));
  return {
    ...account,
    people: [...account.people.filter((p) => !absent.has(p.id)), ...former].map((p) =>
      personThen(p, date, point.people?.[p.id]),
    ),
    // The plan then: no action made later, none done yet that was done later.
    actions: account.actions
      .filter((a) => a.createdOn === '' || a.createdOn <= date)
      .map((a) => (a.status !== 'open' && a.statusDate > date ? { ...a, status: 'open', statusDate: '' } : a)),
  };
}

/**
 * The account's reviews from its review points, oldest first, each recorded on the account as it
 * then stood and after the reviews before it (so each stores only what changed). `shift`: the
 * days the demo's dates are moved by; the reviewer is the account's owner.
 */
export function demoReviews(account: Account, points: readonly DemoReviewPoint[], lang: DemoLang, shift: number): Review[] {
  const text = pick(lang);
  const reviews: Review[] = [];
  for (const point of [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const date = addDays(point.date, shift);
    const then = accountThen(account, point, date);
    reviews.push(
      recordReview(
        { ...then, reviews },
        {
          id: point.id,
          date,
          at: `${date}T17:30:00.000Z`,
          by: account.owner,
          notes: { changed: text(point.notes.changed), learned: text(point.notes.learned), decided: text(point.notes.decided) },
        },
      ),
    );
  }
  return reviews;
}

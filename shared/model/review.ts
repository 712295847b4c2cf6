import { z } from 'zod';
import { ATTITUDES, BUYING_ROLES, LEANING_KINDS, OPPORTUNITY_STATUSES, RELATIONSHIP_STAGES } from '../taxonomy/keys';
import { CompositeKey, Id, Text, Timestamp } from './ids';
import { limitedList } from './limits';

// A review of the account (issue 18): the rep's dated look at how the account moved, with the
// state of the map it was made on. Team level. It stores what "since the last review" compares,
// not a copy of the account, and stores it as a change from the review it was made after (`base`):
// reviewing an unchanged account adds a few hundred bytes, not the people again.

export const REVIEW_CADENCES = ['none', 'weekly', 'fortnightly', 'monthly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/**
 * One person's recorded state as a tuple (a 300-person state is a third the size of the same
 * fields as objects): id, name, title, department, attitude, influence, stage, roles, key person,
 * leaning kind, leaning competitor, leaning strength, closest coverage.
 */
export const PersonTuple = z.tuple([
  Id,
  Text(200),
  Text(300),
  Id.nullable(),
  z.enum(ATTITUDES),
  z.number().int().min(1).max(5),
  z.enum(RELATIONSHIP_STAGES),
  z.array(z.enum(BUYING_ROLES)).max(BUYING_ROLES.length),
  z.union([z.literal(0), z.literal(1)]),
  z.enum(LEANING_KINDS),
  Id.nullable(),
  z.number().int().min(1).max(3).nullable(),
  z.number().int().min(1).max(5).nullable(),
]);
export type PersonTuple = z.infer<typeof PersonTuple>;

/** An opportunity as recorded: id, name, status, value (null when unknown), currency. */
export const OpportunityTuple = z.tuple([
  Id,
  Text(300),
  z.enum(OPPORTUNITY_STATUSES),
  z.number().nonnegative().max(1e15).nullable(),
  z.string().regex(/^[A-Z]{3}$/),
]);
export type OpportunityTuple = z.infer<typeof OpportunityTuple>;

export const ReviewNotes = z.object({
  /** What changed. */
  changed: Text().default(''),
  /** What we learned. */
  learned: Text().default(''),
  /** What we decided. */
  decided: Text().default(''),
});
export type ReviewNotes = z.infer<typeof ReviewNotes>;

export const Review = z.object({
  id: Id,
  /** The day the review is of (YYYY-MM-DD). */
  date: z.iso.date(),
  /** When it was saved. */
  at: Timestamp,
  /** Who reviewed (the workspace's user, as "prepared by" names them; '' when not set). */
  by: Text(200).default(''),
  notes: ReviewNotes.default(() => ReviewNotes.parse({})),
  /** The review this one records changes from; null: it records the whole state. */
  base: Id.nullable().default(null),
  /** People whose state differs from the base's (all of them when there is no base). */
  people: z.array(PersonTuple).max(20000).default([]),
  /** People of the base no longer on the chart. */
  left: z.array(Id).max(20000).default([]),
  /** Every opportunity (few per account: recorded whole). */
  opportunities: z.array(OpportunityTuple).max(500).default([]),
  /** Open findings' keys gained since the base (all of them without a base). */
  risksAdded: z.array(CompositeKey).max(100000).default([]),
  /** Open findings' keys of the base that are gone. */
  risksResolved: z.array(CompositeKey).max(100000).default([]),
});
export type Review = z.infer<typeof Review>;
export type ReviewInput = z.input<typeof Review>;

export const ReviewList = limitedList(Review, 'reviews');

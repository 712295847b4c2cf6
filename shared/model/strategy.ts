import { z } from 'zod';
import { ACTION_STATUSES, BRAINS, INFLUENCE_PRINCIPLES, LEANING_KINDS, RELATIONSHIP_STAGES, WHITESPACE_STATUSES } from '../taxonomy/keys';
import { CompositeKey, Id, IsoDate, Text } from './ids';
import { LIMITS, limitedList } from './limits';

// The plan to win an account (issue 17, DOMAIN.md §9): where each relationship must get to, the
// actions with owners, who leans to whom, what each person counts as "good", how to influence
// them, and the whitespace of products × client units. All of it is our judgement: team level.

/** Where a relationship must get to, and by when ('' when no date is set). */
export const Target = z.object({
  stage: z.enum(RELATIONSHIP_STAGES).nullable().default(null),
  by: IsoDate.default(''),
});
export type Target = z.infer<typeof Target>;

/** Whom a person favours, how strongly (1–3) and on what evidence. */
export const Leaning = z.object({
  kind: z.enum(LEANING_KINDS).default('unknown'),
  /** The competitor, when `kind` is 'competitor' (an id of the account's competitors). */
  competitorId: Id.nullable().default(null),
  strength: z.number().int().min(1).max(3).nullable().default(null),
  evidence: Text().default(''),
});
export type Leaning = z.infer<typeof Leaning>;

/**
 * A decision criterion a person cares about, with their own priority and what "good" means to
 * them. `id` is the criterion's (one of an opportunity's criteria), so a merge pairs them by it.
 */
export const PersonCriterion = z.object({
  id: Id,
  priority: z.number().int().min(1).max(5).default(3),
  good: Text(1000).default(''),
});
export type PersonCriterion = z.infer<typeof PersonCriterion>;

/** One entry of a person's influence plan: a fact or proof (rational) or a lever of trust (emotional). */
export const InfluenceEntry = z.object({
  id: Id,
  brain: z.enum(BRAINS),
  text: Text(1000),
  /** For an emotional entry: which of Cialdini's principles it uses. */
  principle: z.enum(INFLUENCE_PRINCIPLES).nullable().default(null),
  /** The action of the plan this entry became ("Make it an action"); one since deleted is forgotten by the page. */
  actionId: Id.nullable().default(null),
});
export type InfluenceEntry = z.infer<typeof InfluenceEntry>;

/** Who owns an action: the workspace's user ("me"), a member of our bid team (by id), or nobody yet. */
export const ME = '@me';
export const ActionOwner = z.union([z.literal(ME), Id]).nullable();
export type ActionOwner = z.infer<typeof ActionOwner>;

export const ACTIONS_MAX = LIMITS.actions;

/** One step of the account's action plan. */
export const Action = z.object({
  id: Id,
  text: Text(1000),
  owner: ActionOwner.default(null),
  due: IsoDate.default(''),
  status: z.enum(ACTION_STATUSES).default('open'),
  /** When it was done or dropped ('' while open). */
  statusDate: IsoDate.default(''),
  /** Why it was dropped, or how it went. */
  note: Text().default(''),
  /** The people it serves (ids on the chart; one since removed is kept and shown as removed). */
  personIds: limitedList(Id, 'actionPeople').default([]),
  opportunityId: Id.nullable().default(null),
  /** The finding that prompted it (its key, see findingKey). */
  findingKey: CompositeKey.nullable().default(null),
  /** The activity it came from (a next step logged with an activity, before actions existed). */
  activityId: Id.nullable().default(null),
  createdOn: IsoDate.default(''),
});
export type Action = z.infer<typeof Action>;
export type ActionInput = z.input<typeof Action>;

export const CRITERIA_MAX = LIMITS.opportunityCriteria;

/** A vendor's score on a criterion (1–5) with the reason. */
export const Score = z.object({
  score: z.number().int().min(1).max(5).nullable().default(null),
  note: Text(1000).default(''),
});
export type Score = z.infer<typeof Score>;
/** A competitor's score on a criterion; `id` is the competitor's, so a merge pairs them by it. */
export const CompetitorScore = Score.extend({ id: Id });
export type CompetitorScore = z.infer<typeof CompetitorScore>;

/** A decision criterion of an opportunity, its weight, our score and each competitor's. */
export const Criterion = z.object({
  id: Id,
  text: Text(500),
  weight: z.number().int().min(1).max(5).default(3),
  ours: Score.default(() => Score.parse({})),
  /** Scores of the competitors in play (`id`: the competitor's). */
  theirs: limitedList(CompetitorScore, 'scores').default([]),
});
export type Criterion = z.infer<typeof Criterion>;

/** A win theme: what we will stand for, tied to the criteria it answers and the people it speaks to. */
export const WinTheme = z.object({
  id: Id,
  text: Text(1000),
  criterionIds: z.array(Id).max(CRITERIA_MAX).default([]),
  personIds: z.array(Id).max(200).default([]),
});
export type WinTheme = z.infer<typeof WinTheme>;

export const WHITESPACE_LINES_MAX = LIMITS.whitespaceProducts;

/** A product line of ours (servers, storage, DR, services…) or a client unit (a department, a prefecture company). */
export const WhitespaceLine = z.object({
  id: Id,
  name: Text(200),
  /** For a unit: the department it is, when it is one on the chart. */
  departmentId: Id.nullable().default(null),
});
export type WhitespaceLine = z.infer<typeof WhitespaceLine>;

/** One cell of the whitespace grid: what a unit has of a product line, and what it may be worth. */
export const WhitespaceCell = z.object({
  id: Id,
  productId: Id,
  unitId: Id,
  status: z.enum(WHITESPACE_STATUSES).default('open'),
  competitorId: Id.nullable().default(null),
  opportunityId: Id.nullable().default(null),
  value: z.number().nonnegative().max(1e15).nullable().default(null),
  note: Text(1000).default(''),
});
export type WhitespaceCell = z.infer<typeof WhitespaceCell>;

export const Whitespace = z.object({
  products: limitedList(WhitespaceLine, 'whitespaceProducts').default([]),
  units: limitedList(WhitespaceLine, 'whitespaceUnits').default([]),
  cells: limitedList(WhitespaceCell, 'whitespaceCells').default([]),
  /** The currency of the cells' values. */
  currency: z.string().regex(/^[A-Z]{3}$/).default('CNY'),
});
export type Whitespace = z.infer<typeof Whitespace>;

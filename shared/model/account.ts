import { z } from 'zod';
import { DECISION_QUESTIONS, OPPORTUNITY_STATUSES, POTENTIALS, ZONES } from '../taxonomy/keys';
import { CompositeKey, Id, IsoDate, Text, Timestamp } from './ids';
import { Link } from './link';
import { Person } from './person';
import { limitedList } from './limits';
import { REVIEW_CADENCES, ReviewList } from './review';
import { Action, Criterion, Whitespace, WinTheme } from './strategy';
import { Succession } from './succession';
import { ClientMoveList } from './client-move';
import { MeetingList } from './meeting';

export const ACCOUNT_SCHEMA_VERSION = 3;

export const InstalledProduct = z.object({
  id: Id,
  product: Text(300),
  vendor: Text(200).default(''),
  quantity: Text(100).default(''),
  since: Text(100).default(''),
  notes: Text().default(''),
});

/** What the rep knows about the client organisation (DOMAIN.md §6, "Background"). */
export const Background = z.object({
  structure: Text().default(''),
  phone: Text(100).default(''),
  address: Text(500).default(''),
  website: Text(300).default(''),
  email: Text(300).default(''),
  usingDepartments: Text().default(''),
  buyingDepartments: Text().default(''),
  supportingDepartments: Text().default(''),
  keyContacts: Text().default(''),
  business: Text().default(''),
  industryApplications: Text().default(''),
  situation: Text().default(''),
  installedBase: z.array(InstalledProduct).max(1000).default([]),
});
export type Background = z.infer<typeof Background>;

export const Department = z.object({
  id: Id,
  name: Text(200),
  parentId: Id.nullable().default(null),
});
export type Department = z.infer<typeof Department>;

/** A member of our own bid team. */
export const TeamMember = z.object({
  id: Id,
  name: Text(200),
  role: Text(200).default(''),
  hometown: Text(200).default(''),
  university: Text(200).default(''),
  /** Sports, hobbies, food, books…: free text, compared with the people's dossiers for common ground. */
  interests: Text().default(''),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const Competitor = z.object({
  id: Id,
  name: Text(200),
  products: Text().default(''),
  /** The client's satisfaction with them, 1 (poor) to 5 (delighted); null when unknown. */
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
  repName: Text(200).default(''),
  repStyle: Text().default(''),
  repRelationship: Text().default(''),
  notes: Text().default(''),
});
export type Competitor = z.infer<typeof Competitor>;

/** Big enough for any deal, small enough that sums stay finite. */
export const AMOUNT_MAX = 1e15;

export const Money = z.object({
  amount: z.number().nonnegative().max(AMOUNT_MAX).nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('CNY'),
});
export type Money = z.infer<typeof Money>;

/** The five decision questions, each answered by people on the chart. */
export const Decisions = z.object(
  Object.fromEntries(DECISION_QUESTIONS.map((q) => [q, z.array(Id).max(100).default([])])) as Record<
    (typeof DECISION_QUESTIONS)[number],
    z.ZodDefault<z.ZodArray<typeof Id>>
  >,
);

export const Opportunity = z.object({
  id: Id,
  name: Text(300),
  budget: Money.default(() => Money.parse({})),
  decisionDate: IsoDate.default(''),
  timeline: Text().default(''),
  problem: Text().default(''),
  purchasePlan: Text().default(''),
  status: z.enum(OPPORTUNITY_STATUSES).default('open'),
  competitorIds: z.array(Id).max(100).default([]),
  decisions: Decisions.default(() => Decisions.parse({})),
  /** What the decision turns on, weighted, with our and the competitors' scores (team level). */
  criteria: limitedList(Criterion, 'opportunityCriteria').default([]),
  /** What we stand for in this deal, each tied to criteria and people (team level). */
  themes: limitedList(WinTheme, 'themes').default([]),
});
export type Opportunity = z.infer<typeof Opportunity>;

/** Nine-grid inputs (DOMAIN.md §7): the zone follows from the share unless set by hand. */
export const Segmentation = z.object({
  potential: z.enum(POTENTIALS).nullable().default(null),
  annualPurchases: z.number().nonnegative().max(AMOUNT_MAX).nullable().default(null),
  ourRevenue: z.number().nonnegative().max(AMOUNT_MAX).nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('CNY'),
  zoneOverride: z.enum(ZONES).nullable().default(null),
});
export type Segmentation = z.infer<typeof Segmentation>;

export const Position = z.object({ x: z.number().finite(), y: z.number().finite() });

export const Canvas = z.object({
  positions: z.record(Id, Position).default({}),
  /** Managers whose subtree is folded into one card (added in v1 with a default: no migration). */
  collapsed: z.array(Id).max(20000).default([]),
});

/**
 * A gap or risk the rep set aside for this account, and why ("no customer's customer in a port
 * tender"): not among the open findings, not printed, brought back by removing it. `id` is the
 * finding's key (findingKey in shared/logic/coverage.ts). Team level: it is our judgement.
 */
export const SetAsideFinding = z.object({
  id: CompositeKey,
  reason: Text(500).default(''),
  date: IsoDate.default(''),
});
export type SetAsideFinding = z.infer<typeof SetAsideFinding>;

// The account-level fields an edit can replace whole (ChartPatch.fields); the account declares
// them from the same schemas, with their defaults.
const ShortText = Text(200);
const AccountTitle = Text(200).min(1);
const TeamList = z.array(TeamMember).max(200);
const CompetitorList = z.array(Competitor).max(200);
const OpportunityList = z.array(Opportunity).max(500);
const SetAsideList = z.array(SetAsideFinding).max(5000);
const ActionList = limitedList(Action, 'actions');
const FormerPeopleList = limitedList(Person, 'formerPeople');
const SuccessionList = limitedList(Succession, 'successions');

/** Account fields replaced whole by one edit: each present key replaces that field, nothing defaults. */
export const AccountFields = z
  .object({
    name: AccountTitle,
    alternateName: ShortText,
    industry: ShortText,
    owner: ShortText,
    territory: ShortText,
    background: Background,
    team: TeamList,
    competitors: CompetitorList,
    opportunities: OpportunityList,
    segmentation: Segmentation,
    setAside: SetAsideList,
    actions: ActionList,
    whitespace: Whitespace,
    reviews: ReviewList,
    reviewCadence: z.enum(REVIEW_CADENCES),
    formerPeople: FormerPeopleList,
    successions: SuccessionList,
    clientMoves: ClientMoveList,
    meetings: MeetingList,
  })
  .partial();
export type AccountFields = z.infer<typeof AccountFields>;
export const ACCOUNT_FIELD_KEYS = Object.keys(AccountFields.shape) as (keyof AccountFields)[];

export const Account = z.object({
  schemaVersion: z.literal(ACCOUNT_SCHEMA_VERSION),
  id: Id,
  name: AccountTitle,
  alternateName: ShortText.default(''),
  industry: ShortText.default(''),
  owner: ShortText.default(''),
  territory: ShortText.default(''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  background: Background.default(() => Background.parse({})),
  departments: z.array(Department).max(2000).default([]),
  team: TeamList.default([]),
  competitors: CompetitorList.default([]),
  opportunities: OpportunityList.default([]),
  segmentation: Segmentation.default(() => Segmentation.parse({})),
  /** Added with a default (older files have none): no migration. */
  setAside: SetAsideList.default([]),
  /** The action plan (v2): who does what, by when, for whom. */
  actions: ActionList.default([]),
  /** Products × client units: what is ours, a competitor's, open or pursued. */
  whitespace: Whitespace.default(() => Whitespace.parse({})),
  /** Dated reviews of the account, oldest first (issue 18; team level; append-only for a merge). */
  reviews: ReviewList.default([]),
  /** How often the rep means to review it: "Review due" shows when that much time has passed. */
  reviewCadence: z.enum(REVIEW_CADENCES).default('none'),
  /** Intelligence on the client, dated (issue 18; team level). */
  clientMoves: ClientMoveList.default([]),
  /** Meetings planned from a person's panel and their debriefs (issue 18; team, debrief notes full). */
  meetings: MeetingList.default([]),
  people: z.array(Person).max(20000).default([]),
  /** People who left their post (issue 18), with their dossiers: off the chart, still searchable. */
  formerPeople: FormerPeopleList.default([]),
  /** Who left which post when, and who filled it since (issue 18). */
  successions: SuccessionList.default([]),
  links: z.array(Link).max(100000).default([]),
  canvas: Canvas.default(() => Canvas.parse({})),
});
export type Account = z.infer<typeof Account>;
export type AccountInput = z.input<typeof Account>;

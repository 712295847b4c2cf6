import type { Account, TeamMember } from '../../model/account';
import type { Person } from '../../model/person';
import type { ActivityKind, Attitude, BuyingRole, LeaningKind, RelationshipStage } from '../../taxonomy/keys';
import { BUYING_ROLES } from '../../taxonomy/keys';
import type { AccountState, PersonState } from './states';

// Trends (issue 18, item 2): series read from the dated account states (statesOverTime, oldest
// first, ending with now) and from a person's own stage history and activities. Pure and
// team level: every series reads attitudes, stages and coverage, none of which a map-level
// account carries.

/** Whose weight counts in support vs opposition: the people who decide and those who sway them. */
export const WEIGHED_ROLES: readonly BuyingRole[] = ['decisionMaker', 'influencer'];
const FOR: ReadonlySet<Attitude> = new Set(['champion', 'supporter']);
const AGAINST: ReadonlySet<Attitude> = new Set(['skeptic', 'opponent']);

/** One dated point of the account's trend charts. */
export interface AccountTrendPoint {
  date: string;
  source: AccountState['source'];
  /** Sum of the influence (1–5) of champions and supporters among decision makers and influencers. */
  support: number;
  /** Sum of the influence of skeptics and opponents among the same people (a positive number). */
  opposition: number;
  /** The buying roles someone on the chart holds (the roleUncovered finding's rule), in taxonomy order. */
  rolesCovered: BuyingRole[];
  /** Open findings then; null when that state did not record them. */
  openRisks: number | null;
}

export interface AccountTrend {
  points: AccountTrendPoint[];
  /** How many buying roles there are: the roles chart's ceiling. */
  roleCount: number;
}

function pointOf(state: AccountState): AccountTrendPoint {
  let support = 0;
  let opposition = 0;
  const held = new Set<BuyingRole>();
  for (const id in state.people) {
    const p = state.people[id]!;
    for (const r of p.roles) held.add(r);
    if (!p.roles.some((r) => WEIGHED_ROLES.includes(r))) continue;
    if (FOR.has(p.attitude)) support += p.influence;
    else if (AGAINST.has(p.attitude)) opposition += p.influence;
  }
  return {
    date: state.date,
    source: state.source,
    support,
    opposition,
    rolesCovered: BUYING_ROLES.filter((r) => held.has(r)),
    openRisks: state.openRisks,
  };
}

/** The account's trend series: one point per state, in the states' order (oldest first). */
export function accountTrend(states: readonly AccountState[]): AccountTrend {
  return { points: states.map(pointOf), roleCount: BUYING_ROLES.length };
}

/** Whether there is anything to draw as a trend: a line needs two dates. */
export const hasTrend = (points: readonly { date: string }[]): boolean => new Set(points.map((p) => p.date)).size > 1;

/** One dated point of a person's timeline; what was not known by then is null. */
export interface PersonTimelinePoint {
  date: string;
  /** A stage change from the relationship's history, a recorded state (a review) or now. */
  from: 'stageChange' | 'review' | 'now';
  stage: RelationshipStage;
  attitude: Attitude | null;
  closeness: number | null;
  leaning: LeaningKind | null;
  /** The why of a stage change, when one was written. */
  why: string;
}

export interface PersonTimeline {
  points: PersonTimelinePoint[];
  /** Contacts on the way (activities), oldest first: marks on the timeline, not states. */
  activities: { date: string; kind: ActivityKind }[];
  /** The person left the chart: the last state that still had them is their last point. */
  gone: boolean;
}

/**
 * A person's timeline: their stage changes, then every state that has them (reviews, now), in
 * date order; on one day a recorded state comes after the stage changes of that day, as it holds
 * the day's outcome. A stage change carries the attitude, closeness and leaning last known before
 * it (null before any state). `person` is null for someone since deleted: their timeline is what
 * the states recorded of them.
 */
export function personTimeline(
  personId: string,
  person: Pick<Person, 'relationship' | 'activities'> | null,
  states: readonly AccountState[],
): PersonTimeline {
  type Event = {
    date: string;
    order: number;
    change?: Person['relationship']['history'][number];
    state?: PersonState;
    now?: boolean;
  };
  const events: Event[] = [];
  for (const c of person?.relationship.history ?? []) events.push({ date: c.date, order: 0, change: c });
  let gone = person === null;
  for (const s of states) {
    const p = s.people[personId];
    if (p) events.push({ date: s.date, order: 1, state: p, now: s.source.kind === 'now' });
    else if (s.source.kind === 'now') gone = true;
  }
  // Stable: same-day stage changes keep their recorded order.
  events.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));

  const points: PersonTimelinePoint[] = [];
  let known: Pick<PersonTimelinePoint, 'attitude' | 'closeness' | 'leaning'> = { attitude: null, closeness: null, leaning: null };
  for (const e of events) {
    if (e.change) {
      points.push({ date: e.date, from: 'stageChange', stage: e.change.to, ...known, why: e.change.why });
    } else if (e.state) {
      const s = e.state;
      known = { attitude: s.attitude, closeness: s.closeness, leaning: s.leaning.kind };
      points.push({ date: e.date, from: e.now ? 'now' : 'review', stage: s.stage, ...known, why: '' });
    }
  }
  const activities = [...(person?.activities ?? [])]
    .map((a) => ({ date: a.date, kind: a.kind }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { points, activities, gone };
}

/** One row of the coverage heat matrix: a person and how close each of our team members is to them. */
export interface HeatRow {
  personId: string;
  name: string;
  title: string;
  keyPerson: boolean;
  /** Closeness (1–5) per team member, in the columns' order; null where the member does not cover them. */
  cells: (number | null)[];
}

export interface HeatMatrix {
  members: Pick<TeamMember, 'id' | 'name'>[];
  rows: HeatRow[];
}

/**
 * People × our team members, coloured by closeness. Key people first, then by influence (most
 * first), then in chart order; placeholders are no one to know yet. Coverage by a member since
 * removed from the team has no column and is not shown.
 */
export function heatMatrix(account: Pick<Account, 'people' | 'team'>): HeatMatrix {
  const members = account.team.map((m) => ({ id: m.id, name: m.name }));
  const column = new Map(members.map((m, i) => [m.id, i]));
  const people = account.people
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => !p.placeholder)
    .sort((a, b) => Number(b.p.keyPerson) - Number(a.p.keyPerson) || b.p.influence - a.p.influence || a.order - b.order);
  const rows = people.map(({ p }) => {
    const cells: (number | null)[] = members.map(() => null);
    for (const c of p.relationship.coverage) {
      const i = column.get(c.memberId);
      if (i !== undefined) cells[i] = Math.max(cells[i] ?? 0, c.closeness);
    }
    return { personId: p.id, name: p.name, title: p.title, keyPerson: p.keyPerson, cells };
  });
  return { members, rows };
}

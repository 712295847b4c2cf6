import type { Account } from '../../model/account';
import type { OpportunityTuple } from '../../model/review';
import type { Action } from '../../model/strategy';
import { RELATIONSHIP_STAGES, type Attitude, type BuyingRole } from '../../taxonomy/keys';
import { findingKey, openFindings, type Finding, type FindingOptions } from '../coverage';
import { lastRecorded } from './review-record';
import { statePeople, type PersonState } from './states';

// "Since the last review" (issue 18): what moved between the last review's recorded state and the
// account now. Pure; people since deleted are named from the review's own record.

export type Direction = 'up' | 'down' | 'changed';

export type PersonMove =
  | { field: 'attitude'; from: Attitude; to: Attitude }
  | { field: 'stage'; from: PersonState['stage']; to: PersonState['stage'] }
  | { field: 'leaning'; from: PersonState['leaning']; to: PersonState['leaning'] }
  | { field: 'influence'; from: number; to: number }
  | { field: 'roles'; added: BuyingRole[]; removed: BuyingRole[] };

export interface PersonMoves {
  person: PersonState;
  moves: (PersonMove & { direction: Direction })[];
}

export interface OpportunityChange {
  id: string;
  name: string;
  /** Null: new since the review (then `to` is set) or gone since (then `from` is). */
  from: { status: OpportunityTuple[2]; value: number | null; currency: string } | null;
  to: { status: OpportunityTuple[2]; value: number | null; currency: string } | null;
}

/** A finding the last review recorded that is no longer open: its key, its kind and whom it was about. */
export interface ResolvedRisk {
  key: string;
  kind: string;
  /** The person it named, from the review's record (so it is named even if since deleted). */
  person: PersonState | null;
}

export interface SinceLastReview {
  /** The last review's date and id; null for the first review. */
  last: { id: string; date: string } | null;
  joined: PersonState[];
  left: PersonState[];
  moved: PersonMoves[];
  newRisks: Finding[];
  resolvedRisks: ResolvedRisk[];
  /** Actions done (by their date) since the last review. */
  actionsDone: Action[];
  /** Open actions whose due date has passed since the last review (every overdue one at a first review). */
  actionsOverdue: Action[];
  opportunities: OpportunityChange[];
}

// Better is higher: opponent 0 … champion 4; 'unknown' has no place on the scale.
const ATTITUDE_RANK: Partial<Record<Attitude, number>> = { opponent: 0, skeptic: 1, neutral: 2, supporter: 3, champion: 4 };
const stageRank = (s: PersonState['stage']) => RELATIONSHIP_STAGES.indexOf(s);
/** Towards us is up: a competitor's strong hold lowest, ours strongest highest. */
function leaningScore(l: PersonState['leaning']): number | null {
  if (l.kind === 'us') return l.strength ?? 1;
  if (l.kind === 'competitor') return -(l.strength ?? 1);
  return l.kind === 'none' ? 0 : null;
}
const direction = (from: number | null | undefined, to: number | null | undefined): Direction =>
  from === null || from === undefined || to === null || to === undefined || from === to ? 'changed' : to > from ? 'up' : 'down';
const sameLeaning = (a: PersonState['leaning'], b: PersonState['leaning']) =>
  a.kind === b.kind && a.competitorId === b.competitorId && a.strength === b.strength;

/** What moved for one person between two states, each with its direction. */
export function movesOf(was: PersonState, now: PersonState): PersonMoves['moves'] {
  const out: PersonMoves['moves'] = [];
  if (was.attitude !== now.attitude)
    out.push({
      field: 'attitude',
      from: was.attitude,
      to: now.attitude,
      direction: direction(ATTITUDE_RANK[was.attitude], ATTITUDE_RANK[now.attitude]),
    });
  if (was.stage !== now.stage)
    out.push({
      field: 'stage',
      from: was.stage,
      to: now.stage,
      direction: direction(stageRank(was.stage), stageRank(now.stage)),
    });
  if (!sameLeaning(was.leaning, now.leaning)) {
    const d =
      was.leaning.kind === 'competitor' &&
      now.leaning.kind === 'competitor' &&
      was.leaning.competitorId !== now.leaning.competitorId
        ? 'changed'
        : direction(leaningScore(was.leaning), leaningScore(now.leaning));
    out.push({ field: 'leaning', from: was.leaning, to: now.leaning, direction: d });
  }
  if (was.influence !== now.influence)
    out.push({ field: 'influence', from: was.influence, to: now.influence, direction: direction(was.influence, now.influence) });
  const added = now.roles.filter((r) => !was.roles.includes(r));
  const removed = was.roles.filter((r) => !now.roles.includes(r));
  if (added.length || removed.length) out.push({ field: 'roles', added, removed, direction: 'changed' });
  return out;
}

const opportunityOf = (t: OpportunityTuple) => ({ status: t[2], value: t[3], currency: t[4] });

/** What moved on the account since its last review, as of `today` (YYYY-MM-DD). */
export function sinceLastReview(account: Account, today: string, options: FindingOptions = {}): SinceLastReview {
  const last = lastRecorded(account.reviews);
  const now = { people: statePeople(account) };
  const open = openFindings(account, today, options);
  const since = last?.review.date ?? null;
  const actionsDone =
    since === null
      ? []
      : account.actions.filter(
          (a) => a.status === 'done' && a.statusDate !== '' && a.statusDate >= since && a.statusDate <= today,
        );
  const actionsOverdue = account.actions.filter(
    (a) => a.status === 'open' && a.due !== '' && a.due < today && (since === null || a.due >= since),
  );
  if (!last) {
    return {
      last: null,
      joined: [],
      left: [],
      moved: [],
      newRisks: open,
      resolvedRisks: [],
      actionsDone,
      actionsOverdue,
      opportunities: [],
    };
  }
  const joined: PersonState[] = [];
  const moved: PersonMoves[] = [];
  for (const person of Object.values(now.people)) {
    const was = last.people.get(person.id);
    if (!was) joined.push(person);
    else {
      const moves = movesOf(was, person);
      if (moves.length) moved.push({ person, moves });
    }
  }
  const left = [...last.people.values()].filter((p) => !(p.id in now.people));
  const newRisks = open.filter((f) => !last.risks.has(findingKey(f)));
  const openKeys = new Set(open.map(findingKey));
  const resolvedRisks = [...last.risks].filter((k) => !openKeys.has(k)).map((key) => resolvedRisk(key, last.people));
  const opportunities: OpportunityChange[] = [];
  const before = new Map(last.opportunities.map((t) => [t[0], t]));
  for (const o of account.opportunities) {
    const was = before.get(o.id);
    const to = { status: o.status, value: o.budget.amount, currency: o.budget.currency };
    if (!was) opportunities.push({ id: o.id, name: o.name, from: null, to });
    else if (was[2] !== to.status || was[3] !== to.value || was[4] !== to.currency)
      opportunities.push({ id: o.id, name: o.name, from: opportunityOf(was), to });
  }
  const current = new Set(account.opportunities.map((o) => o.id));
  for (const t of last.opportunities)
    if (!current.has(t[0])) opportunities.push({ id: t[0], name: t[1], from: opportunityOf(t), to: null });
  return {
    last: { id: last.review.id, date: last.review.date },
    joined,
    left,
    moved,
    newRisks,
    resolvedRisks,
    actionsDone,
    actionsOverdue,
    opportunities,
  };
}

/** A finding's key read back: its kind is what comes before the first "-", its person the id after it when the review knew one. */
function resolvedRisk(key: string, people: ReadonlyMap<string, PersonState>): ResolvedRisk {
  const [kind = key, ...rest] = key.split('-');
  // An id may itself hold "-": the longest run of the key's parts that names a recorded person.
  for (let n = rest.length; n > 0; n--) {
    const person = people.get(rest.slice(0, n).join('-'));
    if (person) return { key, kind, person };
  }
  return { key, kind, person: null };
}

/** Whether nothing at all moved (the screen says so instead of empty groups). */
export const nothingMoved = (s: SinceLastReview): boolean =>
  !s.joined.length &&
  !s.left.length &&
  !s.moved.length &&
  !s.newRisks.length &&
  !s.resolvedRisks.length &&
  !s.actionsDone.length &&
  !s.actionsOverdue.length &&
  !s.opportunities.length;

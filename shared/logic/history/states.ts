import type { Account } from '../../model/account';
import type { Person } from '../../model/person';
import type { Attitude, BuyingRole, LeaningKind, RelationshipStage } from '../../taxonomy/keys';
import { openFindings, type FindingOptions } from '../coverage';
import { asAccountState, recordedStates } from './review-record';

// The account over time (issue 18) as one list of dated states, oldest first: what the trends,
// the as-of view and "since the last review" read. Reviews add their recorded states; the last
// state is always the account as it is now.

/** What is compared of one person from one state to the next. */
export interface PersonState {
  id: string;
  /** Kept so a state names people since deleted from the chart. */
  name: string;
  title: string;
  departmentId: string | null;
  attitude: Attitude;
  influence: number;
  stage: RelationshipStage;
  roles: BuyingRole[];
  keyPerson: boolean;
  leaning: { kind: LeaningKind; competitorId: string | null; strength: number | null };
  /** The closest any member of our team is to them (1–5), null when nobody covers them. */
  closeness: number | null;
}

export interface AccountState {
  date: string;
  /** Where the state comes from: a review (its id) or the account now. */
  source: { kind: 'review'; id: string } | { kind: 'now' };
  people: Record<string, PersonState>;
  /** Open findings then (null when not known for that date). */
  openRisks: number | null;
}

export function stateOfPerson(p: Person): PersonState {
  const closest = p.relationship.coverage.reduce<number | null>(
    (m, c) => (m === null || c.closeness > m ? c.closeness : m),
    null,
  );
  return {
    id: p.id,
    name: p.name,
    title: p.title,
    departmentId: p.departmentId,
    attitude: p.attitude,
    influence: p.influence,
    stage: p.relationship.stage,
    roles: [...p.roles],
    keyPerson: p.keyPerson,
    leaning: { kind: p.leaning.kind, competitorId: p.leaning.competitorId, strength: p.leaning.strength },
    closeness: closest,
  };
}

/** The account as it is on `today`. Placeholders (a post known before its holder) are not people yet. */
export function stateNow(account: Account, today: string, options: FindingOptions = {}): AccountState {
  return {
    date: today,
    source: { kind: 'now' },
    people: statePeople(account),
    openRisks: openFindings(account, today, options).length,
  };
}

/** The people of the account now, by id (its placeholders left out). */
export function statePeople(account: Account): Record<string, PersonState> {
  const people: Record<string, PersonState> = {};
  for (const p of account.people) if (!p.placeholder) people[p.id] = stateOfPerson(p);
  return people;
}

/**
 * Every known state of the account, oldest first, ending with now: each review's recorded state
 * (read back from the changes it stores) in the order the reviews were made, then the account today.
 */
export function statesOverTime(account: Account, today: string, options: FindingOptions = {}): AccountState[] {
  return [...recordedStates(account.reviews).map(asAccountState), stateNow(account, today, options)];
}

import { z } from 'zod';
import type { Account } from '../../model/account';
import type { Person } from '../../model/person';
import { SUCCESSION_EARLIEST } from '../../model/succession';
import type { RelationshipStage } from '../../taxonomy/keys';
import { statesOverTime, type AccountState, type PersonState } from '../history/states';
import { postHistory, tenureOn } from './posts';

// The chart as of a past date (issue 18): every card shows who held its post then (from the
// successions), with their attitude then (the latest recorded state on or before the date, from
// statesOverTime) and their stage then (from their relationship history). Read-only: the account
// answered is for showing, never for saving.

/** What a card shows on the date. */
export type CardThen =
  | { kind: 'holder'; personId: string; former: boolean }
  /** The post was vacant on the date. */
  | { kind: 'vacant' };

export interface ChartAsOf {
  date: string;
  /** The account to draw: the same cards, lines and places, each card holding who held it then. */
  account: Account;
  /** Per card id, what it shows; only cards whose holder or state then differs from now are listed. */
  cards: Map<string, CardThen>;
}

export type AsOfRefusal = 'dateMissing' | 'dateTooEarly' | 'dateInFuture';

/** The stage a person was at on `date`, from their stage history (the stage now when there is none). */
export function stageOn(person: Pick<Person, 'relationship'>, date: string): RelationshipStage {
  const history = [...person.relationship.history]
    .filter((h) => h.date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (history.length === 0) return person.relationship.stage;
  let stage: RelationshipStage = history[0]!.from ?? 'initial';
  for (const h of history) if (h.date <= date) stage = h.to;
  return stage;
}

/** The latest state of `personId` on or before `date`, or null when none was recorded by then. */
export function stateOn(states: readonly AccountState[], personId: string, date: string): PersonState | null {
  let found: PersonState | null = null;
  for (const s of states) {
    if (s.date > date) break; // oldest first
    found = s.people[personId] ?? found;
  }
  return found;
}

export function asOfRefusal(date: string, today: string): AsOfRefusal | null {
  if (!z.iso.date().safeParse(date).success) return 'dateMissing';
  if (date < SUCCESSION_EARLIEST) return 'dateTooEarly';
  if (date > today) return 'dateInFuture';
  return null;
}

/** The chart on `date` (a day before `today`). Refused with a reason for a date out of range. */
export function chartAsOf(account: Account, date: string, today: string): ChartAsOf | { refusal: AsOfRefusal } {
  const refusal = asOfRefusal(date, today);
  if (refusal) return { refusal };
  const states = statesOverTime(account, today);
  const cards = new Map<string, CardThen>();
  const people = account.people.map((card) => {
    const then = tenureOn(postHistory(account, card.id), date);
    if (!then || !then.person) {
      if (card.placeholder && then === null) return card; // a placeholder with no story: as drawn
      cards.set(card.id, { kind: 'vacant' });
      return { ...card, name: '', alternateName: '', placeholder: true, attitude: 'unknown' as const };
    }
    const holder = then.person;
    // A state recorded by then wins; without one, the record as we have it (for a former person: as they left).
    const state = stateOn(states, holder.id, date);
    const shown: Person = {
      ...holder,
      id: card.id,
      attitude: state?.attitude ?? holder.attitude,
      influence: state?.influence ?? holder.influence,
      relationship: { ...holder.relationship, stage: stageOn(holder, date) },
    };
    if (
      holder.id !== card.id ||
      shown.attitude !== card.attitude ||
      shown.relationship.stage !== card.relationship.stage ||
      shown.influence !== card.influence
    ) {
      cards.set(card.id, { kind: 'holder', personId: holder.id, former: then.former });
    }
    return shown;
  });
  return { date, account: { ...account, people }, cards };
}

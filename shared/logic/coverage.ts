import type { Account } from '../model/account';
import type { Person } from '../model/person';
import { daysBetween, windowAhead } from './dates';
import { tripInWindow } from './itinerary/trips';
import {
  BUYING_ROLES,
  CUSTOMER_TYPES,
  DECISION_QUESTIONS,
  RELATIONSHIP_STAGES,
  type BuyingRole,
  type CustomerType,
  type DecisionQuestion,
  type RelationshipStage,
} from '../taxonomy/keys';

/** Days without contact before a key person counts as gone quiet. */
export const SILENT_DAYS = 30;
/** How far ahead a key person's trips are flagged. */
export const TRAVEL_AHEAD_DAYS = 14;
/** Influence from which an opponent is a risk. */
export const STRONG_INFLUENCE = 4;

/**
 * One gap or risk on an account (DOMAIN.md: cover every role, answer the five questions, get close
 * to the people who decide). Each names the person, opportunity or role that fixes it.
 */
export type Finding =
  /** Nobody holds this buying role; `placeholders` are known-but-unnamed people expected to. */
  | { kind: 'roleUncovered'; role: BuyingRole; placeholders: string[] }
  | { kind: 'typeUncovered'; customerType: CustomerType; placeholders: string[] }
  | { kind: 'questionUnanswered'; opportunityId: string; question: DecisionQuestion }
  /** A decision maker or influencer we are not yet familiar with. */
  | { kind: 'keyRoleDistant'; personId: string; roles: BuyingRole[]; stage: RelationshipStage }
  | { kind: 'strongOpponent'; personId: string; influence: number }
  /** A key person not contacted for SILENT_DAYS days (`lastContact` '' when never). */
  | { kind: 'keyPersonSilent'; personId: string; lastContact: string; days: number | null }
  /** Fewer than two people at "trust" or closer: one departure loses the account. */
  | { kind: 'singleThreaded'; trusted: string[] }
  | { kind: 'keyPersonTravelling'; personId: string; tripId: string; from: string; to: string; city: string };

// Kept importable from here, where it was first written.
export { daysBetween };

const stageIndex = (s: RelationshipStage) => RELATIONSHIP_STAGES.indexOf(s);

/**
 * The date of a person's latest activity up to `today`, or '' if none is recorded. (A dated plan
 * in the log is not a contact yet.)
 */
export function lastContactOf(person: Pick<Person, 'activities'>, today: string): string {
  let last = '';
  for (const a of person.activities) if (a.date > last && a.date <= today) last = a.date;
  return last;
}

/**
 * Every gap and risk on the account as of `today` (YYYY-MM-DD), in a stable order: coverage of
 * roles and customer types, open opportunities' questions, then people in chart order.
 */
export function findings(account: Account, today: string): Finding[] {
  const out: Finding[] = [];
  const named = account.people.filter((p) => !p.placeholder);
  const placeholders = account.people.filter((p) => p.placeholder);

  for (const role of BUYING_ROLES) {
    if (named.some((p) => p.roles.includes(role))) continue;
    out.push({ kind: 'roleUncovered', role, placeholders: placeholders.filter((p) => p.roles.includes(role)).map((p) => p.id) });
  }
  for (const customerType of CUSTOMER_TYPES) {
    if (named.some((p) => p.customerType === customerType)) continue;
    out.push({ kind: 'typeUncovered', customerType, placeholders: placeholders.filter((p) => p.customerType === customerType).map((p) => p.id) });
  }
  const people = new Set(named.map((p) => p.id));
  for (const o of account.opportunities) {
    if (o.status !== 'open') continue;
    for (const question of DECISION_QUESTIONS) {
      // An answer naming only people since deleted (or placeholders) is no answer.
      if (!o.decisions[question].some((id) => people.has(id))) out.push({ kind: 'questionUnanswered', opportunityId: o.id, question });
    }
  }

  const familiar = stageIndex('familiar');
  // Trips under way today or starting within the next TRAVEL_AHEAD_DAYS days (the notebook's rule).
  const ahead = windowAhead(today, TRAVEL_AHEAD_DAYS);
  const trusted: string[] = [];
  for (const p of named) {
    const stage = p.relationship.stage;
    if (stageIndex(stage) >= stageIndex('trust')) trusted.push(p.id);
    const keyRoles = p.roles.filter((r): r is BuyingRole => r === 'decisionMaker' || r === 'influencer');
    if (keyRoles.length && stageIndex(stage) < familiar) out.push({ kind: 'keyRoleDistant', personId: p.id, roles: keyRoles, stage });
    if (p.attitude === 'opponent' && p.influence >= STRONG_INFLUENCE) out.push({ kind: 'strongOpponent', personId: p.id, influence: p.influence });
    if (!p.keyPerson) continue;
    const last = lastContactOf(p, today);
    const days = last ? daysBetween(last, today) : null;
    if (days === null || days >= SILENT_DAYS) out.push({ kind: 'keyPersonSilent', personId: p.id, lastContact: last, days });
    for (const trip of p.itinerary) {
      if (!tripInWindow(trip, ahead)) continue;
      out.push({ kind: 'keyPersonTravelling', personId: p.id, tripId: trip.id, from: trip.from, to: trip.to, city: trip.city });
    }
  }
  if (named.length && trusted.length < 2) out.push({ kind: 'singleThreaded', trusted });
  return out;
}

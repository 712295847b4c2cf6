import type { Account, SetAsideFinding } from '../model/account';
import type { Person } from '../model/person';
import { daysBetween, windowAhead } from './dates';
import { tripInWindow } from './itinerary/trips';
import { planFindings } from './plan/findings';
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
/** Days after which a motive analysis not marked reviewed is stale (Settings can change it). */
export const STALE_MOTIVE_DAYS = 90;

/** What the workspace's settings change of the findings. */
export interface FindingOptions {
  /** Days after which a key person's motive analysis is stale (STALE_MOTIVE_DAYS unless set). */
  staleMotiveDays?: number;
}

/** Days a new holder of a key post counts as new: their motives need a fresh look (issue 18). */
export const NEW_INCUMBENT_DAYS = 90;
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
  | { kind: 'keyPersonTravelling'; personId: string; tripId: string; from: string; to: string; city: string }
  /** A decision maker or key person two or more stages below their target, with no open action for them. */
  | { kind: 'relationshipGap'; personId: string; stage: RelationshipStage; target: RelationshipStage; by: string }
  /** A key person no open action serves. */
  | { kind: 'keyPersonNoAction'; personId: string }
  /** An open action past its due date. */
  | { kind: 'actionOverdue'; actionId: string; due: string }
  /** A decision maker leaning to a competitor (strength 1–3, null when not judged). */
  | { kind: 'leansToCompetitor'; personId: string; competitorId: string; strength: number | null }
  /** A criterion weighted 4 or 5 on which a competitor scores above us (or we are not scored). */
  | { kind: 'criterionBehind'; opportunityId: string; criterionId: string; competitorId: string; weight: number; ours: number | null; theirs: number }
  /** A key person's motive analysis last marked reviewed `days` ago, more than the settings allow. */
  | { kind: 'motivesStale'; personId: string; reviewedOn: string; days: number }
  /** A key post filled under NEW_INCUMBENT_DAYS days ago: re-check the new holder's motives (the predecessor's suppliers may be at risk, or open). */
  | { kind: 'newIncumbent'; personId: string; predecessorId: string; since: string; days: number };

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
export function findings(account: Account, today: string, options: FindingOptions = {}): Finding[] {
  const staleDays = options.staleMotiveDays ?? STALE_MOTIVE_DAYS;
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
  const travelling: (Finding & { kind: 'keyPersonTravelling' })[] = [];
  const silent: (Finding & { kind: 'keyPersonSilent' })[] = [];
  const stale: (Finding & { kind: 'motivesStale' })[] = [];
  for (const p of named) {
    const stage = p.relationship.stage;
    if (stageIndex(stage) >= stageIndex('trust')) trusted.push(p.id);
    const keyRoles = p.roles.filter((r): r is BuyingRole => r === 'decisionMaker' || r === 'influencer');
    if (keyRoles.length && stageIndex(stage) < familiar) out.push({ kind: 'keyRoleDistant', personId: p.id, roles: keyRoles, stage });
    if (p.attitude === 'opponent' && p.influence >= STRONG_INFLUENCE) out.push({ kind: 'strongOpponent', personId: p.id, influence: p.influence });
    if (!p.keyPerson) continue;
    const last = lastContactOf(p, today);
    const days = last ? daysBetween(last, today) : null;
    if (days === null || days >= SILENT_DAYS) silent.push({ kind: 'keyPersonSilent', personId: p.id, lastContact: last, days });
    // Only an analysis with a review date can age: one never marked reviewed has no date to age from
    // (and files made before issue 18 have none), so it is not flagged as stale.
    const reviewedOn = p.motives.reviewedOn;
    if (reviewedOn && reviewedOn <= today) {
      const age = daysBetween(reviewedOn, today);
      if (age > staleDays) stale.push({ kind: 'motivesStale', personId: p.id, reviewedOn, days: age });
    }
    for (const trip of p.itinerary) {
      // A trip just added and not yet filled in (no city, no place) is nobody's journey yet.
      if (!tripInWindow(trip, ahead) || !(trip.city.trim() || trip.place.trim())) continue;
      travelling.push({ kind: 'keyPersonTravelling', personId: p.id, tripId: trip.id, from: trip.from, to: trip.to, city: trip.city });
    }
  }
  // Where a finding has a date, by date: the longest silence first (never contacted before all),
  // trips by the day they start.
  silent.sort((a, b) => a.lastContact.localeCompare(b.lastContact));
  travelling.sort((a, b) => a.from.localeCompare(b.from));
  const thread: Finding[] = named.length && trusted.length < 2 ? [{ kind: 'singleThreaded', trusted }] : [];
  stale.sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn));
  return [...out, ...newIncumbents(account, today), ...silent, ...stale, ...thread, ...planFindings(account, today), ...travelling];
}

/** Key posts whose holder took them under NEW_INCUMBENT_DAYS days ago, the newest first. */
function newIncumbents(account: Account, today: string): Finding[] {
  const out: (Finding & { kind: 'newIncumbent' })[] = [];
  if (!account.successions.length) return out;
  const byId = new Map(account.people.map((p) => [p.id, p]));
  for (const s of account.successions) {
    if (!s.successorSince) continue;
    const holder = byId.get(s.postId);
    if (!holder || holder.placeholder || !holder.keyPerson) continue;
    const days = daysBetween(s.successorSince, today);
    if (days >= 0 && days < NEW_INCUMBENT_DAYS) out.push({ kind: 'newIncumbent', personId: holder.id, predecessorId: s.id, since: s.successorSince, days });
  }
  return out.sort((a, b) => b.since.localeCompare(a.since));
}

/**
 * A finding's stable key: its kind and what it is about ("roleUncovered-customersCustomer",
 * "keyPersonTravelling-p_1-t_2"). A finding set aside is kept with the account by this key.
 */
export function findingKey(f: Finding): string {
  switch (f.kind) {
    case 'roleUncovered':
      return `roleUncovered-${f.role}`;
    case 'typeUncovered':
      return `typeUncovered-${f.customerType}`;
    case 'questionUnanswered':
      return `questionUnanswered-${f.opportunityId}-${f.question}`;
    case 'keyRoleDistant':
    case 'strongOpponent':
    case 'keyPersonSilent':
      return `${f.kind}-${f.personId}`;
    case 'singleThreaded':
      return 'singleThreaded';
    case 'keyPersonTravelling':
      return `keyPersonTravelling-${f.personId}-${f.tripId}`;
    case 'relationshipGap':
    case 'keyPersonNoAction':
    case 'leansToCompetitor':
    case 'motivesStale':
      return `${f.kind}-${f.personId}`;
    case 'actionOverdue':
      return `actionOverdue-${f.actionId}`;
    case 'newIncumbent':
      return `newIncumbent-${f.personId}-${f.predecessorId}`;
    case 'criterionBehind':
      return `criterionBehind-${f.opportunityId}-${f.criterionId}-${f.competitorId}`;
  }
}

/** An account with nobody drawn on it yet: every gap would show; it gets a list of first steps instead. */
export const isUnstarted = (account: Pick<Account, 'people'>): boolean => !account.people.some((p) => !p.placeholder);

/**
 * The gaps and risks the rep works on: every finding less those set aside; none for an account
 * nobody is drawn on yet. Travel in the order trips start.
 */
export function openFindings(account: Account, today: string, options: FindingOptions = {}): Finding[] {
  if (isUnstarted(account)) return [];
  const aside = new Set(account.setAside.map((s) => s.id));
  return findings(account, today, options).filter((f) => !aside.has(findingKey(f)));
}

/** The findings present now that the rep set aside, each with its entry (reason, date). */
export function setAsideFindings(
  account: Account,
  today: string,
  options: FindingOptions = {},
): { finding: Finding; entry: SetAsideFinding }[] {
  // Nothing set aside (the usual case): no second pass over the findings the open list has made.
  if (!account.setAside.length) return [];
  const entries = new Map(account.setAside.map((s) => [s.id, s]));
  return findings(account, today, options).flatMap((finding) => {
    const entry = entries.get(findingKey(finding));
    return entry ? [{ finding, entry }] : [];
  });
}

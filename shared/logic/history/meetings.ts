import type { Account } from '../../model/account';
import type { DebriefRow } from '../../model/debrief-list';
import type { Meeting, LeaningValue, DebriefChanges } from '../../model/meeting';
import type { Activity, Person } from '../../model/person';
import type { ActivityKind, Attitude, MeetingOutcome, RelationshipStage } from '../../taxonomy/keys';

// Meetings planned from a person's panel and their debriefs (issue 18). Pure: "today" is passed in.

/** Whether a meeting is with a person: planned from their panel, or with them among the attendees. */
export const isWith = (m: Meeting, personId: string): boolean => m.personId === personId || m.personIds.includes(personId);

/**
 * The next meeting with a person not yet debriefed, from today on (the earliest); null when none.
 * `plannedFor`: only a meeting planned from their panel, not one they merely attend.
 */
export function nextMeetingWith(
  account: Pick<Account, 'meetings'>,
  personId: string,
  today: string,
  options: { plannedFor?: boolean } = {},
): Meeting | null {
  let next: Meeting | null = null;
  for (const m of account.meetings) {
    if (m.debrief || m.date < today || !(options.plannedFor ? m.personId === personId : isWith(m, personId))) continue;
    if (!next || m.date < next.date) next = m;
  }
  return next;
}

/** Meetings whose day has passed without a debrief, oldest first: what the home screen and the panel ask about. */
export function debriefsDue(account: Pick<Account, 'meetings'>, today: string): Meeting[] {
  return account.meetings
    .filter((m) => !m.debrief && m.date < today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether a meeting can be debriefed today: its day has come. */
export const canDebrief = (m: Meeting, today: string): boolean => m.date <= today;

export interface DebriefInput {
  outcome: MeetingOutcome | null;
  notes: string;
  learned: string;
  why: string;
  /** The new values on the meeting's person; null (or the value they have) leaves it. */
  stage: RelationshipStage | null;
  attitude: Attitude | null;
  leaning: LeaningValue | null;
  /** The id of the activity the debrief writes. */
  activityId: string;
  /** How the meeting took place (a visit unless said: a call, a meal, a site visit…). */
  activityKind?: ActivityKind;
  /** The activity's summary line when no notes were written (the meeting's objective, worded by the page). */
  activitySummary: string;
  today: string;
}

export type DebriefResult =
  { ok: true; person: Person; meetings: Meeting[] } | { ok: false; reason: 'noMeeting' | 'noPerson' | 'notYet' | 'whyRequired' };

const sameLeaning = (a: LeaningValue, b: LeaningValue) =>
  a.kind === b.kind && (a.kind !== 'competitor' || a.competitorId === b.competitorId);

/**
 * A debrief as one edit: the meeting's debrief, the activity on the person's log, and the stage
 * (into the relationship history, with its why), attitude and leaning (its evidence the why)
 * moved. Anything moved needs a why. The page applies both records as one patch: one undo step.
 */
export function applyDebrief(account: Account, meetingId: string, input: DebriefInput): DebriefResult {
  const meeting = account.meetings.find((m) => m.id === meetingId);
  if (!meeting) return { ok: false, reason: 'noMeeting' };
  const person = account.people.find((p) => p.id === meeting.personId);
  if (!person) return { ok: false, reason: 'noPerson' };
  if (!canDebrief(meeting, input.today)) return { ok: false, reason: 'notYet' };
  const was: LeaningValue = {
    kind: person.leaning.kind,
    competitorId: person.leaning.kind === 'competitor' ? person.leaning.competitorId : null,
  };
  const changes: DebriefChanges = {
    stage: input.stage && input.stage !== person.relationship.stage ? { from: person.relationship.stage, to: input.stage } : null,
    attitude: input.attitude && input.attitude !== person.attitude ? { from: person.attitude, to: input.attitude } : null,
    leaning: input.leaning && !sameLeaning(input.leaning, was) ? { from: was, to: input.leaning } : null,
  };
  const why = input.why.trim();
  if ((changes.stage || changes.attitude || changes.leaning) && !why) return { ok: false, reason: 'whyRequired' };
  const summary = [input.notes.trim(), input.learned.trim()].filter(Boolean).join('\n\n') || input.activitySummary;
  const activity: Activity = {
    id: input.activityId,
    date: meeting.date,
    kind: input.activityKind ?? 'visit',
    summary,
    memberIds: [...meeting.memberIds],
    actionId: null,
  };
  const next: Person = {
    ...person,
    attitude: changes.attitude ? changes.attitude.to : person.attitude,
    leaning: changes.leaning
      ? { ...person.leaning, kind: changes.leaning.to.kind, competitorId: changes.leaning.to.competitorId, evidence: why }
      : person.leaning,
    relationship: changes.stage
      ? {
          ...person.relationship,
          stage: changes.stage.to,
          // The change happened at the meeting: dated on its day.
          history: [...person.relationship.history, { date: meeting.date, from: changes.stage.from, to: changes.stage.to, why }],
        }
      : person.relationship,
    activities: [...person.activities, activity],
  };
  const debriefed: Meeting = {
    ...meeting,
    debrief: {
      date: input.today,
      outcome: input.outcome,
      changes,
      notes: input.notes,
      learned: input.learned,
      why,
      activityId: activity.id,
    },
  };
  return { ok: true, person: next, meetings: account.meetings.map((m) => (m.id === meetingId ? debriefed : m)) };
}

/** Meetings due a debrief across accounts, oldest first, at most `limit` rows (total counts them all). */
export function listDebriefsDue(
  accounts: readonly Account[],
  today: string,
  limit: number,
): { rows: DebriefRow[]; total: number } {
  const rows: DebriefRow[] = [];
  for (const a of accounts)
    for (const m of debriefsDue(a, today))
      rows.push({
        accountId: a.id,
        accountName: a.name,
        meetingId: m.id,
        date: m.date,
        personId: m.personId,
        personName: a.people.find((p) => p.id === m.personId)?.name ?? null,
      });
  rows.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { rows: rows.slice(0, limit), total: rows.length };
}

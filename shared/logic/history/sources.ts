import type { Account } from '../../model/account';
import type { TimelineEntry, TimelineSource } from './timeline';

// The timeline's sources of issue 18's part C: client moves, meetings (with their debriefs) and
// the relationship stage changes of people's histories. Each entry points at its record; the
// screen formats it from there.

export const clientMoveSource: TimelineSource = (account) =>
  account.clientMoves.map((m) => ({ date: m.date, kind: 'clientMove', id: m.id, personIds: [...m.personIds] }));

/** A meeting is one entry on its date, planned or debriefed; its person first, then their other attendees. */
export const meetingSource: TimelineSource = (account) =>
  account.meetings.map((m) => ({
    date: m.date,
    kind: 'meeting',
    id: m.id,
    personIds: [m.personId, ...m.personIds.filter((id) => id !== m.personId)],
  }));

/** Every dated stage change of every person; the id is the person's and the change's index (`p_1#3`). */
export const stageChangeSource: TimelineSource = (account) =>
  account.people.flatMap((p) =>
    p.relationship.history.flatMap((h, i): TimelineEntry[] =>
      h.date ? [{ date: h.date, kind: 'stageChange', id: `${p.id}#${i}`, personIds: [p.id] }] : [],
    ),
  );

/** The stage change a `p_1#3` id names, with its person; null when it is no longer there. */
export function stageChangeOf(account: Account, id: string) {
  const at = id.lastIndexOf('#');
  const person = account.people.find((p) => p.id === id.slice(0, at));
  const change = person?.relationship.history[Number(id.slice(at + 1))];
  return person && change ? { person, change } : null;
}

/** A review of the account is one entry on its date; it concerns the whole account, nobody in particular. */
export const reviewSource: TimelineSource = (account) =>
  account.reviews.map((r) => ({ date: r.date, kind: 'review', id: r.id, personIds: [] }));

/** Client moves, meetings and stage changes, in the order the same day lists them. */
export const PART_C_SOURCES: readonly TimelineSource[] = [clientMoveSource, meetingSource, stageChangeSource];

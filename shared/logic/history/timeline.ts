import type { Account } from '../../model/account';

// The account's timeline (issue 18): reviews, client moves, successions, meetings and stage
// changes on one dated list. Each part of the account over time contributes a source; the screen
// formats each kind from its own record, so an entry carries only what finds and orders it.

export type TimelineKind = 'review' | 'clientMove' | 'succession' | 'meeting' | 'stageChange';

export interface TimelineEntry {
  /** YYYY-MM-DD. */
  date: string;
  kind: TimelineKind;
  /** The record's id (for a stage change: the person's id and the change's index, `p_1#3`). */
  id: string;
  /** The people it concerns, for filtering by person. */
  personIds: string[];
}

export type TimelineSource = (account: Account) => TimelineEntry[];

/** Every source's entries, newest first; the same day keeps the sources' order. */
export function accountTimeline(account: Account, sources: readonly TimelineSource[]): TimelineEntry[] {
  const all = sources.flatMap((source, order) => source(account).map((entry) => ({ entry, order })));
  all.sort((a, b) => (a.entry.date === b.entry.date ? a.order - b.order : a.entry.date < b.entry.date ? 1 : -1));
  return all.map((x) => x.entry);
}

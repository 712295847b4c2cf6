import type { SearchGroup } from '../../../../shared/logic/search/fields';
import type { SearchGroupResult, SearchHit, SearchResults } from '../../../../shared/ipc/search';

/** Hits shown per group until the group is opened up. */
export const PALETTE_LIMIT = 6;

/** A row the arrow keys reach: a hit, or a group's "N more" (Enter shows them). */
export type Item =
  | { key: string; kind: 'hit'; hit: SearchHit }
  | { key: string; kind: 'more'; group: SearchGroup; count: number; capped: boolean };

export interface ShownGroup {
  result: SearchGroupResult;
  items: Item[];
  /** Matches past what can be shown even opened up: the query needs narrowing. */
  narrow: boolean;
}

export const hitKey = (g: SearchGroup, h: SearchHit) => `${g}/${h.accountId}/${h.person?.id ?? ''}/${h.field}`;

/** The groups as shown: a few hits each, all the answer holds for an opened-up group. */
export function shownGroups(results: SearchResults, opened: ReadonlySet<SearchGroup>): ShownGroup[] {
  return results.groups.map((result) => {
    const open = opened.has(result.group);
    const hits = open ? result.hits : result.hits.slice(0, PALETTE_LIMIT);
    const items: Item[] = hits.map((hit) => ({ key: hitKey(result.group, hit), kind: 'hit', hit }));
    const more = result.total - hits.length;
    if (!open && more > 0)
      items.push({ key: `more/${result.group}`, kind: 'more', group: result.group, count: more, capped: result.capped });
    return { result, items, narrow: result.capped || (open && result.total > result.hits.length) };
  });
}

import { leaningOf } from '../../../../shared/logic/plan/people';
import type { Competitor } from '../../../../shared/model/account';
import type { Person } from '../../../../shared/model/person';

/**
 * What a card's leaning badge shows: us, a competitor by its mark (see competitorMarks) and name,
 * or a competitor since removed from the account. Null when the person leans to nobody or it is
 * not known: no badge.
 */
export type LeaningBadge =
  | { kind: 'us'; strength: number | null }
  | { kind: 'competitor'; mark: string; name: string; strength: number | null }
  | { kind: 'removed'; strength: number | null };

export function leaningBadge(
  p: Person,
  competitors: readonly Competitor[],
  marks: ReadonlyMap<string, string>,
): LeaningBadge | null {
  const view = leaningOf(p, competitors);
  switch (view.kind) {
    case 'unknown':
    case 'none':
      return null;
    case 'us':
      return { kind: 'us', strength: view.strength };
    case 'competitor':
      return view.competitor
        ? { kind: 'competitor', mark: marks.get(view.competitor.id) ?? '?', name: view.competitor.name, strength: view.strength }
        : { kind: 'removed', strength: view.strength };
  }
}

/** Whether two badges draw the same (a card is re-rendered only when its badge changes). */
export const sameBadge = (a: LeaningBadge | null, b: LeaningBadge | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.kind === b.kind &&
    a.strength === b.strength &&
    (a.kind !== 'competitor' || (b.kind === 'competitor' && a.mark === b.mark && a.name === b.name)));

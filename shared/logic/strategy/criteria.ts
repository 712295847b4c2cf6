import type { Account, Competitor, Opportunity } from '../../model/account';
import type { Person } from '../../model/person';
import { CRITERIA_MAX, Criterion, type CompetitorScore, type Score, type WinTheme } from '../../model/strategy';

/** How many win themes an opportunity holds (the schema's limit, named in the refusal). */
export const THEMES_MAX = 100;

/** The competitors in play on an opportunity, in the account's order; ids of removed ones are left out. */
export function competitorsInPlay(account: Pick<Account, 'competitors'>, opportunity: Pick<Opportunity, 'competitorIds'>): Competitor[] {
  return account.competitors.filter((c) => opportunity.competitorIds.includes(c.id));
}

/** A competitor's score on a criterion (empty when none was given). */
export function theirScore(criterion: Criterion, competitorId: string): Score {
  return criterion.theirs.find((s) => s.id === competitorId) ?? { score: null, note: '' };
}

/** The criterion with one competitor's score replaced (added when it had none), the others kept. */
export function withTheirScore(criterion: Criterion, competitorId: string, change: Partial<Score>): Criterion {
  const had = criterion.theirs.some((s) => s.id === competitorId);
  const theirs: CompetitorScore[] = had
    ? criterion.theirs.map((s) => (s.id === competitorId ? { ...s, ...change } : s))
    : [...criterion.theirs, { id: competitorId, score: null, note: '', ...change }];
  return { ...criterion, theirs };
}

/**
 * A vendor's weighted score over an opportunity's criteria: the mean of its scores weighted by each
 * criterion's weight, over the criteria it is scored on; null when it is scored on none.
 * `vendor` is 'ours' or a competitor's id.
 * @example weightedScore([{weight: 5, ours: {score: 4}}, {weight: 1, ours: {score: 1}}], 'ours') // { score: 3.5, scored: 2, of: 2 }
 */
export function weightedScore(criteria: readonly Criterion[], vendor: 'ours' | string): { score: number | null; scored: number; of: number } {
  let sum = 0;
  let weights = 0;
  let scored = 0;
  for (const c of criteria) {
    const s = vendor === 'ours' ? c.ours.score : theirScore(c, vendor).score;
    if (s === null) continue;
    sum += s * c.weight;
    weights += c.weight;
    scored++;
  }
  return { score: weights ? sum / weights : null, scored, of: criteria.length };
}

/** Whether one more criterion fits on the opportunity (the refusal names CRITERIA_MAX). */
export const canAddCriterion = (o: Pick<Opportunity, 'criteria'>): boolean => o.criteria.length < CRITERIA_MAX;
/** Whether one more win theme fits on the opportunity (the refusal names THEMES_MAX). */
export const canAddTheme = (o: Pick<Opportunity, 'themes'>): boolean => o.themes.length < THEMES_MAX;

/** A new criterion with the default weight and no scores. */
export const newCriterion = (id: string, text = ''): Criterion => Criterion.parse({ id, text });

/** What a win theme is tied to (ties to removed criteria or people do not count), and what it still lacks. */
export interface ThemeTies {
  criteria: string[];
  people: string[];
  /** 'both' when tied to nothing yet; null when tied to at least one criterion and one person. */
  missing: 'criteria' | 'people' | 'both' | null;
}

export function themeTies(theme: WinTheme, opportunity: Pick<Opportunity, 'criteria'>, people: readonly Pick<Person, 'id'>[]): ThemeTies {
  const criteria = theme.criterionIds.filter((id) => opportunity.criteria.some((c) => c.id === id));
  const known = new Set(people.map((p) => p.id));
  const tied = theme.personIds.filter((id) => known.has(id));
  const missing = !criteria.length && !tied.length ? 'both' : !criteria.length ? 'criteria' : !tied.length ? 'people' : null;
  return { criteria, people: tied, missing };
}

/**
 * Removing a criterion from an opportunity, and everything that points at it: the opportunity's
 * themes no longer cite it and the people who cared about it no longer do (one edit, one undo step).
 * Returns the new opportunities and the people whose criteria changed.
 */
export function removeCriterion(account: Pick<Account, 'opportunities' | 'people'>, opportunityId: string, criterionId: string): { opportunities: Opportunity[]; people: Person[] } {
  const opportunities = account.opportunities.map((o) =>
    o.id !== opportunityId
      ? o
      : {
          ...o,
          criteria: o.criteria.filter((c) => c.id !== criterionId),
          themes: o.themes.map((t) => (t.criterionIds.includes(criterionId) ? { ...t, criterionIds: t.criterionIds.filter((id) => id !== criterionId) } : t)),
        },
  );
  const people = account.people.filter((p) => p.criteria.some((c) => c.id === criterionId)).map((p) => ({ ...p, criteria: p.criteria.filter((c) => c.id !== criterionId) }));
  return { opportunities, people };
}

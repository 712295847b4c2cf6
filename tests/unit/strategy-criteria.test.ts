import { describe, expect, it } from 'vitest';
import { canAddCriterion, canAddTheme, competitorsInPlay, removeCriterion, THEMES_MAX, theirScore, themeTies, weightedScore, withTheirScore } from '../../shared/logic/strategy/criteria';
import { criteriaMatrix, withPersonCriterion } from '../../shared/logic/strategy/matrix';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { CRITERIA_MAX } from '../../shared/model/strategy';

const stamp = '2026-11-23T10:00:00.000Z';

/** The keyboard case (seed 004): every editor defines "the best keyboard" differently. */
function newsroom(extra: Record<string, unknown> = {}) {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'news',
    name: 'News publisher',
    createdAt: stamp,
    updatedAt: stamp,
    competitors: [
      { id: 'ibm', name: 'IBM' },
      { id: 'blue', name: 'BlueMark' },
      { id: 'gone', name: 'Not in play' },
    ],
    opportunities: [
      {
        id: 'kb',
        name: 'Keyboards',
        competitorIds: ['ibm', 'blue', 'removed-long-ago'],
        criteria: [
          { id: 'crisp', text: 'Crisp keys', weight: 5, ours: { score: 4 }, theirs: [{ id: 'ibm', score: 5, note: 'the Model M' }] },
          { id: 'quiet', text: 'Quiet keys', weight: 3, ours: { score: 2 }, theirs: [{ id: 'ibm', score: 1 }] },
          { id: 'reliable', text: 'Reliability', weight: 2, ours: { score: null }, theirs: [] },
        ],
        themes: [
          { id: 't1', text: 'Two keyboards, one contract', criterionIds: ['crisp', 'quiet'], personIds: ['chief'] },
          { id: 't2', text: 'Nothing changes for the deputy', criterionIds: [], personIds: ['deputy'] },
          { id: 't3', text: 'Untied', criterionIds: ['no-such'], personIds: ['nobody'] },
        ],
      },
      { id: 'other', name: 'Monitors', criteria: [{ id: 'bright', text: 'Brightness' }] },
    ],
    people: [
      { id: 'chief', name: 'Editor-in-chief', roles: ['decisionMaker'], influence: 5, criteria: [{ id: 'crisp', priority: 3, good: 'whatever the editors agree on' }] },
      { id: 'crispy', name: 'Bo', influence: 2, criteria: [{ id: 'crisp', priority: 5, good: 'a click you can hear' }, { id: 'bright', priority: 2 }] },
      { id: 'quietly', name: 'An', influence: 2, criteria: [{ id: 'quiet', priority: 5, good: 'silent at night shifts' }] },
      { id: 'deputy', name: 'Deputy', influence: 4, keyPerson: true, criteria: [] },
      { id: 'cfo', name: 'the CFO', placeholder: true, criteria: [{ id: 'crisp', priority: 1 }] },
    ],
    ...extra,
  });
}

describe("an opportunity's decision criteria", () => {
  it('scores each vendor by the weighted mean of the criteria it is scored on', () => {
    const [o] = newsroom().opportunities;
    // Ours: (4×5 + 2×3) / (5 + 3) = 3.25 over 2 of 3; IBM: (5×5 + 1×3) / 8 = 3.5.
    expect(weightedScore(o!.criteria, 'ours')).toEqual({ score: 3.25, scored: 2, of: 3 });
    expect(weightedScore(o!.criteria, 'ibm')).toEqual({ score: 3.5, scored: 2, of: 3 });
    expect(weightedScore(o!.criteria, 'blue')).toEqual({ score: null, scored: 0, of: 3 });
    expect(weightedScore([], 'ours').score).toBeNull();
  });

  it('names the competitors in play that still exist, and reads and sets their scores by id', () => {
    const a = newsroom();
    const o = a.opportunities[0]!;
    expect(competitorsInPlay(a, o).map((c) => c.name)).toEqual(['IBM', 'BlueMark']);
    const crisp = o.criteria[0]!;
    expect(theirScore(crisp, 'ibm')).toEqual({ id: 'ibm', score: 5, note: 'the Model M' });
    expect(theirScore(crisp, 'blue')).toEqual({ score: null, note: '' });
    const scored = withTheirScore(crisp, 'blue', { score: 3 });
    expect(scored.theirs).toEqual([{ id: 'ibm', score: 5, note: 'the Model M' }, { id: 'blue', score: 3, note: '' }]);
    // Changing one competitor's note keeps its score and the others.
    expect(withTheirScore(scored, 'ibm', { note: 'loud' }).theirs).toEqual([{ id: 'ibm', score: 5, note: 'loud' }, { id: 'blue', score: 3, note: '' }]);
  });

  it('holds at most 100 criteria and 100 themes', () => {
    const o = newsroom().opportunities[0]!;
    expect(canAddCriterion(o)).toBe(true);
    const full = { criteria: Array.from({ length: CRITERIA_MAX }, (_, i) => ({ ...o.criteria[0]!, id: `c${i}` })) };
    expect(canAddCriterion(full)).toBe(false);
    expect(CRITERIA_MAX).toBe(100);
    expect(canAddTheme({ themes: Array.from({ length: THEMES_MAX }, () => o.themes[0]!) })).toBe(false);
  });

  it('says what a win theme still lacks: a criterion, a person, or both (removed ones do not count)', () => {
    const a = newsroom();
    const o = a.opportunities[0]!;
    expect(themeTies(o.themes[0]!, o, a.people)).toEqual({ criteria: ['crisp', 'quiet'], people: ['chief'], missing: null });
    expect(themeTies(o.themes[1]!, o, a.people).missing).toBe('criteria');
    expect(themeTies({ ...o.themes[0]!, personIds: [] }, o, a.people).missing).toBe('people');
    expect(themeTies(o.themes[2]!, o, a.people)).toEqual({ criteria: [], people: [], missing: 'both' });
  });

  it('removes a criterion with the themes that cite it and the people who cared about it, nothing else', () => {
    const a = newsroom();
    const { opportunities, people } = removeCriterion(a, 'kb', 'crisp');
    const kb = opportunities.find((o) => o.id === 'kb')!;
    expect(kb.criteria.map((c) => c.id)).toEqual(['quiet', 'reliable']);
    expect(kb.themes[0]!.criterionIds).toEqual(['quiet']);
    expect(kb.themes[1]).toBe(a.opportunities[0]!.themes[1]);
    expect(opportunities[1]).toBe(a.opportunities[1]);
    // Only the people who cared about it change; Bo keeps the monitors' brightness.
    expect(people.map((p) => p.id).sort()).toEqual(['cfo', 'chief', 'crispy']);
    expect(people.find((p) => p.id === 'crispy')!.criteria).toEqual([{ id: 'bright', priority: 2, good: '' }]);
  });
});

describe('the people × criteria matrix', () => {
  it('has a row for each person who cares about a criterion of the opportunity, deciders first, no placeholders', () => {
    const m = criteriaMatrix(newsroom(), 'kb', { lang: 'en' });
    expect(m.criteria.map((c) => c.id)).toEqual(['crisp', 'quiet', 'reliable']);
    expect(m.rows.map((r) => r.person.id)).toEqual(['chief', 'quietly', 'crispy']);
    expect(m.rows[2]!.cells.map((c) => c?.good ?? null)).toEqual(['a click you can hear', null, null]);
    expect(m.rows[2]!.cares).toBe(1);
    expect(m.carers).toEqual([2, 1, 0]);
    expect(m.indifferent).toBe(1);
  });

  it('lists everyone on request, those who care about none after the others', () => {
    const m = criteriaMatrix(newsroom(), 'kb', { everyone: true, lang: 'en' });
    expect(m.rows.map((r) => r.person.id)).toEqual(['chief', 'quietly', 'crispy', 'deputy']);
    expect(m.rows[3]!.cells).toEqual([null, null, null]);
  });

  it('is empty for an opportunity without criteria or one that is gone', () => {
    expect(criteriaMatrix(newsroom(), 'nope').rows).toEqual([]);
    const none = newsroom();
    expect(criteriaMatrix({ ...none, opportunities: [{ ...none.opportunities[0]!, criteria: [] }] }, 'kb').criteria).toEqual([]);
  });

  it('sets, adds and takes off what a person counts as good, refusing a 101st criterion', () => {
    const bo = newsroom().people.find((p) => p.id === 'crispy')!;
    const louder = withPersonCriterion(bo, 'crisp', { priority: 4 });
    expect(louder !== 'tooMany' && louder.criteria[0]).toEqual({ id: 'crisp', priority: 4, good: 'a click you can hear' });
    const added = withPersonCriterion(bo, 'quiet', { good: 'not too quiet' });
    expect(added !== 'tooMany' && added.criteria.at(-1)).toEqual({ id: 'quiet', priority: 3, good: 'not too quiet' });
    const off = withPersonCriterion(bo, 'crisp', null);
    expect(off !== 'tooMany' && off.criteria.map((c) => c.id)).toEqual(['bright']);
    expect(withPersonCriterion(bo, 'quiet', null)).toBe(bo);
    const busy = { ...bo, criteria: Array.from({ length: CRITERIA_MAX }, (_, i) => ({ id: `c${i}`, priority: 3, good: '' })) };
    expect(withPersonCriterion(busy, 'crisp', { priority: 5 })).toBe('tooMany');
  });
});

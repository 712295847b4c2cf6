import { describe, expect, it } from 'vitest';
import { reliabilityOf } from '../../shared/logic/reliability';
import { Person } from '../../shared/model/person';

const TODAY = '2026-11-23';
const visit = (id: string, date: string) => ({ id, date, kind: 'visit' });

describe('how reliable a relationship is', () => {
  it('is 0 for a first contact never met, with the three reasons spelled out', () => {
    const r = reliabilityOf(Person.parse({ id: 'p', name: 'New' }), TODAY);
    expect(r.score).toBe(0);
    expect(r.reasons).toEqual([
      { factor: 'stage', points: 0, max: 60, stage: 'initial' },
      { factor: 'recency', points: 0, max: 25, lastContact: '', days: null },
      { factor: 'evidence', points: 0, max: 15, motiveEvidence: false, stageReason: false, activities: 0 },
    ]);
  });

  it('is 100 for reliance, met this fortnight, with evidence, a reason for the stage and a habit of meeting', () => {
    const p = Person.parse({
      id: 'p',
      name: 'Old friend',
      relationship: {
        stage: 'reliance',
        history: [{ date: '2026-06-01', from: 'trust', to: 'reliance', why: 'Backed us in the tender committee' }],
      },
      motives: { evidence: 'Said so to our VP at dinner' },
      activities: [visit('a', '2026-11-12'), visit('b', '2026-10-01'), visit('c', '2026-09-01')],
    });
    expect(reliabilityOf(p, TODAY).score).toBe(100);
  });

  it('fades with time since the last contact: 25 under 14 days, 15 under 30 (when a key person counts as quiet), 5 under 90, then 0', () => {
    const at = (date: string) =>
      reliabilityOf(Person.parse({ id: 'p', name: 'x', activities: [visit('a', date)] }), TODAY).reasons[1]!.points;
    // 13, 14, 29, 30, 89 and 90 days ago.
    expect([at('2026-11-10'), at('2026-11-09'), at('2026-10-25'), at('2026-10-24'), at('2026-08-26'), at('2026-08-25')]).toEqual([
      25, 15, 15, 5, 5, 0,
    ]);
    // A visit planned for next week earns nothing yet.
    expect(at('2026-11-30')).toBe(0);
  });

  it('counts a stage reason only when the change into the current stage gave one', () => {
    const p = (why: string) =>
      Person.parse({
        id: 'p',
        name: 'x',
        relationship: {
          stage: 'familiar',
          history: [
            { date: '2026-01-01', from: 'initial', to: 'familiar', why: 'old reason' },
            { date: '2026-02-01', from: 'familiar', to: 'acquainted', why: '' },
            { date: '2026-03-01', from: 'acquainted', to: 'familiar', why },
          ],
        },
      });
    expect(reliabilityOf(p(''), TODAY).reasons[2]).toMatchObject({ stageReason: false, points: 0 });
    expect(reliabilityOf(p('Joint site visit'), TODAY).reasons[2]).toMatchObject({ stageReason: true, points: 5 });
    expect(reliabilityOf(p(''), TODAY).score).toBe(30);
  });
});

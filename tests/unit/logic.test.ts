import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../../shared/logic/layout';
import { zoneOf } from '../../shared/logic/segmentation';
import { Link, Segmentation } from '../../shared/model';

const seg = (annualPurchases: number | null, ourRevenue: number | null, zoneOverride: 'growth' | null = null) =>
  Segmentation.parse({ annualPurchases, ourRevenue, zoneOverride });

describe('the nine-grid zone', () => {
  it('follows our share: under 10% growth, 10-30% development, over 30% consolidation', () => {
    expect(zoneOf(seg(1000, 50))).toBe('growth');
    expect(zoneOf(seg(1000, 99.9))).toBe('growth');
    // The edges: exactly 10% and exactly 30% are development.
    expect(zoneOf(seg(1000, 100))).toBe('development');
    expect(zoneOf(seg(1000, 300))).toBe('development');
    expect(zoneOf(seg(1000, 301))).toBe('consolidation');
  });
  it('is unknown without both figures, and the rep can set it by hand', () => {
    expect(zoneOf(seg(null, 10))).toBeNull();
    expect(zoneOf(seg(0, 0))).toBeNull();
    expect(zoneOf(seg(1000, 900, 'growth'))).toBe('growth');
  });
});

describe('the reporting-tree layout', () => {
  const link = (source: string, target: string, extra = {}) =>
    Link.parse({ id: `${source}-${target}`, source, target, kind: 'reportsTo', ...extra });

  it('puts managers above their people and siblings side by side without overlap', () => {
    const pos = layoutReportingTree(['boss', 'a', 'b', 'a1'], [link('a', 'boss'), link('b', 'boss'), link('a1', 'a')]);
    expect(pos.get('boss')!.y).toBeLessThan(pos.get('a')!.y);
    expect(pos.get('a')!.y).toBe(pos.get('b')!.y);
    expect(pos.get('a1')!.y).toBeGreaterThan(pos.get('a')!.y);
    expect(Math.abs(pos.get('a')!.x - pos.get('b')!.x)).toBeGreaterThanOrEqual(CARD_WIDTH);
    expect(pos.get('a1')!.y - pos.get('a')!.y).toBeGreaterThanOrEqual(CARD_HEIGHT);
  });

  it('places everyone, including people without a manager and people caught in a cycle', () => {
    const pos = layoutReportingTree(['x', 'y', 'loner'], [link('x', 'y'), link('y', 'x')]);
    expect([...pos.keys()].sort()).toEqual(['loner', 'x', 'y']);
  });

  it('ignores dotted (matrix) lines for the tree', () => {
    const pos = layoutReportingTree(['m', 'p'], [link('p', 'm', { dotted: true })]);
    expect(pos.get('m')!.y).toBe(pos.get('p')!.y);
  });
});

describe('the layout and departments', () => {
  const link = (source: string, target: string) => Link.parse({ id: `${source}-${target}`, source, target, kind: 'reportsTo' });
  it('puts colleagues of one department side by side under their manager (fewer than stack into a column)', () => {
    const dept: Record<string, string> = { a: 'fin', b: 'it', c: 'fin' };
    const pos = layoutReportingTree(
      ['boss', 'a', 'b', 'c'],
      ['a', 'b', 'c'].map((id) => link(id, 'boss')),
      { groupOf: (id) => dept[id] ?? null },
    );
    const order = ['a', 'b', 'c'].sort((x, y) => pos.get(x)!.x - pos.get(y)!.x);
    expect(order).toEqual(['a', 'c', 'b']);
  });
});

describe('the portfolio', () => {
  it('sums the open opportunities per currency, largest first; closed ones and unknown budgets count nothing', async () => {
    const { openValueOf } = await import('../../shared/logic/segmentation');
    const opp = (status: 'open' | 'won', amount: number | null, currency = 'CNY') => ({ status, budget: { amount, currency } });
    expect(
      openValueOf([opp('open', 100), opp('open', 50), opp('won', 1000), opp('open', null), opp('open', 500, 'USD')]),
    ).toEqual([
      { amount: 500, currency: 'USD' },
      { amount: 150, currency: 'CNY' },
    ]);
    expect(openValueOf([])).toEqual([]);
  });

  it('moving an account to a cell sets the potential, and sets the zone by hand only when the share does not already give it', async () => {
    const { moveToCell } = await import('../../shared/logic/segmentation');
    const s = seg(1000, 80); // 8%: growth
    expect(moveToCell(s, 'large', 'growth')).toMatchObject({ potential: 'large', zoneOverride: null });
    expect(moveToCell(s, 'small', 'consolidation')).toMatchObject({ potential: 'small', zoneOverride: 'consolidation' });
    // Moving back to the share's own zone clears the hand-set one.
    expect(moveToCell(seg(1000, 80, 'growth'), 'large', 'growth').zoneOverride).toBeNull();
    expect(zoneOf(moveToCell(seg(null, null), 'medium', 'development'))).toBe('development');
  });
});

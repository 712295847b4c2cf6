import { describe, expect, it } from 'vitest';
import { chartPaging } from '../../shared/logic/briefing';

const PAGE = { w: 1030, h: 640 };

describe('the org chart on paper', () => {
  it('fits one landscape page while a name prints at the legible size or more', () => {
    const p = chartPaging(2000, 1200, PAGE.w, PAGE.h);
    expect(p.tiles).toHaveLength(1);
    expect(p.scale).toBeCloseTo(0.515, 2);
    // Small charts are never blown up past their own size.
    expect(chartPaging(500, 300, PAGE.w, PAGE.h).scale).toBe(1);
  });

  it('tiles a chart too big for one page at a comfortable size, row by row, covering it all', () => {
    const p = chartPaging(3000, 1500, PAGE.w, PAGE.h);
    expect(p.scale).toBeLessThan(0.42);
    expect(p.cols * p.rows).toBe(p.tiles.length);
    expect(p.tiles[0]).toMatchObject({ x: 0, y: 0, row: 0, col: 0 });
    const last = p.tiles.at(-1)!;
    expect(last.x + last.width).toBeGreaterThanOrEqual(3000);
    expect(last.y + last.height).toBeGreaterThanOrEqual(1500);
    // At 0.8 each part reads at a glance: 3 x 2 parts.
    expect([p.cols, p.rows]).toEqual([3, 2]);
  });

  it('a very wide chart steps down towards the legible size rather than run to dozens of pages', () => {
    const wide = chartPaging(40_000, 2_000, PAGE.w, PAGE.h);
    const atComfort = Math.ceil((40_000 * 0.8) / PAGE.w) * Math.ceil((2_000 * 0.8) / PAGE.h);
    expect(atComfort).toBeGreaterThan(60);
    expect(wide.tiles.length).toBeLessThan(atComfort / 2);
    // Never below the legible size: the part of the chart on a page is at most page / 0.42.
    expect(wide.tiles[0]!.width).toBeLessThanOrEqual(PAGE.w / 0.42 + 1e-6);
  });
});

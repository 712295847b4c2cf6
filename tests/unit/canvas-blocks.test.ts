import { describe, expect, it } from 'vitest';
import { clip, drawScene, sceneLine, type SceneColors, type SceneNode } from '../../renderer/src/features/canvas/blocks-scene';
import { peopleInside, personAt, toChart } from '../../renderer/src/features/canvas/pick';
import type { Attitude } from '../../shared/taxonomy/keys';

// The far-out chart's canvas layer: what it picks under the mouse, what it draws and what it leaves out.

const card = (
  id: string,
  x: number,
  y: number,
  extra: { attitude?: Attitude; dimmed?: boolean; selected?: boolean } = {},
): SceneNode => ({
  id,
  type: 'person',
  internals: { positionAbsolute: { x, y } },
  measured: { width: 220, height: 96 },
  data: { person: { attitude: extra.attitude ?? 'neutral' }, dimmed: extra.dimmed ?? false },
  selected: extra.selected,
});
const frame = (id: string, x: number, y: number, width: number, height: number): SceneNode => ({
  id,
  type: 'department',
  internals: { positionAbsolute: { x, y } },
  measured: { width, height },
  data: {},
});

describe('picking on the chart', () => {
  const nodes = [card('a', 0, 0), card('b', 300, 0), frame('dept:x', -24, -52, 568, 172)];

  it('maps a pane point to the chart through the view', () => {
    expect(toChart({ x: 110, y: 60 }, [10, 20, 0.5])).toEqual({ x: 200, y: 80 });
  });

  it('finds the card under a point, never a department frame', () => {
    expect(personAt(nodes, { x: 100, y: 50 }, 0)).toBe('a');
    expect(personAt(nodes, { x: 400, y: 10 }, 0)).toBe('b');
    // Inside the frame, between the cards: nobody.
    expect(personAt(nodes, { x: 260, y: 50 }, 0)).toBeNull();
  });

  it('finds the nearest card within the slack, and none beyond it', () => {
    expect(personAt(nodes, { x: 230, y: 50 }, 20)).toBe('a');
    expect(personAt(nodes, { x: 290, y: 50 }, 20)).toBe('b');
    expect(personAt(nodes, { x: 260, y: 50 }, 20)).toBeNull();
  });

  it('selects the cards wholly inside a box', () => {
    expect(peopleInside(nodes, { x: -10, y: -10, width: 240, height: 120 })).toEqual(['a']);
    expect(peopleInside(nodes, { x: -10, y: -10, width: 600, height: 120 })).toEqual(['a', 'b']);
    expect(peopleInside(nodes, { x: 10, y: -10, width: 600, height: 120 })).toEqual(['b']);
  });
});

describe('clipping a line to the view', () => {
  it('keeps a line inside as it is and cuts one that leaves', () => {
    expect(clip(10, 10, 100, 50, 800, 600)).toEqual([10, 10, 100, 50]);
    const cut = clip(-100_000, 300, 100_000, 300, 800, 600)!;
    expect(cut[0]).toBeCloseTo(-16);
    expect(cut[2]).toBeCloseTo(816);
    expect(cut[1]).toBe(300);
  });
  it('drops a line that never crosses the view', () => {
    expect(clip(-500, -500, -100, 900, 800, 600)).toBeNull();
    expect(clip(0, 1000, 800, 1200, 800, 600)).toBeNull();
  });
});

/** A context that records what is drawn (no canvas in Node). */
function recorder() {
  const calls: { op: string; args: number[]; fill: string; alpha: number }[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    clearRect: () => {},
    fillRect(...args: number[]) {
      calls.push({ op: 'fillRect', args, fill: String(this.fillStyle), alpha: this.globalAlpha });
    },
    beginPath: () => {},
    moveTo(...args: number[]) {
      calls.push({ op: 'moveTo', args, fill: String(this.strokeStyle), alpha: this.globalAlpha });
    },
    lineTo: () => {},
    closePath: () => {},
    stroke: () => {},
    fill: () => {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const COLORS: SceneColors = {
  attitude: {
    champion: '#15803d',
    supporter: '#65a30d',
    neutral: '#a3a3a3',
    skeptic: '#d97706',
    opponent: '#dc2626',
    unknown: '#cbd5e1',
  },
  accent: '#1d4ed8',
};

describe('drawing the far-out scene', () => {
  const people = [
    card('a', 0, 0, { attitude: 'opponent' }),
    card('b', 300, 0, { attitude: 'champion', dimmed: true }),
    card('far', 100_000, 0),
    frame('dept:x', -24, -52, 568, 172),
  ];
  const lookup = new Map(people.map((n) => [n.id, n]));
  const lines = [
    sceneLine({ source: 'a', target: 'b', kind: 'reportsTo' }),
    sceneLine({ source: 'a', target: 'far', kind: 'influences', strength: 5 }),
  ];

  it('draws the people in view as blocks of their attitude, the highlighted-out ones faint, and culls the rest', () => {
    const { ctx, calls } = recorder();
    const drawn = drawScene(ctx, {
      what: 'all',
      nodes: people,
      lookup,
      lines,
      transform: [0, 0, 0.1],
      size: { width: 800, height: 600 },
      colors: COLORS,
    });
    expect(drawn.people).toBe(2);
    const blocks = calls.filter((c) => c.op === 'fillRect' && Object.values(COLORS.attitude).includes(c.fill));
    expect(blocks.map((b) => [b.fill, b.alpha])).toEqual(
      expect.arrayContaining([
        ['#dc2626', 1],
        ['#15803d', 0.22],
      ]),
    );
    // 220 x 96 at zoom 0.1, snapped to pixels.
    expect(blocks.find((b) => b.fill === '#dc2626')!.args).toEqual([0, 0, 22, 10]);
    expect(blocks.some((b) => b.fill === COLORS.attitude.neutral)).toBe(false);
    // Both lines cross the view (the influence is cut at its edge).
    expect(drawn.lines).toBe(2);
  });

  it('counts the people in the pane when the canvas reaches past it', () => {
    const { ctx } = recorder();
    // A canvas 100 px wider than the pane on the left: card a (x 0..22 on screen at 0.1) is left of the pane.
    const drawn = drawScene(ctx, {
      what: 'all',
      nodes: people,
      lookup,
      lines: [],
      transform: [100, 0, 0.1],
      size: { width: 900, height: 600 },
      colors: COLORS,
      counted: { x0: 250, y0: 0, x1: 8000, y1: 6000 },
    });
    expect(drawn.people).toBe(1);
  });

  it('never draws a card under a pixel, however far out', () => {
    const { ctx, calls } = recorder();
    drawScene(ctx, {
      what: 'all',
      nodes: people,
      lookup,
      lines: [],
      transform: [0, 0, 0.001],
      size: { width: 800, height: 600 },
      colors: COLORS,
    });
    const block = calls.find((c) => c.fill === '#dc2626')!;
    expect(block.args[2]).toBeGreaterThanOrEqual(1);
    expect(block.args[3]).toBeGreaterThanOrEqual(1);
  });

  it('draws only the lines when the cards are in the DOM', () => {
    const { ctx, calls } = recorder();
    const drawn = drawScene(ctx, {
      what: 'lines',
      nodes: people,
      lookup,
      lines,
      transform: [0, 0, 0.3],
      size: { width: 800, height: 600 },
      colors: COLORS,
    });
    expect(drawn.people).toBe(0);
    expect(drawn.lines).toBe(2);
    expect(calls.some((c) => Object.values(COLORS.attitude).includes(c.fill))).toBe(false);
  });

  it('draws the lines on the routes the DOM lines take: facing sides, a reporting line turning just above its report', () => {
    const placed = [card('boss', 0, 0), card('report', 300, 200), card('ally', 600, 200)];
    const { ctx, calls } = recorder();
    drawScene(ctx, {
      what: 'lines',
      nodes: placed,
      lookup: new Map(placed.map((n) => [n.id, n])),
      lines: [
        sceneLine({ source: 'boss', target: 'report', kind: 'reportsTo' }),
        sceneLine({ source: 'report', target: 'ally', kind: 'influences' }),
      ],
      transform: [0, 0, 1],
      size: { width: 1000, height: 600 },
      colors: COLORS,
    });
    // Down from the manager's lower middle (110, 96), across 16 px above the report (y 184), down to its top middle (410, 200).
    const bars = calls.filter((c) => c.op === 'fillRect').map((c) => c.args);
    expect(bars).toEqual([
      [110, 96, 1, 88],
      [110, 184, 301, 1],
      [410, 184, 1, 16],
    ]);
    // The ally beside the report: the influence joins the report's right side to the ally's left side
    // (the old scene ran every line from the lower middle of one card to the upper middle of the other).
    const start = calls.find((c) => c.op === 'moveTo')!.args;
    expect(start).toEqual([520, 248]);
  });

  it('marks the selected with the accent', () => {
    const { ctx, calls } = recorder();
    const selected = [card('a', 0, 0, { attitude: 'opponent', selected: true })];
    drawScene(ctx, {
      what: 'all',
      nodes: selected,
      lookup: new Map(selected.map((n) => [n.id, n])),
      lines: [],
      transform: [0, 0, 0.1],
      size: { width: 800, height: 600 },
      colors: COLORS,
    });
    expect(calls.filter((c) => c.fill === COLORS.accent)).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { layoutReportingTree } from '../../shared/logic/layout';
import { layoutFrames, linkRoutes } from '../../shared/render/chart-frames';
import {
  boundsOf,
  clearFit,
  clearPan,
  EDGE_MARGIN,
  expectedPanels,
  isClear,
  onScreen,
  type Box,
} from '../../renderer/src/features/canvas/clear-view';

// Issue 15, items 3 and 15: fitting and opening the person panel keep cards clear of the toolbar,
// the legend, the overview and the zoom buttons.

const view = { width: 880, height: 630 };
const toolbar: Box = { x: 15, y: 15, width: 620, height: 40 };
const legend: Box = { x: 790, y: 15, width: 75, height: 30 };
const controls: Box = { x: 15, y: 531, width: 28, height: 84 };
const overview: Box = { x: 665, y: 465, width: 200, height: 150 };
const panels = [toolbar, legend, controls, overview];
const options = { padding: 0.08, maxZoom: 1, minZoom: 0.02 };
const meets = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** A chart: rows of cards, like a wide org chart. */
function chart(cols: number, rows: number): Box[] {
  const out: Box[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push({ x: c * 260, y: r * 176, width: 220, height: 96 });
  return out;
}

describe('fitting the chart', () => {
  it('frames every card inside the canvas with none under a panel, as large as that allows', () => {
    for (const [cols, rows] of [
      [6, 4],
      [12, 2],
      [2, 8],
      [1, 1],
      [30, 10],
    ] as const) {
      const cards = chart(cols, rows);
      const v = clearFit(boundsOf(cards), cards, view, panels, options);
      expect(isClear(cards, v, view, panels), `${cols}x${rows}`).toBe(true);
      for (const c of cards) for (const p of panels) expect(meets(onScreen(c, v), p), `${cols}x${rows}`).toBe(false);
      expect(v.zoom).toBeLessThanOrEqual(1);
    }
  });

  it('moves a chart that fits beside a panel rather than shrinking it: one card stays at full size', () => {
    const cards = chart(1, 1);
    const v = clearFit(boundsOf(cards), cards, view, panels, options);
    expect(v.zoom).toBe(1);
  });

  it('is made smaller only as far as the panels make it: one step larger and no place is clear', () => {
    const cards = chart(4, 4);
    const b = boundsOf(cards);
    const v = clearFit(b, cards, view, panels, options);
    // The panels cost some size here (the chart alone would fit larger)…
    const alone = Math.min(view.width / (b.width * 1.08), view.height / (b.height * 1.08));
    expect(v.zoom).toBeLessThan(alone);
    // …but no more than a step: one step up (the search goes down by 5% a step), no place is clear. (the search goes down by 5% a step), no place is clear.
    const up = v.zoom / 0.95 + 1e-6;
    const bigger = clearFit(boundsOf(cards), cards, view, panels, { ...options, minZoom: up, maxZoom: up });
    expect(bigger.zoom).toBeCloseTo(up);
    expect(isClear(cards, bigger, view, panels)).toBe(false);
  });

  it('keeps a tall chart near the middle, a little smaller, rather than pushed beside the toolbar at full size (the demo bank at 1280x720)', () => {
    const bank = buildDemoAccounts('en', '2026-12-01T09:00:00.000Z').find((a) => a.id === 'bank')!;
    const laid = layoutReportingTree(
      bank.people.map((p) => p.id),
      bank.links,
    );
    const at = (id: string) => bank.canvas.positions[id] ?? laid.get(id)!;
    const frames = layoutFrames(
      bank.people,
      bank.links,
      new Map(bank.departments.map((d) => [d.id, d.name])),
      at,
      linkRoutes(bank.links, at).values(),
    );
    const cards = bank.people.map((p) => ({ ...at(p.id), width: 220, height: 96 }));
    const items = [...cards, ...frames.map((f) => f.label)];
    const b = boundsOf([...cards, ...frames.map((f) => f.box)]);
    // The canvas at 1280x720 and its panels as drawn there (the toolbar is 725 px long in English).
    const wide = { width: 1280, height: 630 };
    const drawn = [
      { x: 15, y: 15, width: 725, height: 40 },
      { x: 1195, y: 15, width: 70, height: 30 },
      { x: 15, y: 531, width: 28, height: 84 },
      { x: 1065, y: 465, width: 200, height: 150 },
    ];
    const v = clearFit(b, items, wide, drawn, options);
    expect(isClear(items, v, wide, drawn)).toBe(true);
    const shown = onScreen(b, v);
    expect(Math.abs(shown.x + shown.width / 2 - wide.width / 2)).toBeLessThan(wide.width * 0.1);
  });

  it('plans the first view for where the panels will be drawn', () => {
    const big = { width: 1920, height: 980 };
    const planned = expectedPanels(big);
    const cards = chart(8, 5);
    const v = clearFit(boundsOf(cards), cards, big, planned, options);
    expect(isClear(cards, v, big, planned)).toBe(true);
    // The planned overview sits in the bottom-right corner, the toolbar along the top.
    expect(planned.some((p) => p.x + p.width === big.width - 15 && p.y + p.height === big.height - 15)).toBe(true);
    expect(planned.some((p) => p.y === 15 && p.width > 600)).toBe(true);
  });
});

describe('keeping the selected card in view', () => {
  it('leaves the view alone when the card is clear', () => {
    expect(clearPan({ x: 200, y: 200, width: 220, height: 96 }, { x: 0, y: 0, zoom: 1 }, view, panels)).toBeNull();
  });

  it('pans a card left behind the person panel (off the canvas’s right edge) back in, by the least it can', () => {
    const card = { x: 950, y: 250, width: 220, height: 96 };
    const to = clearPan(card, { x: 0, y: 0, zoom: 1 }, view, panels)!;
    const s = onScreen(card, { ...to, zoom: 1 });
    expect(s.x + s.width).toBeLessThanOrEqual(view.width - EDGE_MARGIN);
    expect(to.y).toBe(0);
    expect(s.x + s.width).toBeGreaterThan(view.width - EDGE_MARGIN - 1);
  });

  it('brings a card out from under the legend, the toolbar or the overview', () => {
    for (const card of [
      { x: 700, y: 10, width: 220, height: 96 },
      { x: 100, y: 20, width: 220, height: 96 },
      { x: 640, y: 500, width: 220, height: 96 },
    ]) {
      for (const zoom of [1, 0.4]) {
        const scaled = { x: card.x / zoom, y: card.y / zoom, width: card.width, height: card.height };
        const to = clearPan(scaled, { x: 0, y: 0, zoom }, view, panels)!;
        expect(to, JSON.stringify(card)).not.toBeNull();
        const s = onScreen(scaled, { ...to, zoom });
        for (const p of panels) expect(meets(s, p), `${JSON.stringify(card)} at ${zoom}`).toBe(false);
        expect(s.x).toBeGreaterThanOrEqual(EDGE_MARGIN - 0.01);
        expect(s.y).toBeGreaterThanOrEqual(EDGE_MARGIN - 0.01);
      }
    }
  });
});

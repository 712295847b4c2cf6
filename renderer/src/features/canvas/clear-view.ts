// Views of the chart that keep its cards clear of what floats over the canvas: the toolbar, the
// legend, the overview, the zoom buttons, the find bar. The geometry is pure (tested in
// tests/unit/clear-view.test.ts); the DOM helpers below measure the panels as they are.

/** A rectangle; screen ones are in pixels from the canvas's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export interface Size {
  width: number;
  height: number;
}

/** Room kept between a card and the canvas's edge, and between a card and a panel. */
export const EDGE_MARGIN = 16;
const PANEL_GAP = 8;
/** Each step down when the chart does not fit clear at a zoom. */
const ZOOM_STEP = 0.95;
/** How much size a fit gives up to keep the chart centred: all of it for a chart a whole diagonal off centre. */
const OFF_CENTRE = 0.6;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
const grow = (b: Box, d: number): Box => ({ x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d });

/** The box around boxes. */
export function boundsOf(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Where a box of the chart lands on screen. */
export const onScreen = (b: Box, v: Viewport): Box => ({
  x: b.x * v.zoom + v.x,
  y: b.y * v.zoom + v.y,
  width: b.width * v.zoom,
  height: b.height * v.zoom,
});

/** Whether every item (chart coordinates) is inside the view and under no panel. */
export function isClear(items: readonly Box[], v: Viewport, view: Size, panels: readonly Box[]): boolean {
  const inner = { x: 0, y: 0, width: view.width, height: view.height };
  const blocked = panels.map((p) => grow(p, PANEL_GAP / 2));
  for (const item of items) {
    const s = onScreen(item, v);
    if (s.x < inner.x || s.y < inner.y || s.x + s.width > inner.width || s.y + s.height > inner.height) return false;
    for (const p of blocked) if (overlaps(s, p)) return false;
  }
  return true;
}

/** Positions along one axis worth trying for a span of `size`: centred, against either edge, beside each panel. */
function offsets(size: number, length: number, panels: readonly [number, number][]): number[] {
  const lo = EDGE_MARGIN;
  const hi = length - EDGE_MARGIN - size;
  if (hi < lo) return [(length - size) / 2];
  const out = [(length - size) / 2, lo, hi];
  for (const [a, b] of panels) out.push(b + PANEL_GAP, a - PANEL_GAP - size);
  return [...new Set(out.filter((o) => o >= lo - 0.5 && o <= hi + 0.5))];
}

export interface FitOptions {
  /** Room around the chart, as a share of its size (React Flow's fitView padding). */
  padding: number;
  maxZoom: number;
  minZoom: number;
}

/**
 * The view that shows the whole of `bounds` as large as it can (up to maxZoom) while none of
 * `items` (cards, frame labels) is under a panel: the chart is moved beside a panel when that is
 * enough, made smaller when it is not. e.g. a chart as wide as the canvas is lowered under the toolbar.
 */
export function clearFit(bounds: Box, items: readonly Box[], view: Size, panels: readonly Box[], options: FitOptions): Viewport {
  if (!Number.isFinite(bounds.width) || view.width <= 0 || view.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const pad = 1 + options.padding;
  const fit = Math.min(view.width / (Math.max(bounds.width, 1) * pad), view.height / (Math.max(bounds.height, 1) * pad));
  let zoom = Math.max(options.minZoom, Math.min(options.maxZoom, fit));
  const xs = panels.map((p): [number, number] => [p.x, p.x + p.width]);
  const ys = panels.map((p): [number, number] => [p.y, p.y + p.height]);
  const diagonal = Math.hypot(view.width, view.height);
  // A chart pushed far off centre to stay large reads worse than one a little smaller in the
  // middle: each zoom's best place is scored by its size, less a share for how far off centre it sits.
  let best: { v: Viewport; score: number } | null = null;
  for (;;) {
    const w = bounds.width * zoom;
    const h = bounds.height * zoom;
    const cx = (view.width - w) / 2;
    const cy = (view.height - h) / 2;
    const candidates: { x: number; y: number; d: number }[] = [];
    for (const x of offsets(w, view.width, xs))
      for (const y of offsets(h, view.height, ys)) candidates.push({ x, y, d: Math.hypot(x - cx, y - cy) });
    candidates.sort((a, b) => a.d - b.d);
    for (const c of candidates) {
      const v = { x: c.x - bounds.x * zoom, y: c.y - bounds.y * zoom, zoom };
      if (!isClear(items, v, view, panels)) continue;
      const score = zoom * (1 - OFF_CENTRE * (c.d / diagonal));
      if (!best || score > best.score) best = { v, score };
      break;
    }
    // Smaller still cannot score better than the best found.
    if (best && zoom < best.score) return best.v;
    if (zoom <= options.minZoom) break;
    zoom = Math.max(options.minZoom, zoom * ZOOM_STEP);
  }
  if (best) return best.v;
  // Nothing clear even at the smallest zoom: centred.
  return {
    x: (view.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (view.height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/**
 * The smallest move of the view that brings `item` (chart coordinates) inside the view and out
 * from under every panel, at the same zoom; null when it already is. When no position is clear
 * (a canvas smaller than a card), the item is centred.
 */
export function clearPan(item: Box, v: Viewport, view: Size, panels: readonly Box[]): { x: number; y: number } | null {
  const s = onScreen(item, v);
  const inside = (b: Box) =>
    b.x >= EDGE_MARGIN &&
    b.y >= EDGE_MARGIN &&
    b.x + b.width <= view.width - EDGE_MARGIN &&
    b.y + b.height <= view.height - EDGE_MARGIN;
  const free = (b: Box) => inside(b) && panels.every((p) => !overlaps(b, grow(p, PANEL_GAP / 2)));
  if (free(s)) return null;
  const dxs = [0, EDGE_MARGIN - s.x, view.width - EDGE_MARGIN - s.x - s.width];
  const dys = [0, EDGE_MARGIN - s.y, view.height - EDGE_MARGIN - s.y - s.height];
  for (const p of panels) {
    dxs.push(p.x + p.width + PANEL_GAP - s.x, p.x - PANEL_GAP - s.x - s.width);
    dys.push(p.y + p.height + PANEL_GAP - s.y, p.y - PANEL_GAP - s.y - s.height);
  }
  let best: { dx: number; dy: number; d: number } | null = null;
  for (const dx of dxs) {
    for (const dy of dys) {
      const d = Math.hypot(dx, dy);
      if (best && d >= best.d) continue;
      if (free({ ...s, x: s.x + dx, y: s.y + dy })) best = { dx, dy, d };
    }
  }
  if (best) return { x: v.x + best.dx, y: v.y + best.dy };
  return { x: v.x + (view.width - s.width) / 2 - s.x, y: v.y + (view.height - s.height) / 2 - s.y };
}

/**
 * Where the panels over the canvas will be before they are drawn (the first view is worked out
 * before React Flow mounts): the toolbar and the legend's button along the top, the zoom buttons
 * and the overview at the bottom. Sizes as canvas.css draws them.
 */
export function expectedPanels(view: Size): Box[] {
  const m = 15;
  return [
    { x: m, y: m, width: Math.min(800, view.width - 2 * m - 140), height: 40 },
    { x: view.width - m - 120, y: m, width: 120, height: 32 },
    { x: m, y: view.height - m - 84, width: 28, height: 84 },
    { x: view.width - m - 200, y: view.height - m - 150, width: 200, height: 150 },
  ];
}

/** The panels floating over a React Flow canvas, measured, relative to it. */
export function panelsOver(flow: HTMLElement): Box[] {
  const origin = flow.getBoundingClientRect();
  return [...flow.querySelectorAll<HTMLElement>('.react-flow__panel')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }));
}

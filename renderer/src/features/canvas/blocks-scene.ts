// The far-out chart drawn on one canvas: department outlines, lines and cards as blocks of their
// attitude colour. Far out a chart of thousands is thousands of DOM nodes that each cost style,
// layout and paint on every frame of a pan; here one pass draws what is in view (Excalidraw's
// static scene layer does the same). Plain data in, pixels out: no React.
import { routeLine, type Point, type Rect } from '../../../../shared/render/chart-lines';
import { LINK_STYLES } from '../../../../shared/render/chart-svg';
import type { Attitude, LinkKind } from '../../../../shared/taxonomy/keys';
import type { PlacedNode, Transform } from './pick';

/** What drawing needs of a node beyond its place (React Flow's internal nodes carry it). */
export interface SceneNode extends PlacedNode {
  selected?: boolean;
  data: { person?: { attitude: Attitude }; dimmed?: boolean; found?: boolean };
}

/**
 * A line as the scene draws it: on the route LineEdge and the SVG drawing take
 * (shared/render/chart-lines), from the source card (a reporting line's manager) to the target. A
 * selected line is not one of them: React Flow draws it whole, with its note (see useFlowEdges).
 */
export interface SceneLine {
  source: string;
  target: string;
  color: string;
  kind: LinkKind;
  /** A dotted reporting line runs straight; a solid one steps down, across and down. */
  dotted: boolean;
  /** Its stroke width on the chart (as the canvas and the exports draw it), in chart pixels. */
  width: number;
  /** An arrowhead at the target (an influence). */
  arrow: boolean;
}

export interface SceneColors {
  attitude: Record<Attitude, string>;
  accent: string;
}

/** The line of a link of this kind as the scene draws it (colours as on the canvas and in exports). */
export function sceneLine(l: {
  source: string;
  target: string;
  kind: LinkKind;
  dotted?: boolean;
  strength?: number | null;
}): SceneLine {
  const style = LINK_STYLES[l.kind];
  const strong = (l.strength ?? 0) >= 4;
  return {
    source: l.source,
    target: l.target,
    color: style.color,
    kind: l.kind,
    dotted: l.dotted ?? false,
    width: strong ? 3 : style.width,
    arrow: l.kind === 'influences',
  };
}

const FOUND = '#f59e0b';
const FRAME_LINE = '#94a3b8';
const FRAME_FILL = 'rgba(148, 163, 184, 0.07)';
/** As `.person-card.dimmed`. */
const DIMMED_ALPHA = 0.22;
/** As `.department-frame`'s border. */
const FRAME_WIDTH = 1.5;
/** The faintest a line is drawn (about what a hairline SVG stroke comes to that far out). */
const MIN_LINE_ALPHA = 0.04;
/** An influence's arrowhead, in chart pixels (as React Flow's closed arrow on a 1.5 px line). */
const ARROW = 10;
/** How far a curved line (ally, rival) may bow out past its two cards (chart-lines' largest bend). */
const BOW = 120;

export interface DrawnScene {
  /** People in `counted` (by default, drawn), and lines drawn. */
  people: number;
  lines: number;
}

export interface Scene {
  /** Everything (cards as blocks, department outlines, lines), or only the lines (the cards and frames are in the DOM). */
  what: 'all' | 'lines';
  nodes: Iterable<SceneNode>;
  lookup: ReadonlyMap<string, PlacedNode>;
  lines: readonly SceneLine[];
  /** The view, as React Flow's transform relative to the canvas's top left. */
  transform: Transform;
  /** The canvas's size in CSS pixels: what is outside is culled. */
  size: { width: number; height: number };
  colors: SceneColors;
  /** Where to count the people drawn (chart coordinates; the canvas may reach past the pane). */
  counted?: { x0: number; y0: number; x1: number; y1: number };
  /** Cards left out (React Flow draws them while they are dragged). */
  omit?: ReadonlySet<string>;
}

/**
 * Draws the scene on a context already scaled to CSS pixels, culling everything outside the
 * canvas. Axis-aligned lines and blocks are filled rectangles snapped to pixels, other lines are
 * clipped to the canvas: software rasterisers (Chromium without a GPU) fill rectangles far faster
 * than they stroke paths.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): DrawnScene {
  const { what, nodes, lookup, lines, transform, size, colors, counted, omit } = scene;
  const [tx, ty, zoom] = transform;
  const { width, height } = size;
  ctx.clearRect(0, 0, width, height);
  // The view in chart coordinates.
  const x0 = -tx / zoom;
  const y0 = -ty / zoom;
  const x1 = x0 + width / zoom;
  const y1 = y0 + height / zoom;
  const seen = (x: number, y: number, w: number, h: number) => x + w >= x0 && x <= x1 && y + h >= y0 && y <= y1;
  const count = counted ?? { x0, y0, x1, y1 };

  // Sort what is in view into frames and blocks by fill, so each fill is set once.
  const frames: SceneNode[] = [];
  const fills = new Map<string, { color: string; dimmed: boolean; nodes: SceneNode[] }>();
  const marked: SceneNode[] = [];
  let people = 0;
  for (const n of what === 'all' ? nodes : []) {
    if (omit?.has(n.id)) continue;
    const { x, y } = n.internals.positionAbsolute;
    const w = n.measured.width ?? n.width ?? 0;
    const h = n.measured.height ?? n.height ?? 0;
    if (!seen(x, y, w, h)) continue;
    if (n.type === 'department') {
      frames.push(n);
      continue;
    }
    const attitude = n.data.person?.attitude;
    if (!attitude) continue;
    if (x + w >= count.x0 && x <= count.x1 && y + h >= count.y0 && y <= count.y1) people++;
    const dimmed = !!n.data.dimmed;
    const key = `${attitude}${dimmed ? '-dim' : ''}`;
    let group = fills.get(key);
    if (!group) fills.set(key, (group = { color: colors.attitude[attitude], dimmed, nodes: [] }));
    group.nodes.push(n);
    if (n.selected || n.data.found) marked.push(n);
  }

  const px = (x: number) => x * zoom + tx;
  const py = (y: number) => y * zoom + ty;
  const box = (n: PlacedNode) => {
    const { x, y } = n.internals.positionAbsolute;
    const left = Math.round(px(x));
    const top = Math.round(py(y));
    // Never under a pixel, so the furthest view still shows every card.
    const w = Math.max(1, Math.round(px(x + (n.measured.width ?? n.width ?? 0))) - left);
    const h = Math.max(1, Math.round(py(y + (n.measured.height ?? n.height ?? 0))) - top);
    return { left, top, w, h };
  };

  // A line thinner than a pixel is drawn one pixel wide and as faint as its share of it, as the
  // browser draws a thin SVG stroke: far out lines recede behind the blocks instead of hiding them.
  const faint = (width: number) => Math.min(1, Math.max(MIN_LINE_ALPHA, width * zoom));

  // Department outlines, behind everything.
  for (const f of frames) {
    const b = box(f);
    ctx.globalAlpha = 1;
    ctx.fillStyle = FRAME_FILL;
    ctx.fillRect(b.left, b.top, b.w, b.h);
    ctx.globalAlpha = f.selected ? 1 : faint(FRAME_WIDTH);
    ctx.fillStyle = f.selected ? colors.accent : FRAME_LINE;
    outline(ctx, b, 1);
  }

  // Lines, on the routes the DOM lines take: a reporting line's steps as three filled bars, the
  // rest (straight lines, curves as their polyline) as strokes, grouped by colour.
  let drawn = 0;
  const straight = new Map<string, number[]>();
  const arrows = new Map<string, number[]>();
  const arrow = ARROW * zoom;
  const rect = (n: PlacedNode): Rect => ({
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? n.width ?? 0,
    height: n.measured.height ?? n.height ?? 0,
  });
  for (const l of lines) {
    const s = lookup.get(l.source);
    const t = lookup.get(l.target);
    if (!s || !t) continue;
    const a = rect(s);
    const b = rect(t);
    // A route stays within its two cards (a curve bows out by at most BOW): culled before it is worked out.
    const bx0 = Math.min(a.x, b.x) - BOW;
    const by0 = Math.min(a.y, b.y) - BOW;
    if (!seen(bx0, by0, Math.max(a.x + a.width, b.x + b.width) + BOW - bx0, Math.max(a.y + a.height, b.y + b.height) + BOW - by0))
      continue;
    const route = routeLine(l.kind, l.dotted, a, b);
    const ends = route.straight;
    if (!ends && l.kind === 'reportsTo') {
      drawn++;
      const [from, bend, across, to] = route.points as [Point, Point, Point, Point];
      const bar = Math.round(py(bend.y));
      ctx.globalAlpha = faint(l.width);
      ctx.fillStyle = l.color;
      vbar(ctx, px(from.x), py(from.y), bar, height);
      hbar(ctx, bar, px(bend.x), px(across.x), width);
      vbar(ctx, px(to.x), bar, py(to.y), height);
      continue;
    }
    // Only the part in view: a line across a wide chart is hundreds of thousands of pixels long.
    const points = ends ?? route.points;
    const key = `${l.color}|${faint(l.width)}`;
    let list = straight.get(key);
    let any = false;
    for (let i = 0; i + 1 < points.length; i++) {
      const cut = clip(px(points[i]!.x), py(points[i]!.y), px(points[i + 1]!.x), py(points[i + 1]!.y), width, height);
      if (!cut) continue;
      if (!list) straight.set(key, (list = []));
      list.push(...cut);
      any = true;
      // Far out an arrowhead would be a speck; closer, where its target end is in view.
      if (ends && l.arrow && arrow >= 3 && cut[2] === px(ends[1].x) && cut[3] === py(ends[1].y)) {
        let heads = arrows.get(l.color);
        if (!heads) arrows.set(l.color, (heads = []));
        heads.push(...cut);
      }
    }
    if (any) drawn++;
  }
  for (const [key, list] of straight) {
    const [color, alpha] = key.split('|');
    ctx.strokeStyle = color!;
    ctx.lineWidth = 1;
    ctx.globalAlpha = Number(alpha);
    // Long paths cost more than their parts: stroked a few hundred segments at a time.
    for (let i = 0; i < list.length; i += 4 * 400) {
      ctx.beginPath();
      for (let j = i; j < Math.min(list.length, i + 4 * 400); j += 4) {
        ctx.moveTo(list[j]!, list[j + 1]!);
        ctx.lineTo(list[j + 2]!, list[j + 3]!);
      }
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  for (const [color, heads] of arrows) {
    ctx.fillStyle = color;
    ctx.beginPath();
    for (let i = 0; i < heads.length; i += 4) {
      const [ax, ay, bx, by] = [heads[i]!, heads[i + 1]!, heads[i + 2]!, heads[i + 3]!];
      const d = Math.hypot(bx - ax, by - ay) || 1;
      const [ux, uy] = [(bx - ax) / d, (by - ay) / d];
      ctx.moveTo(bx, by);
      ctx.lineTo(bx - ux * arrow - uy * arrow * 0.45, by - uy * arrow + ux * arrow * 0.45);
      ctx.lineTo(bx - ux * arrow + uy * arrow * 0.45, by - uy * arrow - ux * arrow * 0.45);
      ctx.closePath();
    }
    ctx.fill();
  }

  // Blocks, then the marks of the selected and the found on top.
  ctx.lineWidth = 1;
  for (const group of fills.values()) {
    ctx.globalAlpha = group.dimmed ? DIMMED_ALPHA : 1;
    ctx.fillStyle = group.color;
    for (const n of group.nodes) {
      const b = box(n);
      ctx.fillRect(b.left, b.top, b.w, b.h);
    }
  }
  ctx.globalAlpha = 1;
  for (const n of marked) {
    const b = box(n);
    if (n.data.found) {
      ctx.fillStyle = FOUND;
      outline(ctx, { left: b.left - 4, top: b.top - 4, w: b.w + 8, h: b.h + 8 }, 3);
    }
    if (n.selected) {
      ctx.fillStyle = colors.accent;
      outline(ctx, { left: b.left - 2, top: b.top - 2, w: b.w + 4, h: b.h + 4 }, 2);
    }
  }
  return { people, lines: drawn };
}

function outline(ctx: CanvasRenderingContext2D, b: { left: number; top: number; w: number; h: number }, weight: number): void {
  ctx.fillRect(b.left, b.top, b.w, weight);
  ctx.fillRect(b.left, b.top + b.h - weight, b.w, weight);
  ctx.fillRect(b.left, b.top, weight, b.h);
  ctx.fillRect(b.left + b.w - weight, b.top, weight, b.h);
}

/** A one-pixel vertical bar from ya to yb, kept within the pane's `height` (and a pixel around it). */
function vbar(ctx: CanvasRenderingContext2D, x: number, ya: number, yb: number, height: number): void {
  const top = Math.round(Math.max(-2, Math.min(ya, yb)));
  const bottom = Math.round(Math.min(height + 2, Math.max(ya, yb)));
  if (bottom < top) return;
  ctx.fillRect(Math.round(x - 0.5), top, 1, Math.max(1, bottom - top));
}

function hbar(ctx: CanvasRenderingContext2D, y: number, xa: number, xb: number, width: number): void {
  const left = Math.round(Math.max(-2, Math.min(xa, xb)));
  const right = Math.round(Math.min(width + 2, Math.max(xa, xb)));
  if (right < left) return;
  ctx.fillRect(left, Math.round(y - 0.5), Math.max(1, right - left + 1), 1);
}

const MARGIN = 16;

/** The part of a segment inside the pane (grown by a margin), Liang–Barsky; null when none. */
export function clip(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  width: number,
  height: number,
): [number, number, number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax + MARGIN],
    [dx, width + MARGIN - ax],
    [-dy, ay + MARGIN],
    [dy, height + MARGIN - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  return [t0 === 0 ? ax : ax + t0 * dx, t0 === 0 ? ay : ay + t0 * dy, t1 === 1 ? bx : ax + t1 * dx, t1 === 1 ? by : ay + t1 * dy];
}

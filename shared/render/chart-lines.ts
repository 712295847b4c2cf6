import type { LinkKind } from '../taxonomy/keys';

// Where the chart's lines run, as pure geometry: the canvas (its line component) and the SVG
// drawing (picture export, printed briefings) both take their paths from here, and department
// labels are placed clear of them.

export type Point = { x: number; y: number };
/** A rectangle: a card, a frame, a label. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type Side = 'top' | 'right' | 'bottom' | 'left';

/** How far above the people it leads to a reporting line turns across (inside their frame's padding, below its label). */
export const BAR_ABOVE = 16;
/**
 * A line that leaves the top or bottom of a card leaves this far from its middle, where the reporting
 * lines join: an ally one row below is then never drawn over the reporting line between them.
 */
export const SIDE_SHIFT = 30;

const NORMALS: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};
const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The middle of one side of a rectangle. */
export function sideMiddle(r: Rect, side: Side): Point {
  const c = centre(r);
  return side === 'top'
    ? { x: c.x, y: r.y }
    : side === 'bottom'
      ? { x: c.x, y: r.y + r.height }
      : side === 'left'
        ? { x: r.x, y: c.y }
        : { x: r.x + r.width, y: c.y };
}

/**
 * The two sides facing each other across the shortest gap: a card beside another joins it side to
 * side, one below joins it bottom to top, whatever the order of the two in the link.
 * e.g. nearestSides(card at (0,0), card at (300,0)) → right of the first, left of the second.
 */
export function nearestSides(a: Rect, b: Rect): { from: Side; to: Side } {
  let best: { from: Side; to: Side; d: number } | null = null;
  for (const from of SIDES) {
    for (const to of SIDES) {
      const p = sideMiddle(a, from);
      const q = sideMiddle(b, to);
      const n = NORMALS[from];
      const m = NORMALS[to];
      // Each side must face the other end: the line leaves outwards and arrives from outside.
      if ((q.x - p.x) * n.x + (q.y - p.y) * n.y <= 0 || (p.x - q.x) * m.x + (p.y - q.y) * m.y <= 0) continue;
      const d = Math.hypot(q.x - p.x, q.y - p.y);
      if (!best || d < best.d) best = { from, to, d };
    }
  }
  if (best) return { from: best.from, to: best.to };
  // Overlapping cards face nowhere: join along the axis they are furthest apart on.
  const ca = centre(a);
  const cb = centre(b);
  if (Math.abs(cb.x - ca.x) / (a.width + b.width) >= Math.abs(cb.y - ca.y) / (a.height + b.height)) {
    return cb.x >= ca.x ? { from: 'right', to: 'left' } : { from: 'left', to: 'right' };
  }
  return cb.y >= ca.y ? { from: 'bottom', to: 'top' } : { from: 'top', to: 'bottom' };
}

/** A line's route: its `path` to draw, `points` (a polyline along it) to keep labels off it, where its label goes. */
export interface LineRoute {
  /** The SVG path data, built when drawn (placing labels needs only the points). */
  path(): string;
  points: Point[];
  /** Set when the line is one straight segment (dashes can then be cut to a window). */
  straight?: [Point, Point];
  /** The middle of the line, where a note is shown. */
  mid: Point;
  from: Point;
  to: Point;
  fromSide: Side;
  toSide: Side;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const pt = (p: Point) => `${r2(p.x)},${r2(p.y)}`;

/**
 * The route of a line drawn from card `a` to card `b` (for a reporting line, `a` is the manager).
 * Solid reporting lines step down from the manager's lower edge and turn across just above the
 * people they lead to; dotted ones run straight. Every other kind joins the nearest sides:
 * influences and informal lines straight, ally and rival lines in a gentle curve.
 */
export function routeLine(kind: LinkKind, dotted: boolean, a: Rect, b: Rect): LineRoute {
  if (kind === 'reportsTo') {
    const from = sideMiddle(a, 'bottom');
    const to = sideMiddle(b, 'top');
    if (dotted) return straightRoute(from, to, 'bottom', 'top');
    const gap = to.y - from.y;
    const barY = gap >= BAR_ABOVE * 3 ? to.y - BAR_ABOVE : from.y + Math.max(12, gap / 2);
    const points = [from, { x: from.x, y: barY }, { x: to.x, y: barY }, to];
    return {
      path: () => roundedPath(points, 5),
      points,
      mid: { x: (from.x + to.x) / 2, y: barY },
      from,
      to,
      fromSide: 'bottom',
      toSide: 'top',
    };
  }
  const sides = nearestSides(a, b);
  let from = sideMiddle(a, sides.from);
  let to = sideMiddle(b, sides.to);
  const vertical = (s: Side) => s === 'top' || s === 'bottom';
  if (vertical(sides.from) && vertical(sides.to)) {
    // Off the middle, towards each other when they are apart; both the same way when stacked.
    const dx = to.x - from.x;
    const shift = Math.abs(dx) < 1 ? SIDE_SHIFT : Math.sign(dx) * Math.min(SIDE_SHIFT, Math.abs(dx) / 2);
    from = { x: from.x + shift, y: from.y };
    to = { x: to.x - (Math.abs(dx) < 1 ? -shift : shift), y: to.y };
  }
  if (kind === 'influences' || kind === 'informal') return straightRoute(from, to, sides.from, sides.to);
  // A curve that leaves and arrives square to the sides: never through either card.
  const n = NORMALS[sides.from];
  const m = NORMALS[sides.to];
  const bend = Math.max(24, Math.min(120, Math.hypot(to.x - from.x, to.y - from.y) / 3));
  const c1 = { x: from.x + n.x * bend, y: from.y + n.y * bend };
  const c2 = { x: to.x + m.x * bend, y: to.y + m.y * bend };
  const points: Point[] = [];
  const STEPS = 16;
  for (let i = 0; i <= STEPS; i++) points.push(cubicAt(from, c1, c2, to, i / STEPS));
  return {
    path: () => `M${pt(from)} C${pt(c1)} ${pt(c2)} ${pt(to)}`,
    points,
    mid: cubicAt(from, c1, c2, to, 0.5),
    from,
    to,
    fromSide: sides.from,
    toSide: sides.to,
  };
}

function straightRoute(from: Point, to: Point, fromSide: Side, toSide: Side): LineRoute {
  return {
    path: () => `M${pt(from)} L${pt(to)}`,
    points: [from, to],
    straight: [from, to],
    mid: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
    from,
    to,
    fromSide,
    toSide,
  };
}

function cubicAt(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/** A polyline with its corners rounded (as React Flow's step lines are). */
function roundedPath(points: readonly Point[], radius: number): string {
  let d = `M${pt(points[0]!)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    if (r < 0.5) {
      d += ` L${pt(c)}`;
      continue;
    }
    const towards = (a: Point, b: Point, len: number): Point => {
      const l = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      return { x: a.x + ((b.x - a.x) / l) * len, y: a.y + ((b.y - a.y) / l) * len };
    };
    d += ` L${pt(towards(c, p, r))} Q${pt(c)} ${pt(towards(c, n, r))}`;
  }
  return `${d} L${pt(points[points.length - 1]!)}`;
}

/** Whether the polyline passes through the rectangle (touching its inside). */
export function crosses(points: readonly Point[], r: Rect): boolean {
  for (let i = 0; i + 1 < points.length; i++)
    if (segmentSpan(points[i]!, points[i + 1]!, r.y, r.y + r.height, r.x, r.x + r.width)) return true;
  return false;
}

/**
 * The x-span of the part of segment a→b between heights y0 and y1 that also lies between x0 and
 * x1, or null when none does (Liang–Barsky clipping).
 */
export function segmentSpan(a: Point, b: Point, y0: number, y1: number, x0 = -Infinity, x1 = Infinity): [number, number] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  const xa = a.x + dx * t0;
  const xb = a.x + dx * t1;
  return [Math.min(xa, xb), Math.max(xa, xb)];
}

/** The box around a set of points. */
export function boundsOf(points: readonly Point[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

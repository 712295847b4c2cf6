import { departmentGroups, FRAME_HEAD, FRAME_PAD } from '../logic/chart/departments';
import { CARD_HEIGHT, CARD_WIDTH } from '../logic/layout';
import type { Link } from '../model/link';
import type { Person } from '../model/person';
import { boundsOf, crosses, routeLine, segmentSpan, type LineRoute, type Point, type Rect } from './chart-lines';
import { textWidth, wrapText } from './text-width';

// Department frames and their labels, as pure geometry shared by the canvas and the SVG drawing.
// A label is wrapped rather than cut, and placed where no line runs through it: along the frame's
// head, beside the lines that come down into the department, in more lines or a taller head when
// it has to.

// Room around a frame's people and its head (taller when a long label needs it): FRAME_PAD and
// FRAME_HEAD, kept with the department groups so placing a new card reads the same figures.
export { FRAME_HEAD, FRAME_PAD };
export const LABEL_FONT = 12;
export const LABEL_LINE = 14;
/** Where a label starts inside its frame. */
const LABEL_INSET = 12;
const LABEL_TOP = 6;
/** Room kept between a label and any line or card. */
const CLEAR = 3;
/** Lines a head may grow by before a label is allowed to touch a line. */
const MAX_EXTRA = 8;
/** A gap between lines narrower than this is no place for a label. */
const MIN_SLOT = 28;

export interface FrameLabel {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface FrameLayout {
  departmentId: string;
  /** The manager outside the department this part hangs from ('' for one whole department). */
  anchor: string;
  members: string[];
  name: string;
  box: Rect;
  label: FrameLabel;
  /** False only when no place clear of every line was found (the label is then drawn over them). */
  clear: boolean;
  /**
   * True when the label could not also keep off other frames' edges (frames that overlap, or a
   * head grown into the frame above): it is then drawn on a backing that hides what passes under it.
   */
  backing: boolean;
}

/** The label's text: the name wrapped to `width`, with " · count" kept whole at its end. */
export function labelLines(name: string, count: number, width: number): string[] {
  const lines = wrapText(name, width, LABEL_FONT);
  const suffix = `· ${count}`;
  const last = lines[lines.length - 1];
  if (last !== undefined && textWidth(`${last} ${suffix}`, LABEL_FONT) <= width) lines[lines.length - 1] = `${last} ${suffix}`;
  else lines.push(suffix);
  return lines;
}

const cardRect = (p: Point): Rect => ({ x: p.x, y: p.y, width: CARD_WIDTH, height: CARD_HEIGHT });

/** The route of each link between two placed people (a reporting line runs from the manager down). */
export function linkRoutes(links: readonly Link[], at: (id: string) => Point | undefined): Map<string, LineRoute> {
  const out = new Map<string, LineRoute>();
  for (const l of links) {
    const s = at(l.source);
    const t = at(l.target);
    if (!s || !t || l.source === l.target) continue;
    out.set(
      l.id,
      l.kind === 'reportsTo'
        ? routeLine(l.kind, l.dotted, cardRect(t), cardRect(s))
        : routeLine(l.kind, false, cardRect(s), cardRect(t)),
    );
  }
  return out;
}

/**
 * One frame per group of a department that sits together (see departmentGroups), sized from its
 * people, its label clear of every line in `routes` and of every card.
 */
export function layoutFrames(
  people: readonly Person[],
  links: readonly Link[],
  names: ReadonlyMap<string, string>,
  at: (id: string) => Point,
  routes: Iterable<LineRoute>,
): FrameLayout[] {
  const lines = [...routes].map((r) => ({ points: r.points, box: boundsOf(r.points) }));
  const cards = people.map((p) => cardRect(at(p.id)));
  const groups = departmentGroups(people, links).filter((g) => names.has(g.departmentId));
  const spans = groups.map((g) => {
    const members = g.members.map((id) => cardRect(at(id)));
    return boundsOf(members.flatMap((m) => [m, { x: m.x + m.width, y: m.y + m.height }]));
  });
  // Every frame's edges as it stands before any head grows: a label also keeps off those of other frames when it can.
  const edges = spans.map((b) => {
    const x0 = b.x - FRAME_PAD;
    const y0 = b.y - FRAME_PAD - FRAME_HEAD;
    const x1 = b.x + b.width + FRAME_PAD;
    const y1 = b.y + b.height + FRAME_PAD;
    const points = [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
      { x: x0, y: y0 },
    ];
    return { points, box: boundsOf(points) };
  });
  return groups.map((group, i) => {
    const name = names.get(group.departmentId)!;
    const others = edges.filter((_, j) => j !== i);
    // Clear of the lines first; then, if a head no taller allows it, of other frames' edges too.
    const ofLines = placeLabel(name, group.members.length, spans[i]!, lines, cards, MAX_EXTRA);
    const ofAll = ofLines && placeLabel(name, group.members.length, spans[i]!, [...lines, ...others], cards, ofLines.extra);
    const placed = ofAll ?? ofLines;
    const layout = placed
      ? { box: placed.box, label: placed.label, clear: true }
      : fallback(name, group.members.length, spans[i]!);
    return {
      departmentId: group.departmentId,
      anchor: group.anchor,
      members: group.members,
      name,
      ...layout,
      backing: !ofAll && !(placed && clearOf(placed, others)),
    };
  });
}

/** Whether a placed label also keeps off the given frame edges. */
function clearOf(placed: { label: FrameLabel }, edges: readonly Obstacle[]): boolean {
  const l = placed.label;
  const box = { x: l.x - CLEAR, y: l.y - CLEAR, width: l.width + 2 * CLEAR, height: l.height + 2 * CLEAR };
  return edges.every((e) => !crosses(e.points, box));
}

type Obstacle = { points: readonly Point[]; box: Rect };

/** The first place in the frame's head (growing it when it must) where the label meets no obstacle; null when none. */
function placeLabel(
  name: string,
  count: number,
  people: Rect,
  lines: readonly Obstacle[],
  cards: readonly Rect[],
  maxExtra: number,
): { box: Rect; label: FrameLabel; extra: number } | null {
  const fx = people.x - FRAME_PAD;
  const fw = people.width + FRAME_PAD * 2;
  const top = people.y;
  const bottom = people.y + people.height + FRAME_PAD;
  const xa = fx + LABEL_INSET;
  const xb = fx + fw - LABEL_INSET;
  const frameAt = (head: number): Rect => ({
    x: fx,
    y: top - FRAME_PAD - head,
    width: fw,
    height: bottom - (top - FRAME_PAD - head),
  });
  // Only what reaches the frame's head can be in a label's way.
  const reach: Rect = {
    x: fx,
    y: top - FRAME_PAD - FRAME_HEAD - MAX_EXTRA * LABEL_LINE,
    width: fw,
    height: FRAME_PAD + FRAME_HEAD + MAX_EXTRA * LABEL_LINE,
  };
  const near = (r: Rect) =>
    r.x <= reach.x + reach.width && r.x + r.width >= reach.x && r.y <= reach.y + reach.height && r.y + r.height >= reach.y;
  const nearLines = lines.filter((l) => near(l.box));
  const nearCards = cards.filter(near);
  for (let extra = 0; extra <= maxExtra; extra++) {
    const head = FRAME_HEAD + extra * LABEL_LINE;
    const y0 = top - FRAME_PAD - head + LABEL_TOP;
    for (let k = 1; y0 + k * LABEL_LINE <= top - CLEAR; k++) {
      const band = [y0 - CLEAR, y0 + k * LABEL_LINE + CLEAR] as const;
      const blocked: [number, number][] = [];
      for (const l of nearLines) {
        for (let i = 0; i + 1 < l.points.length; i++) {
          const span = segmentSpan(l.points[i]!, l.points[i + 1]!, band[0], band[1], xa - CLEAR, xb + CLEAR);
          if (span) blocked.push([span[0] - CLEAR, span[1] + CLEAR]);
        }
      }
      for (const c of nearCards)
        if (c.y < band[1] && c.y + c.height > band[0]) blocked.push([c.x - CLEAR, c.x + c.width + CLEAR]);
      for (const [s0, s1] of freeSlots(xa, xb, blocked)) {
        if (s1 - s0 < MIN_SLOT) continue;
        const text = labelLines(name, count, s1 - s0);
        if (text.length > k) continue;
        return { box: frameAt(head), label: labelAt(s0, y0, text), extra };
      }
    }
  }
  return null;
}

/** Nowhere clear: the whole width, in as many lines as it takes, at the top of a head tall enough. */
function fallback(name: string, count: number, people: Rect): { box: Rect; label: FrameLabel; clear: boolean } {
  const fx = people.x - FRAME_PAD;
  const fw = people.width + FRAME_PAD * 2;
  const text = labelLines(name, count, fw - 2 * LABEL_INSET);
  const head = FRAME_HEAD + Math.max(0, text.length - 2) * LABEL_LINE;
  const y = people.y - FRAME_PAD - head;
  return {
    box: { x: fx, y, width: fw, height: people.y + people.height + FRAME_PAD - y },
    label: labelAt(fx + LABEL_INSET, y + LABEL_TOP, text),
    clear: false,
  };
}

function labelAt(x: number, y: number, lines: string[]): FrameLabel {
  return { x, y, width: Math.max(...lines.map((l) => textWidth(l, LABEL_FONT))), height: lines.length * LABEL_LINE, lines };
}

/** The parts of [a, b] outside every blocked interval, left to right. */
function freeSlots(a: number, b: number, blocked: [number, number][]): [number, number][] {
  blocked.sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  let at = a;
  for (const [s, e] of blocked) {
    if (e <= at) continue;
    if (s > at) out.push([at, Math.min(s, b)]);
    at = Math.max(at, e);
    if (at >= b) break;
  }
  if (at < b) out.push([at, b]);
  return out.filter(([s, e]) => e > s);
}

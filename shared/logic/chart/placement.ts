import type { Account } from '../../model/account';
import { CARD_HEIGHT, CARD_WIDTH, GAP_X, GAP_Y } from '../layout';
import { departmentGroups, FRAME_HEAD, FRAME_PAD } from './departments';

// Where a card drawn by hand lands: a new report under its manager beside its siblings, a new
// person in free space. Never on another card; never across a department's frame.

type Point = { x: number; y: number };
interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const cardRect = (p: Point): Rect => ({ x0: p.x, y0: p.y, x1: p.x + CARD_WIDTH, y1: p.y + CARD_HEIGHT });
/** Cards closer than half a gap read as touching: keep that much air around a new one. */
const AIR_X = GAP_X / 2;
const AIR_Y = GAP_Y / 4;
const overlaps = (a: Rect, b: Rect, airX = AIR_X, airY = AIR_Y) => a.x0 < b.x1 + airX && b.x0 < a.x1 + airX && a.y0 < b.y1 + airY && b.y0 < a.y1 + airY;

/** The frame each department group is drawn in on the canvas (see the canvas's department nodes). */
export function departmentFrames(account: Pick<Account, 'people' | 'links' | 'canvas'>): Rect[] {
  const pos = account.canvas.positions;
  const frames: Rect[] = [];
  for (const group of departmentGroups(account.people, account.links)) {
    const at = group.members.map((id) => pos[id]).filter((p): p is Point => !!p);
    if (!at.length) continue;
    frames.push({
      x0: Math.min(...at.map((p) => p.x)) - FRAME_PAD,
      y0: Math.min(...at.map((p) => p.y)) - FRAME_PAD - FRAME_HEAD,
      x1: Math.max(...at.map((p) => p.x)) + CARD_WIDTH + FRAME_PAD,
      y1: Math.max(...at.map((p) => p.y)) + CARD_HEIGHT + FRAME_PAD,
    });
  }
  return frames;
}

/**
 * The free place nearest `near` for a new card: on a grid of card slots around it, ring by ring,
 * the first that touches no card and no department frame. Example: the view's centre for N.
 */
export function freeSpotNear(account: Pick<Account, 'people' | 'links' | 'canvas'>, near: Point): Point {
  const cards = Object.values(account.canvas.positions).map(cardRect);
  const frames = departmentFrames(account);
  const free = (p: Point) => {
    const r = cardRect(p);
    return !cards.some((c) => overlaps(r, c)) && !frames.some((f) => overlaps(r, f, 8, 8));
  };
  const stepX = CARD_WIDTH + GAP_X;
  const stepY = CARD_HEIGHT + GAP_Y / 2;
  const start = { x: Math.round(near.x), y: Math.round(near.y) };
  for (let ring = 0; ring <= 40; ring++) {
    // The ring's slots, nearest to the centre first.
    const slots: Point[] = [];
    for (let i = -ring; i <= ring; i++)
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) slots.push({ x: start.x + i * stepX, y: start.y + j * stepY });
    slots.sort((a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y));
    const found = slots.find(free);
    if (found) return found;
  }
  // A chart so full that 40 rings hold no slot: below everything.
  const bottom = Math.max(...cards.map((c) => c.y1));
  return { x: start.x, y: bottom + GAP_Y };
}

/**
 * Where a new direct report of `managerId` goes: in the row under the manager, right of their
 * last report (first one: straight under them), or under the last of a column of reports. Cards
 * in the way, and everyone outside the manager's team at or below the manager's row to their
 * right, move right by as much as the new card needs, so teams never interleave. `moves` are
 * those cards' new places.
 */
export function placeReport(account: Pick<Account, 'people' | 'links' | 'canvas'>, managerId: string): { at: Point; moves: Record<string, Point> } {
  const pos = account.canvas.positions;
  const manager = pos[managerId];
  if (!manager) return { at: freeSpotNear(account, { x: 0, y: 0 }), moves: {} };
  const reports = account.links
    .filter((l) => l.kind === 'reportsTo' && !l.dotted && l.target === managerId && pos[l.source])
    .map((l) => pos[l.source]!);
  let at: Point;
  if (!reports.length) at = { x: manager.x, y: manager.y + CARD_HEIGHT + GAP_Y };
  else if (reports.length >= 2 && reports.every((r) => Math.abs(r.x - reports[0]!.x) < 1)) {
    // A column of reports (as the layout stacks many people without staff): one more below.
    const lowest = Math.max(...reports.map((r) => r.y));
    at = { x: reports[0]!.x, y: lowest + CARD_HEIGHT + GAP_Y };
  } else {
    const last = reports.reduce((a, b) => (b.x > a.x ? b : a));
    at = { x: last.x + CARD_WIDTH + GAP_X, y: last.y };
  }
  // In the way: a card the new one would touch, or anyone outside this manager's team standing in
  // its column at or below the manager's row (their team would interleave with this one).
  const mine = cardRect(at);
  const ancestors = chainAbove(account, managerId);
  const team = teamOf(account, managerId);
  const inColumn = (p: Point) => p.y >= manager.y - 1 && p.x < at.x + CARD_WIDTH + GAP_X && p.x + CARD_WIDTH > at.x;
  const blocking = Object.entries(pos).filter(([id, p]) => !ancestors.has(id) && (overlaps(mine, cardRect(p)) || (!team.has(id) && inColumn(p))));
  if (!blocking.length) return { at, moves: {} };
  const from = Math.min(...blocking.map(([, p]) => p.x));
  const shift = at.x + CARD_WIDTH + GAP_X - from;
  const blocked = new Set(blocking.map(([id]) => id));
  const moves: Record<string, Point> = {};
  for (const [id, p] of Object.entries(pos)) {
    const moving = blocked.has(id) || (!ancestors.has(id) && !team.has(id) && p.y >= manager.y - 1 && p.x >= from - 1);
    if (moving) moves[id] = { x: p.x + shift, y: p.y };
  }
  return { at, moves };
}

/** Everyone under `id` along solid lines. */
function teamOf(account: Pick<Account, 'links'>, id: string): Set<string> {
  const reportsOf = new Map<string, string[]>();
  for (const l of account.links) if (l.kind === 'reportsTo' && !l.dotted) reportsOf.set(l.target, [...(reportsOf.get(l.target) ?? []), l.source]);
  const team = new Set<string>();
  const next = [...(reportsOf.get(id) ?? [])];
  while (next.length) {
    const at = next.pop()!;
    if (team.has(at) || at === id) continue;
    team.add(at);
    next.push(...(reportsOf.get(at) ?? []));
  }
  return team;
}

/** The manager and their managers up the solid lines: they stay where they are. */
function chainAbove(account: Pick<Account, 'links'>, id: string): Set<string> {
  const managerOf = new Map<string, string>();
  for (const l of account.links) if (l.kind === 'reportsTo' && !l.dotted) managerOf.set(l.source, l.target);
  const chain = new Set<string>();
  for (let at: string | undefined = id; at && !chain.has(at); at = managerOf.get(at)) chain.add(at);
  return chain;
}

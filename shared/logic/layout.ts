import { hierarchy, tree } from 'd3-hierarchy';
import type { Link } from '../model/link';

export const CARD_WIDTH = 220;
export const CARD_HEIGHT = 96;
export const GAP_X = 40;
export const GAP_Y = 80;

export type LayoutDirection = 'TB' | 'LR';

/** From this many direct reports (none of them a manager), they are stacked in a column. */
export const STACK_FROM = 4;

export interface LayoutOptions {
  /** Top-down (default) or left-to-right. */
  direction?: LayoutDirection;
  /** Managers whose subtree is folded: laid out as leaves; the hidden people keep their places. */
  collapsed?: ReadonlySet<string>;
  /** Colleagues of one group (department) are placed side by side, so its frame stays compact. */
  groupOf?: (id: string) => string | null;
}

type Point = { x: number; y: number };

/**
 * Tidy-tree positions (d3-hierarchy's Reingold–Tilford, linear time) along solid reporting
 * lines. Trees stand side by side; people with neither manager nor staff are packed in a grid
 * after them rather than stretching the top row. Anyone caught in a cycle counts as a top.
 */
export function layoutReportingTree(
  personIds: readonly string[],
  links: readonly Link[],
  options: LayoutOptions = {},
): Map<string, Point> {
  const direction = options.direction ?? 'TB';
  const collapsed = options.collapsed ?? new Set<string>();
  const known = new Set(personIds);
  const managerOf = new Map<string, string>();
  for (const l of links) {
    if (l.kind === 'reportsTo' && !l.dotted && known.has(l.source) && known.has(l.target) && !managerOf.has(l.source)) {
      managerOf.set(l.source, l.target);
    }
  }
  const ROOT = '\u0000root';
  const onCycle = cycleMembers(managerOf);
  const parentOf = (id: string) => (managerOf.has(id) && !onCycle.has(id) ? managerOf.get(id)! : ROOT);
  const children = new Map<string, string[]>();
  for (const id of personIds) {
    const parent = parentOf(id);
    const list = children.get(parent);
    if (list) list.push(id);
    else children.set(parent, [id]);
  }
  if (options.groupOf) {
    const groupOf = options.groupOf;
    for (const [parent, list] of children) {
      // Stable: groups in the order they first appear, people in their order within a group.
      const rank = new Map<string | null, number>();
      for (const id of list) if (!rank.has(groupOf(id))) rank.set(groupOf(id), rank.size);
      children.set(
        parent,
        [...list].sort((a, b) => rank.get(groupOf(a))! - rank.get(groupOf(b))!),
      );
    }
  }
  const tops = children.get(ROOT) ?? [];
  const loners = tops.filter((id) => !children.has(id));
  children.set(
    ROOT,
    tops.filter((id) => children.has(id)),
  );

  // Along the tree's breadth and depth, whatever the direction.
  const breadth = direction === 'TB' ? CARD_WIDTH + GAP_X : CARD_HEIGHT + GAP_Y / 2;
  const depth = direction === 'TB' ? CARD_HEIGHT + GAP_Y : CARD_WIDTH + GAP_X * 2;
  const place = (b: number, d: number): Point =>
    direction === 'TB'
      ? { x: Math.round(b - CARD_WIDTH / 2), y: Math.round(d) }
      : { x: Math.round(d), y: Math.round(b - CARD_HEIGHT / 2) };

  const out = new Map<string, Point>();
  let maxBreadth = -Infinity;
  let minBreadth = Infinity;
  let maxDepth = 0;
  // A manager with many people and no managers among them stacks them in one column under
  // itself (a chain in the tree) instead of a wide row: a large chart stays narrow enough to read.
  const stacked = new Map<string, string[]>();
  const inColumn = new Set<string>(); // the stacked people (none of them a manager)
  for (const [parent, list] of children) {
    if (parent === ROOT || collapsed.has(parent) || list.length < STACK_FROM || list.some((id) => children.has(id))) continue;
    stacked.set(parent, [list[0]!]);
    for (let i = 0; i + 1 < list.length; i++) stacked.set(list[i]!, [list[i + 1]!]);
    for (const id of list) inColumn.add(id);
  }
  const childrenOf = (id: string) => (id !== ROOT && collapsed.has(id) ? undefined : (stacked.get(id) ?? children.get(id)));
  if (children.get(ROOT)!.length) {
    const root = hierarchy<string>(ROOT, childrenOf);
    const laid = tree<string>().nodeSize([breadth, depth])(root);
    for (const node of laid.descendants()) {
      if (node.data === ROOT) continue;
      const d = (node.depth - 1) * depth;
      // Stacked people sit a little to the side, so their manager's lines show along the column.
      out.set(node.data, place(inColumn.has(node.data) ? node.x + breadth * 0.25 : node.x, d));
      maxBreadth = Math.max(maxBreadth, node.x);
      minBreadth = Math.min(minBreadth, node.x);
      maxDepth = Math.max(maxDepth, d);
    }
  }
  if (loners.length) {
    // A grid below (TB) or right of (LR) the trees, as wide as the trees or a square.
    const startDepth = out.size ? maxDepth + depth * 1.5 : 0;
    const span = out.size ? maxBreadth - minBreadth : 0;
    const columns = Math.max(Math.ceil(Math.sqrt(loners.length)), Math.floor(span / breadth) + 1);
    const first = out.size ? minBreadth : 0;
    loners.forEach((id, i) => {
      out.set(id, place(first + (i % columns) * breadth, startDepth + Math.floor(i / columns) * depth));
    });
  }
  return out;
}

/** People whose chain of managers loops back (they have no top to hang from). */
function cycleMembers(managerOf: ReadonlyMap<string, string>): Set<string> {
  // 1: on the path being walked, 2: walked. One map and one path for all the walks: a set and an
  // array per walk made most of the layout's garbage at 5,000 people.
  const state = new Map<string, 1 | 2>();
  const cyclic = new Set<string>();
  const path: string[] = [];
  for (const start of managerOf.keys()) {
    if (state.has(start)) continue;
    path.length = 0;
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = managerOf.get(cur);
    }
    if (cur !== undefined && state.get(cur) === 1) for (const id of path.slice(path.indexOf(cur))) cyclic.add(id);
    for (const id of path) state.set(id, 2);
  }
  return cyclic;
}

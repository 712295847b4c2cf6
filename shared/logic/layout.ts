import { hierarchy, tree } from 'd3-hierarchy';
import type { Link } from '../model/link';

export const CARD_WIDTH = 220;
export const CARD_HEIGHT = 96;
const GAP_X = 40;
const GAP_Y = 80;

/**
 * Tidy-tree positions (top-down) for people along their solid reporting lines; people
 * without a manager become roots side by side. Linear in the number of people.
 */
export function layoutReportingTree(
  personIds: readonly string[],
  links: readonly Link[],
): Map<string, { x: number; y: number }> {
  const known = new Set(personIds);
  const managerOf = new Map<string, string>();
  for (const l of links) {
    if (l.kind === 'reportsTo' && !l.dotted && known.has(l.source) && known.has(l.target) && !managerOf.has(l.source)) {
      managerOf.set(l.source, l.target);
    }
  }
  // A virtual root holds every top-level person (and anyone caught in a cycle).
  const ROOT = '\u0000root';
  const children = new Map<string, string[]>();
  const reachesRootWithoutCycle = (id: string): boolean => {
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur; cur = managerOf.get(cur)) {
      if (seen.has(cur)) return false;
      seen.add(cur);
    }
    return true;
  };
  for (const id of personIds) {
    const parent = managerOf.has(id) && reachesRootWithoutCycle(id) ? managerOf.get(id)! : ROOT;
    const list = children.get(parent) ?? [];
    list.push(id);
    children.set(parent, list);
  }
  const root = hierarchy<string>(ROOT, (id) => children.get(id));
  const laid = tree<string>().nodeSize([CARD_WIDTH + GAP_X, CARD_HEIGHT + GAP_Y])(root);
  const out = new Map<string, { x: number; y: number }>();
  for (const node of laid.descendants()) {
    if (node.data === ROOT) continue;
    out.set(node.data, { x: Math.round(node.x - CARD_WIDTH / 2), y: Math.round((node.depth - 1) * (CARD_HEIGHT + GAP_Y)) });
  }
  return out;
}

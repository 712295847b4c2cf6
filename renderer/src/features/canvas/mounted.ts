import { useMemo, useState } from 'react';
import type { ChartNode, LinkEdge } from './toFlow';

/** Selected cards stay mounted far out (focus, keyboard) only while they are this few. */
const MOUNT_SELECTED_UP_TO = 20;

/**
 * Far out (cards as blocks) React Flow still holds every card, for selection, dragging, fitting
 * and the keys, but mounts only these: the card under the mouse (so it drags, opens its menu and
 * selects as any card), the one being edited, the match of Find and a small selection. The rest
 * are hidden from React Flow and drawn by ChartLayer. Null: mount what React Flow culls to.
 */
export function useMountedIds(
  blocks: boolean,
  nodes: readonly ChartNode[],
  extra: readonly (string | null | undefined)[],
): ReadonlySet<string> | null {
  const selected = useMemo(() => (blocks ? smallSelection(nodes) : []), [blocks, nodes]);
  const key = blocks ? [...extra.filter((id): id is string => !!id), ...selected].join('\n') : null;
  return useMemo(() => (key === null ? null : new Set(key ? key.split('\n') : [])), [key]);
}

/** The selected people, or none when there are more than MOUNT_SELECTED_UP_TO. */
function smallSelection(nodes: readonly ChartNode[]): string[] {
  const ids: string[] = [];
  for (const n of nodes) {
    if (n.selected && n.type === 'person') ids.push(n.id);
    if (ids.length > MOUNT_SELECTED_UP_TO) return [];
  }
  return ids;
}

/**
 * The nodes handed to React Flow: all of them, or, far out, hidden twins of those not mounted.
 * A twin is made once per node object, so an unchanged card gives React Flow the same object
 * and costs it nothing.
 */
export function useFlowNodes(nodes: ChartNode[], mounted: ReadonlySet<string> | null): ChartNode[] {
  const [twins] = useState(() => new WeakMap<ChartNode, ChartNode>());
  return useMemo(() => {
    if (!mounted) return nodes;
    return nodes.map((n) => {
      if (mounted.has(n.id)) return n;
      let twin = twins.get(n);
      if (!twin) twins.set(n, (twin = { ...n, hidden: true }));
      return twin;
    });
  }, [nodes, mounted, twins]);
}

/**
 * The cards being dragged that React Flow draws (all of them at the far step, the mounted ones
 * further out). While they move, they and their lines are React Flow's: the canvas layer's
 * picture stays as it is instead of being drawn again for every frame of the drag.
 */
export function useLiveIds(far: boolean, nodes: readonly ChartNode[], mounted: ReadonlySet<string> | null): ReadonlySet<string> {
  const key = useMemo(
    () =>
      far
        ? nodes
            .filter((n) => n.dragging && (!mounted || mounted.has(n.id)))
            .map((n) => n.id)
            .join('\n')
        : '',
    [far, nodes, mounted],
  );
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}

/**
 * Far out, lines are hairlines without dashes, dots or hit areas: ChartLayer draws them. React Flow
 * keeps the selected ones (drawn whole, with their note; its keys act on them) and those of the
 * cards being dragged (see useLiveIds).
 */
export function useFlowEdges(edges: LinkEdge[], far: boolean, live: ReadonlySet<string>): LinkEdge[] {
  return useMemo(
    () => (far ? edges.filter((e) => e.selected || live.has(e.source) || live.has(e.target)) : edges),
    [edges, far, live],
  );
}

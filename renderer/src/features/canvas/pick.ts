// Hit testing on the chart's own geometry, for the zoom step where cards are drawn on one canvas
// and not mounted in the DOM: the browser cannot say what is under the mouse, so we do.
// Plain data in, ids out: no React, no DOM, so it is unit-tested as it is.

/** What picking needs of a node: React Flow's internal nodes have this shape. */
export interface PlacedNode {
  id: string;
  type?: string;
  internals: { positionAbsolute: { x: number; y: number } };
  measured: { width?: number; height?: number };
  width?: number;
  height?: number;
}

/** React Flow's transform: [x, y, zoom], screen = chart * zoom + (x, y). */
export type Transform = readonly [number, number, number];

const sizeOf = (n: PlacedNode) => ({ width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 });

/** A point on the pane (pixels from its top left) in chart coordinates. */
export function toChart(p: { x: number; y: number }, [tx, ty, zoom]: Transform): { x: number; y: number } {
  return { x: (p.x - tx) / zoom, y: (p.y - ty) / zoom };
}

/**
 * The person card under a chart point, else the nearest within `slack` chart units (far out a
 * card is a few pixels: a little slack lets the mouse find it). Last drawn wins, as on screen.
 */
export function personAt(nodes: Iterable<PlacedNode>, p: { x: number; y: number }, slack: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const n of nodes) {
    if (n.type !== 'person') continue;
    const { x, y } = n.internals.positionAbsolute;
    const { width, height } = sizeOf(n);
    const dx = p.x < x ? x - p.x : p.x > x + width ? p.x - x - width : 0;
    const dy = p.y < y ? y - p.y : p.y > y + height ? p.y - y - height : 0;
    const d = Math.hypot(dx, dy);
    if (d <= slack && d <= bestDistance) {
      best = n.id;
      bestDistance = d;
    }
  }
  return best;
}

/** The person cards wholly inside a chart rectangle (a selection box), as React Flow selects. */
export function peopleInside(nodes: Iterable<PlacedNode>, r: { x: number; y: number; width: number; height: number }): string[] {
  const ids: string[] = [];
  for (const n of nodes) {
    if (n.type !== 'person') continue;
    const { x, y } = n.internals.positionAbsolute;
    const { width, height } = sizeOf(n);
    if (x >= r.x && y >= r.y && x + width <= r.x + r.width && y + height <= r.y + r.height) ids.push(n.id);
  }
  return ids;
}

import type { Edge, Node } from '@xyflow/react';
import type { Account } from '../../../shared/model/account';
import type { Link } from '../../../shared/model/link';

/** What the bench hands the bare React Flow page (as `window.__graph`). */
export interface BareGraph {
  /** Default nodes (label only) at the positions our canvas shows. */
  nodes: Node[];
  /** The same lines with React Flow's built-in edge types, drawn as our canvas draws them. */
  edges: Edge[];
  /** For timing `layoutReportingTree` in the page. */
  personIds: string[];
  links: Link[];
  /** The size of our canvas's pane, so both panes show the same area. */
  size: { width: number; height: number };
  /** Our canvas's view once opened (same part of the chart, same zoom), and its lowest zoom. */
  viewport: { x: number; y: number; zoom: number };
  minZoom: number;
}

export function toBareGraph(
  account: Account,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  view: Pick<BareGraph, 'size' | 'viewport' | 'minZoom'>,
): BareGraph {
  const ids = new Set(account.people.map((p) => p.id));
  return {
    nodes: account.people.map((p) => ({ id: p.id, position: positions.get(p.id) ?? { x: 0, y: 0 }, data: { label: p.name } })),
    edges: account.links
      .filter((l) => ids.has(l.source) && ids.has(l.target))
      .map((l): Edge =>
        l.kind === 'reportsTo'
          ? { id: l.id, source: l.target, target: l.source, type: 'smoothstep' }
          : {
              id: l.id,
              source: l.source,
              target: l.target,
              markerEnd: l.kind === 'influences' ? { type: 'arrowclosed' as const } : undefined,
            },
      ),
    personIds: account.people.map((p) => p.id),
    links: account.links,
    ...view,
  };
}

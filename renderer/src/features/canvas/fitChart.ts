import type { ReactFlowInstance } from '@xyflow/react';
import { LABEL_FONT, LABEL_LINE } from '../../../../shared/render/chart-frames';
import { textWidth } from '../../../../shared/render/text-width';
import { boundsOf, clearFit, clearPan, panelsOver, type Box, type Size, type Viewport } from './clear-view';
import type { ChartNode } from './toFlow';

/** What the fits need of React Flow (any instance of the chart's nodes). */
type Flow = Pick<ReactFlowInstance<ChartNode>, 'getNodes' | 'getNode' | 'getViewport' | 'setViewport'>;

/** Low enough that a 1,000-person chart fits beside the person panel. */
export const MIN_ZOOM = 0.02;
/** How every "fit" fits (toolbar, keys, menu, zoom buttons, after a layout, the first view). */
export const FIT_OPTIONS = { padding: 0.08, maxZoom: 1, minZoom: MIN_ZOOM } as const;

const boxOf = (n: ChartNode): Box => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });

/**
 * What a fit frames (every card and frame) and what must stay clear of the panels: the cards,
 * and each frame's label (a frame's empty corner may pass under the overview).
 */
export function fitItems(nodes: readonly ChartNode[]): { bounds: Box; items: Box[] } {
  const items: Box[] = [];
  for (const n of nodes) {
    if (n.type === 'person') items.push(boxOf(n));
    else {
      const { label } = n.data;
      const width = Math.max(0, ...label.lines.map((l) => textWidth(l, LABEL_FONT)));
      items.push({
        x: n.position.x + label.x - 2,
        y: n.position.y + label.y - 2,
        width: width + 4,
        height: label.lines.length * LABEL_LINE + 4,
      });
    }
  }
  return { bounds: boundsOf(nodes.map(boxOf)), items };
}

/** The chart's React Flow element (one account's chart is shown at a time). */
const flowElement = () => document.querySelector<HTMLElement>('.account-chart .react-flow');

/**
 * Fits the chart (or the people `ids`) to the canvas with every card clear of the toolbar, the
 * legend, the overview and the zoom buttons.
 */
export function fitChart(
  rf: Flow,
  options: { ids?: readonly string[]; padding?: number; maxZoom?: number; duration?: number } = {},
): void {
  const flow = flowElement();
  if (!flow) return;
  const wanted = options.ids && options.ids.length ? new Set(options.ids) : null;
  const nodes = rf.getNodes().filter((n) => !wanted || wanted.has(n.id));
  if (!nodes.length) return;
  const { bounds, items } = fitItems(nodes);
  const view: Size = { width: flow.clientWidth, height: flow.clientHeight };
  const viewport = clearFit(bounds, items, view, panelsOver(flow), {
    ...FIT_OPTIONS,
    padding: options.padding ?? FIT_OPTIONS.padding,
    maxZoom: options.maxZoom ?? FIT_OPTIONS.maxZoom,
  });
  void rf.setViewport(viewport, { duration: options.duration ?? 0 });
}

/** Pans (never zooms) so the card `id` is in view and under no panel; nothing when it already is. */
export function keepInView(rf: Flow, id: string, duration = 250): void {
  const flow = flowElement();
  const node = rf.getNode(id);
  if (!flow || !node) return;
  const v: Viewport = rf.getViewport();
  const to = clearPan(boxOf(node), v, { width: flow.clientWidth, height: flow.clientHeight }, panelsOver(flow));
  if (to) void rf.setViewport({ ...to, zoom: v.zoom }, { duration });
}

import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartNode } from './toFlow';

const WIDTH = 200;
const HEIGHT = 150;
/** Room around the chart, in minimap pixels. */
const MARGIN = 5;

interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}
const viewOf = (s: ReactFlowState): View => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
});
const sameView = (a: View, b: View) =>
  a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height;
/** The window on the overview is never drawn smaller than this (overview pixels): it stays findable. */
const MIN_WINDOW = 6;

interface Drawing {
  /** One path per fill (attitude, dimmed or not): a handful of elements however big the chart. */
  paths: { key: string; fill: string; dimmed: boolean; d: string }[];
  bounds: { x: number; y: number; width: number; height: number } | null;
}

function draw(nodes: readonly ChartNode[]): Drawing {
  const byFill = new Map<string, { fill: string; dimmed: boolean; parts: string[] }>();
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    if (n.type !== 'person') continue;
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  // A card is never under an overview pixel: a big chart (thousands across) still shows where its
  // people are rather than a blank box.
  const unit = x0 === Infinity ? 0 : Math.max((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT);
  for (const n of nodes) {
    if (n.type !== 'person') continue;
    const w = Math.max(n.width ?? 0, unit);
    const h = Math.max(n.height ?? 0, unit);
    const { x, y } = n.position;
    const key = `${n.data.person.attitude}${n.data.dimmed ? '-dim' : ''}`;
    let group = byFill.get(key);
    if (!group)
      byFill.set(key, (group = { fill: `var(--attitude-${n.data.person.attitude})`, dimmed: n.data.dimmed, parts: [] }));
    group.parts.push(`M${x} ${y}h${w}v${h}h${-w}z`);
  }
  return {
    paths: [...byFill].map(([key, g]) => ({ key, fill: g.fill, dimmed: g.dimmed, d: g.parts.join('') })),
    bounds: x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
  };
}

/**
 * The overview in the corner. React Flow's own MiniMap draws one element per card, each watching
 * the store, so every frame of a pan on a 1,000-person chart ran 1,000 more checks; this one
 * draws a few paths, redrawn only when the cards change, and watches the view once. Moving and
 * zooming by the overview is React Flow's own (XYMinimap).
 */
export const ChartMiniMap = memo(function ChartMiniMap({ nodes }: { nodes: readonly ChartNode[] }) {
  const { t } = useTranslation();
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const view = useStore(viewOf, sameView);
  const panZoom = useStore((s) => s.panZoom);
  const translateExtent = useStore((s) => s.translateExtent);
  // While a card is dragged the overview keeps its picture (redrawing thousands of cards on every
  // frame of a drag costs more than it shows); the drop draws it again.
  const [settled, setSettled] = useState(nodes);
  const dragging = nodes.some((n) => n.dragging);
  if (!dragging && settled !== nodes) setSettled(nodes);
  const drawing = useMemo(() => draw(settled), [settled]);

  // What is on screen, in chart coordinates; the overview shows it and the whole chart.
  const seen = { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
  const b = drawing.bounds;
  const box = b
    ? {
        x: Math.min(b.x, seen.x),
        y: Math.min(b.y, seen.y),
        width: Math.max(b.x + b.width, seen.x + seen.width) - Math.min(b.x, seen.x),
        height: Math.max(b.y + b.height, seen.y + seen.height) - Math.min(b.y, seen.y),
      }
    : seen;
  const scale = Math.max(box.width / WIDTH, box.height / HEIGHT) || 1;
  const margin = MARGIN * scale;
  const vx = box.x - (scale * WIDTH - box.width) / 2 - margin;
  const vy = box.y - (scale * HEIGHT - box.height) / 2 - margin;
  const vw = scale * WIDTH + margin * 2;
  const vh = scale * HEIGHT + margin * 2;
  // What one minimap pixel is in chart pixels, as the SVG fits the viewBox (margins included).
  const scaleRef = useRef(scale);
  scaleRef.current = Math.max(vw / WIDTH, vh / HEIGHT);
  // The window as drawn: grown about its middle to a few overview pixels when the view is a speck.
  const least = MIN_WINDOW * scaleRef.current;
  const win = {
    x: seen.x - Math.max(0, least - seen.width) / 2,
    y: seen.y - Math.max(0, least - seen.height) / 2,
    width: Math.max(seen.width, least),
    height: Math.max(seen.height, least),
  };

  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleRef.current,
    });
    return () => {
      minimap.current?.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: view.width,
      height: view.height,
      pannable: true,
      zoomable: true,
      zoomStep: 1,
      inversePan: false,
    });
  }, [panZoom, translateExtent, view.width, view.height]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap chart-minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${vx} ${vy} ${vw} ${vh}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={t('canvas.minimap')}
      >
        <title>{t('canvas.minimap')}</title>
        {drawing.paths.map((p) => (
          <path key={p.key} d={p.d} fill={p.fill} opacity={p.dimmed ? 0.25 : 1} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${vx - margin},${vy - margin}h${vw + margin * 2}v${vh + margin * 2}h${-vw - margin * 2}z M${win.x},${win.y}h${win.width}v${win.height}h${-win.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
        <rect className="chart-minimap-window" x={win.x} y={win.y} width={win.width} height={win.height} pointerEvents="none" />
      </svg>
    </Panel>
  );
});

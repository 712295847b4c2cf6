import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useMemo, useRef } from 'react';
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
const viewOf = (s: ReactFlowState): View => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height });
const sameView = (a: View, b: View) => a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height;
const nodesOf = (s: ReactFlowState) => s.nodes as ChartNode[];

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
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    const { x, y } = n.position;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
    const key = `${n.data.person.attitude}${n.data.dimmed ? '-dim' : ''}`;
    let group = byFill.get(key);
    if (!group) byFill.set(key, (group = { fill: `var(--attitude-${n.data.person.attitude})`, dimmed: n.data.dimmed, parts: [] }));
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
export const ChartMiniMap = memo(function ChartMiniMap() {
  const { t } = useTranslation();
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const view = useStore(viewOf, sameView);
  const nodes = useStore(nodesOf);
  const panZoom = useStore((s) => s.panZoom);
  const translateExtent = useStore((s) => s.translateExtent);
  const drawing = useMemo(() => draw(nodes), [nodes]);

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

  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({ domNode: svg.current, panZoom, getTransform: () => store.getState().transform, getViewScale: () => scaleRef.current });
    return () => {
      minimap.current?.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent, width: view.width, height: view.height, pannable: true, zoomable: true, zoomStep: 1, inversePan: false });
  }, [panZoom, translateExtent, view.width, view.height]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap chart-minimap" data-testid="rf__minimap">
      <svg ref={svg} width={WIDTH} height={HEIGHT} viewBox={`${vx} ${vy} ${vw} ${vh}`} className="react-flow__minimap-svg" role="img" aria-label={t('canvas.minimap')}>
        <title>{t('canvas.minimap')}</title>
        {drawing.paths.map((p) => (
          <path key={p.key} d={p.d} fill={p.fill} opacity={p.dimmed ? 0.25 : 1} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${vx - margin},${vy - margin}h${vw + margin * 2}v${vh + margin * 2}h${-vw - margin * 2}z M${seen.x},${seen.y}h${seen.width}v${seen.height}h${-seen.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});

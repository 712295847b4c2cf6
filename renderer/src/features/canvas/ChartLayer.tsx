import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, type Attitude } from '../../../../shared/taxonomy/keys';
import { drawScene, type SceneColors, type SceneLine, type SceneNode } from './blocks-scene';
import { peopleInside, toChart } from './pick';
import type { ZoomStep } from './actions';
import type { ChartNode, LinkEdge } from './toFlow';

interface Props {
  /**
   * What the layer draws: far out, the lines (the cards and frames are in the DOM); further out,
   * cards as blocks, outlines and lines; close up nothing (the lines are React Flow's, with their
   * dots to reconnect and their wide hit areas).
   */
  step: ZoomStep;
  lines: readonly SceneLine[];
  /** Cards being dragged that React Flow draws (with their lines, which `lines` leaves out). */
  live: ReadonlySet<string>;
  people: number;
  /** The person under the mouse, named beside their block. */
  hovered: { id: string; name: string; title: string } | null;
  /** The people inside the selection box while one is drawn (React Flow only sees mounted cards). */
  onBoxSelect(ids: string[]): void;
}

type Store = ReturnType<typeof useStoreApi<ChartNode, LinkEdge>>;

/**
 * How far past each side of the pane the layer draws (CSS pixels). A pan within it only slides the
 * canvas, which the compositor does without a new picture: without a GPU, handing a redrawn canvas
 * to the compositor copies it whole, most of what a pan frame cost at 10,000 people.
 */
const MARGIN = 256;

function readColors(el: Element): SceneColors {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const attitude = Object.fromEntries(ATTITUDES.map((a) => [a, v(`--attitude-${a}`, '#cbd5e1')])) as Record<Attitude, string>;
  return { attitude, accent: v('--accent', '#1d4ed8') };
}

/**
 * The far-out chart as one canvas under React Flow's pane (see blocks-scene.ts), reaching MARGIN
 * past it. It watches React Flow's store itself and, once per animation frame, slides the canvas
 * when the view only moved (within the margin) or draws it again when it zoomed, moved further or
 * the cards or lines changed: a pan re-renders no React component. A selection box drawn far out
 * selects the people it covers.
 */
export const ChartLayer = memo(function ChartLayer({ step, lines, live, people, hovered, onBoxSelect }: Props) {
  const { t } = useTranslation();
  const store: Store = useStoreApi<ChartNode, LinkEdge>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const label = useRef<HTMLDivElement>(null);
  const latest = useRef({ step, lines, live, hovered, onBoxSelect });
  const schedule = useRef<(redraw: boolean) => void>(() => {});
  useLayoutEffect(() => {
    const was = latest.current;
    latest.current = { step, lines, live, hovered, onBoxSelect };
    // Pointing at another block only moves the name: the picture stays.
    schedule.current(was.step !== step || was.lines !== lines || was.live !== live);
  });

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    let colors = readColors(el);
    let frame = 0;
    let blank = false;
    let boxed = '';
    /** The view the picture was drawn for; null: draw again at the next frame. */
    let drawnFor: { x: number; y: number; zoom: number } | null = null;
    const draw = () => {
      frame = 0;
      const s = store.getState();
      const { step, lines, live, hovered, onBoxSelect } = latest.current;
      const dpr = window.devicePixelRatio || 1;
      const size = { width: s.width + 2 * MARGIN, height: s.height + 2 * MARGIN };
      const width = Math.max(1, Math.round(size.width * dpr));
      const height = Math.max(1, Math.round(size.height * dpr));
      if (el.width !== width || el.height !== height) {
        el.width = width;
        el.height = height;
        el.style.width = `${size.width}px`;
        el.style.height = `${size.height}px`;
        el.style.left = el.style.top = `${-MARGIN}px`;
        blank = false;
        drawnFor = null;
      }
      if (step === 'near') {
        if (!blank) ctx.clearRect(0, 0, el.width, el.height);
        blank = true;
        drawnFor = null;
        el.dataset.people = '0';
        placeLabel(label.current, s, null);
        return;
      }
      blank = false;
      const [x, y, zoom] = s.transform;
      if (drawnFor && drawnFor.zoom === zoom && Math.abs(x - drawnFor.x) <= MARGIN && Math.abs(y - drawnFor.y) <= MARGIN) {
        el.style.transform = `translate(${x - drawnFor.x}px, ${y - drawnFor.y}px)`;
      } else {
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        const nodes = s.nodeLookup as unknown as ReadonlyMap<string, SceneNode>;
        const drawn = drawScene(ctx, {
          what: step === 'blocks' ? 'all' : 'lines',
          nodes: nodes.values(),
          lookup: nodes,
          lines,
          transform: [x + MARGIN, y + MARGIN, zoom],
          size,
          colors,
          counted: { x0: -x / zoom, y0: -y / zoom, x1: (s.width - x) / zoom, y1: (s.height - y) / zoom },
          omit: live,
        });
        el.style.transform = '';
        drawnFor = { x, y, zoom };
        el.dataset.people = String(drawn.people);
        el.dataset.lines = String(drawn.lines);
      }
      const blocks = step === 'blocks';
      placeLabel(label.current, s, blocks ? (hovered?.id ?? null) : null);
      // Far out React Flow sees only the mounted cards: the box selects from every card.
      if (blocks && s.userSelectionActive && s.userSelectionRect) {
        const r = s.userSelectionRect;
        const a = toChart({ x: r.x, y: r.y }, s.transform);
        const b = toChart({ x: r.x + r.width, y: r.y + r.height }, s.transform);
        const ids = peopleInside(s.nodeLookup.values(), { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y });
        const key = ids.join('\n');
        if (key !== boxed) {
          boxed = key;
          onBoxSelect(ids);
        }
      } else boxed = '';
    };
    const request = (redraw: boolean) => {
      if (redraw) drawnFor = null;
      if (!frame) frame = requestAnimationFrame(draw);
    };
    schedule.current = request;
    const unsubscribe = store.subscribe((s: ReactFlowState<ChartNode, LinkEdge>, prev: ReactFlowState<ChartNode, LinkEdge>) => {
      if (
        s.width !== prev.width ||
        s.height !== prev.height ||
        (s.nodes !== prev.nodes && !onlyLiveMoved(s.nodes, prev.nodes, latest.current.live))
      )
        request(true);
      else if (s.transform !== prev.transform || s.userSelectionRect !== prev.userSelectionRect) request(false);
    });
    // The theme's colours are read again when it changes.
    const themes = new MutationObserver(() => {
      colors = readColors(el);
      request(true);
    });
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style', 'class'] });
    request(true);
    return () => {
      unsubscribe();
      themes.disconnect();
      cancelAnimationFrame(frame);
      schedule.current = () => {};
    };
  }, [store]);

  return (
    <>
      <canvas
        ref={canvas}
        className="chart-layer"
        data-testid="chart-layer"
        hidden={step === 'near'}
        {...(step === 'blocks'
          ? { role: 'img', 'aria-label': t('canvas.blocksLayer', { count: people }) }
          : { 'aria-hidden': true })}
      />
      {/* Shown and placed by the drawing loop, which knows where the block is in this frame. */}
      <div ref={label} className="chart-hover-name" data-testid="hover-name" hidden>
        {hovered && (
          <>
            <strong>{hovered.name}</strong>
            {hovered.title && <span className="muted"> · {hovered.title}</span>}
          </>
        )}
      </div>
    </>
  );
});

/** Whether the only cards that changed are ones being dragged (the picture has them left out). */
function onlyLiveMoved(now: readonly ChartNode[], before: readonly ChartNode[], live: ReadonlySet<string>): boolean {
  if (!live.size || now.length !== before.length) return false;
  for (let i = 0; i < now.length; i++)
    if (now[i] !== before[i] && !(now[i]!.id === before[i]!.id && live.has(now[i]!.id))) return false;
  return true;
}

/** Puts the name over the hovered block, in screen pixels (it follows a zoom by the wheel). */
function placeLabel(el: HTMLDivElement | null, s: ReactFlowState<ChartNode, LinkEdge>, id: string | null): void {
  if (!el) return;
  const n = id ? s.nodeLookup.get(id) : undefined;
  if (!n) {
    el.hidden = true;
    return;
  }
  const [tx, ty, zoom] = s.transform;
  const x = (n.internals.positionAbsolute.x + (n.measured.width ?? 0) / 2) * zoom + tx;
  const y = n.internals.positionAbsolute.y * zoom + ty;
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -100%)`;
  el.hidden = false;
}

import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';

/**
 * The dotted grid behind the cards close up, as React Flow's `<Background>` draws it (dots `gap`
 * chart pixels apart, as large as its default). React Flow's moves an SVG pattern on every frame
 * of a pan, so the whole pane is rasterised again each frame (without a GPU about half of what a
 * pan close up costs); this one is a layer one cell larger than the pane that the compositor only
 * slides (a translation modulo the cell), drawn again only when the zoom changes.
 */
export const ChartBackground = memo(function ChartBackground({ gap }: { gap: number }) {
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let zoomWas = NaN;
    const place = ([x, y, zoom]: readonly [number, number, number]) => {
      const cell = gap * zoom;
      if (zoom !== zoomWas) {
        zoomWas = zoom;
        // React Flow's dot: a circle of radius zoom / 2 at each crossing of the grid.
        const r = zoom / 2;
        el.style.backgroundImage = `radial-gradient(circle at ${r}px ${r}px, var(--chart-dots) ${r}px, transparent ${r + 0.5}px)`;
        el.style.backgroundSize = `${cell}px ${cell}px`;
        el.style.width = `calc(100% + ${2 * cell}px)`;
        el.style.height = `calc(100% + ${2 * cell}px)`;
      }
      const mod = (v: number) => ((v % cell) + cell) % cell;
      el.style.transform = `translate(${mod(x - cell / 2) - cell}px, ${mod(y - cell / 2) - cell}px)`;
    };
    place(store.getState().transform);
    return store.subscribe((s, prev) => {
      if (s.transform !== prev.transform) place(s.transform);
    });
  }, [store, gap]);
  return <div ref={ref} className="chart-background" data-testid="rf__background" aria-hidden="true" />;
});

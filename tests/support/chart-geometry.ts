import type { Page } from '@playwright/test';

// Where things are on the chart's screen, read from the page: cards, the panels floating over the
// canvas (toolbar, legend, overview, zoom buttons), department labels and the lines' paths.

export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface NamedBox extends ScreenBox {
  id: string;
  name: string;
}

export interface ChartScreen {
  canvas: ScreenBox;
  panels: NamedBox[];
  cards: NamedBox[];
}

/** The canvas, its panels and its drawn cards, in page pixels. */
export function chartScreen(page: Page): Promise<ChartScreen> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const flow = document.querySelector('.account-chart .react-flow')!;
    return {
      canvas: box(flow),
      panels: [...flow.querySelectorAll('.react-flow__panel')]
        .map((el) => ({ id: el.className, name: el.getAttribute('aria-label') ?? el.className, ...box(el) }))
        .filter((b) => b.width > 0 && b.height > 0),
      cards: [...flow.querySelectorAll('.react-flow__node-person')].map((el) => ({
        id: el.getAttribute('data-id') ?? '',
        name: (el.querySelector('.card-name, .far-name')?.textContent ?? el.getAttribute('title') ?? '').trim(),
        ...box(el),
      })),
    };
  });
}

export const overlaps = (a: ScreenBox, b: ScreenBox) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** What is wrong with the cards shown: any outside the canvas, or under a panel (as sentences, for the failure message). */
export function hiddenCards(screen: ChartScreen, only?: (card: NamedBox) => boolean): string[] {
  const out: string[] = [];
  const c = screen.canvas;
  for (const card of screen.cards.filter((k) => !only || only(k))) {
    if (
      card.x < c.x - 0.5 ||
      card.y < c.y - 0.5 ||
      card.x + card.width > c.x + c.width + 0.5 ||
      card.y + card.height > c.y + c.height + 0.5
    ) {
      out.push(`${card.name} is outside the canvas`);
    }
    for (const p of screen.panels) if (overlaps(card, p)) out.push(`${card.name} is under ${p.id}`);
  }
  return out;
}

/** Every line of the chart as points along it every few pixels, in page pixels, with its link id. */
export function linePoints(page: Page): Promise<{ id: string; points: { x: number; y: number }[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.account-chart .react-flow__edge-path')].map((path) => {
      const id = path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '';
      const m = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      const steps = Math.max(2, Math.ceil(length / 3));
      for (let i = 0; i <= steps; i++) {
        const p = path.getPointAtLength((length * i) / steps);
        points.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
      }
      return { id, points };
    }),
  );
}

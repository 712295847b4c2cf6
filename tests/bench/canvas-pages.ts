// The two pages the canvas benchmark measures, ours and bare React Flow, and what it measures in
// them: opening, frames while panning and dragging, main-thread time, the heap.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Account } from '../../shared/model/account';
import type { LaunchedApp } from '../support/launch';
import type { BareGraph } from './bare-flow/graph';
import { quantile } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_INDEX = join(ROOT, 'out/renderer/index.html');
const BARE_SRC = join(import.meta.dirname, 'bare-flow');
const BARE_OUT = join(ROOT, 'out/bench-bare');
const BARE_ORIGIN = 'http://bare.test';
export const VIEWPORT = { width: 1440, height: 900 };
export const GESTURE_MS = 2000;

export type Side = 'ours' | 'bare';

/** One browser page under test, ours or the bare reference, with what it takes to measure it. */
export interface Subject {
  side: Side;
  /** Resolves when the page's calls to the services (ours: saves after a drop) have all answered. */
  settled(): Promise<void>;
  page: Page;
  cdp: CDPSession;
  open(): Promise<OpenTiming>;
  close(): Promise<void>;
}

export interface OpenTiming {
  /** From the open request to the first frame painted with the chart, in the page's clock. */
  paint: number;
  /** From the open request to the first DOM commit holding the chart (a card or the canvas layer's drawing). */
  commit: number;
  /** React Flow nodes in the DOM. */
  nodes: number;
  /** All elements inside the chart (React Flow's container): what style, layout and paint walk. */
  elements: number;
  /** People drawn on our canvas layer (0 for bare React Flow, or when our cards are all in the DOM). */
  drawn: number;
  /** The page's getAccount round trip during this open (0 for bare React Flow, which has its graph at hand). */
  fetch: number;
  /** Main-thread time during the open, from Chromium's own counters (ms). */
  script: number;
  style: number;
  layout: number;
  task: number;
}

export interface Gesture {
  p50: number;
  p95: number;
  frames: number;
  /** Main-thread time per frame (mean), from Chromium's counters. */
  busy: number;
  /** Whether the gesture moved what it should (the viewport, the card). */
  moved: boolean;
}

type RenderWindow = Window & { __bidmapRenders?: Record<string, number> };

/** tsx (esbuild keepNames) wraps named functions in `__name(...)`: give evaluated code one. */
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** Counts the canvas's calls in flight to the services and keeps the refused ones. */
export interface Calls {
  pending: number;
  refused: string[];
}

export function watchCalls(app: LaunchedApp): Calls {
  const calls: Calls = { pending: 0, refused: [] };
  const invoke = app.session.invoke.bind(app.session);
  app.session.invoke = async (name, input) => {
    calls.pending++;
    try {
      const answer = await invoke(name, input);
      if (!answer.ok) calls.refused.push(`${name}: ${answer.error.message}`);
      return answer;
    } finally {
      calls.pending--;
    }
  };
  return calls;
}

export async function ourSubject(app: LaunchedApp, account: Account, calls: Calls): Promise<Subject> {
  const page = app.page;
  await page.evaluate(NAME_SHIM);
  await page.evaluate(() => ((window as RenderWindow).__bidmapRenders = {}));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    side: 'ours',
    page,
    cdp,
    async settled() {
      // A drop saves after a short debounce; whatever the answer brings (a reload) must land too.
      await page.waitForTimeout(300);
      for (const t0 = Date.now(); calls.pending > 0 && Date.now() - t0 < 20_000;) await page.waitForTimeout(50);
      await nextFrame(page);
    },
    open: () => measureOpen(page, cdp, { hash: `#/accounts/${account.id}` }),
    async close() {
      await page.evaluate(() => {
        location.hash = '#/';
      });
      await page.waitForSelector('.react-flow', { state: 'detached' });
      await page.waitForSelector('[data-testid="account-row"]');
    },
  };
}

export async function bareSubject(app: LaunchedApp, graph: BareGraph): Promise<Subject> {
  const browser = app.page.context().browser()!;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(`${BARE_ORIGIN}/**`, async (route) => {
    const path = normalize(join(BARE_OUT, decodeURIComponent(new URL(route.request().url()).pathname)));
    if (!path.startsWith(BARE_OUT + sep) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    const type =
      { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(path)] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, body: await readFile(path), contentType: `${type}; charset=utf-8` });
  });
  await context.addInitScript({ content: `${NAME_SHIM}\nwindow.__graph = ${JSON.stringify(graph)};` });
  const page = await context.newPage();
  await page.goto(`${BARE_ORIGIN}/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    side: 'bare',
    page,
    cdp,
    async settled() {
      await page.waitForTimeout(300);
      await nextFrame(page);
    },
    open: () => measureOpen(page, cdp, { hash: null }),
    async close() {
      await page.evaluate(() => window.__bare!.close());
      await page.waitForSelector('.react-flow', { state: 'detached' });
    },
  };
}

/**
 * Opens the chart (ours: by its route; bare: by mounting React Flow) and times, in the page's
 * clock, the first DOM commit holding the chart and the first frame painted with it: the view
 * fitted, every card in the DOM measured (shown) or the canvas layer drawn, and steady for a few
 * frames (React Flow adds cards as it measures them).
 */
async function measureOpen(page: Page, cdp: CDPSession, how: { hash: string | null }): Promise<OpenTiming> {
  await page.bringToFront();
  const before = await metrics(cdp);
  const timing = await page.evaluate(async ({ hash }) => {
    const drawnNow = () => Number(document.querySelector<HTMLCanvasElement>('.chart-layer:not([hidden])')?.dataset.people ?? 0);
    const t0 = performance.now();
    let commit = 0;
    const observer = new MutationObserver(() => {
      if (!commit && (document.querySelector('.react-flow__node') || drawnNow() > 0)) commit = performance.now();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-people'] });
    if (hash) location.hash = hash;
    else window.__bare!.open();
    const result = await new Promise<{ paint: number; nodes: number; drawn: number; elements: number }>((done, fail) => {
      let stable = 0;
      let last = '';
      const check = () => {
        if (performance.now() - t0 > 120_000) return fail(new Error('the chart did not paint within 2 minutes'));
        const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
        const drawn = drawnNow();
        const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        let ready = nodes.length > 0 || drawn > 0;
        for (let i = 0; ready && i < nodes.length; i++) if (nodes[i]!.style.visibility === 'hidden') ready = false;
        const now = `${nodes.length}/${drawn}`;
        stable = ready && now === last ? stable + 1 : 0;
        last = now;
        const fitted = transform !== '' && !/^translate\(0px, 0px\) scale\(1\)$/.test(transform);
        if (ready && fitted && stable >= 5) {
          requestAnimationFrame(() =>
            done({
              paint: performance.now() - t0,
              nodes: nodes.length,
              drawn,
              elements: document.querySelectorAll('.react-flow *').length,
            }),
          );
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    observer.disconnect();
    // Our API client leaves each call's round trip on the timeline (renderer/src/app/api.ts).
    const fetched = performance.getEntriesByName('bidmap:getAccount').at(-1);
    const fetch = fetched && fetched.startTime >= t0 ? fetched.duration : 0;
    return { ...result, fetch, commit: (commit || performance.now()) - t0 };
  }, how);
  const after = await metrics(cdp);
  return {
    ...timing,
    script: (after.ScriptDuration - before.ScriptDuration) * 1000,
    style: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    layout: (after.LayoutDuration - before.LayoutDuration) * 1000,
    task: (after.TaskDuration - before.TaskDuration) * 1000,
  };
}

type Metrics = Record<'ScriptDuration' | 'RecalcStyleDuration' | 'LayoutDuration' | 'TaskDuration', number>;

/** Chromium's cumulative main-thread counters for the page, in seconds. */
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = new Map(metrics.map((m) => [m.name, m.value]));
  const get = (name: string) => byName.get(name) ?? NaN;
  return {
    ScriptDuration: get('ScriptDuration'),
    RecalcStyleDuration: get('RecalcStyleDuration'),
    LayoutDuration: get('LayoutDuration'),
    TaskDuration: get('TaskDuration'),
  };
}

export async function gc(s: Subject): Promise<void> {
  await s.cdp.send('HeapProfiler.collectGarbage');
}

export async function heapMb(s: Subject): Promise<number> {
  await gc(s);
  await gc(s);
  const { usedSize } = await s.cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Starts recording requestAnimationFrame intervals in the page. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    // From now, not from the first frame: a gesture that gets no frame at all still shows one long one.
    const rec = { intervals: [] as number[], on: true, last: performance.now() };
    (window as unknown as { __frames: typeof rec }).__frames = rec;
    const tick = (t: number) => {
      if (!rec.on) return;
      if (t > rec.last) {
        rec.intervals.push(t - rec.last);
        rec.last = t;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops recording at the next frame (so a frame still in progress counts) and returns the intervals. */
async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        const rec = (window as unknown as { __frames: { intervals: number[]; on: boolean; last: number } }).__frames;
        requestAnimationFrame((t) => {
          rec.on = false;
          if (t > rec.last) rec.intervals.push(t - rec.last);
          done(rec.intervals);
        });
      }),
  );
}

export const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Moves the held mouse around a circle of `radius` px through `from` for GESTURE_MS, one CDP input
 * event at a time (each waits for the page to take it), recording frame intervals meanwhile.
 */
async function circle(
  s: Subject,
  from: { x: number; y: number },
  radius: number,
  watch: () => Promise<string>,
): Promise<Gesture> {
  const { page } = s;
  await page.bringToFront();
  const watched = await watch();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A first move past React Flow's drag threshold, so the gesture has started before timing.
  await page.mouse.move(from.x + 4, from.y + 4);
  await page.mouse.move(from.x, from.y);
  const before = await metrics(s.cdp);
  await startFrames(page);
  const t0 = performance.now();
  let angle = 0;
  for (; performance.now() - t0 < GESTURE_MS; angle += 0.15) {
    await page.mouse.move(from.x + radius * Math.cos(angle) - radius, from.y + radius * Math.sin(angle));
  }
  const intervals = await stopFrames(page);
  const after = await metrics(s.cdp);
  // Somewhere off the start, so a gesture that worked shows a change.
  await page.mouse.move(from.x - radius, from.y + radius);
  await nextFrame(page);
  const moved = (await watch()) !== watched;
  // Back where it started, so rounds leave the chart (and the view) as they found it.
  await page.mouse.move(from.x, from.y);
  await page.mouse.up();
  return {
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    frames: intervals.length,
    busy: ((after.TaskDuration - before.TaskDuration) * 1000) / Math.max(1, intervals.length),
    moved,
  };
}

const viewportTransform = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);

/**
 * The free spot of the pane nearest its centre: no card, line or panel on it, and nothing drawn on
 * our canvas layer within a few pixels (far out a press there would grab a block).
 */
async function freeSpot(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!;
    const r = pane.getBoundingClientRect();
    const layer = document.querySelector<HTMLCanvasElement>('.chart-layer:not([hidden])');
    const image = layer?.getContext('2d')?.getImageData(0, 0, layer.width, layer.height);
    const scale = layer ? layer.width / layer.getBoundingClientRect().width : 1;
    const blank = (x: number, y: number) => {
      if (!image || !layer) return true;
      const box = layer.getBoundingClientRect();
      const cx = Math.round((x - box.left) * scale);
      const cy = Math.round((y - box.top) * scale);
      const reach = Math.ceil(8 * scale);
      for (let j = Math.max(0, cy - reach); j <= Math.min(image.height - 1, cy + reach); j++) {
        for (let i = Math.max(0, cx - reach); i <= Math.min(image.width - 1, cx + reach); i++)
          if (image.data[(j * image.width + i) * 4 + 3]) return false;
      }
      return true;
    };
    const spots: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < 32; i++) {
      for (let j = 1; j < 20; j++) {
        const x = r.left + (r.width * i) / 32;
        const y = r.top + (r.height * j) / 20;
        spots.push({ x, y, d: Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2)) });
      }
    }
    spots.sort((a, b) => a.d - b.d);
    const free = spots.find((p) => document.elementFromPoint(p.x, p.y) === pane && blank(p.x, p.y));
    if (!free) throw new Error('no free spot on the pane');
    return [free.x, free.y] as [number, number];
  });
}

/** Clicks a free spot of the pane: nothing selected. */
export async function clearSelection(s: Subject): Promise<void> {
  await s.page.mouse.click(...(await freeSpot(s.page)));
  await nextFrame(s.page);
}

/** Drags the empty pane (a pan) from its free spot nearest the centre. */
export async function pan(s: Subject): Promise<Gesture> {
  const [x, y] = await freeSpot(s.page);
  const g = await circle(s, { x, y }, 150, () => viewportTransform(s.page));
  await nextFrame(s.page);
  return g;
}

interface View {
  left: number;
  top: number;
  width: number;
  height: number;
  tx: number;
  ty: number;
  zoom: number;
}

/** The pane's place on screen and React Flow's transform, read from the DOM (the same on both sides). */
async function viewOf(page: Page): Promise<View> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(
      document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
    );
    if (!m) throw new Error('no view transform');
    return {
      left: pane.left,
      top: pane.top,
      width: pane.width,
      height: pane.height,
      tx: Number(m[1]),
      ty: Number(m[2]),
      zoom: Number(m[3]),
    };
  });
}

/**
 * Zooms in with the wheel about the middle of the pane until the zoom reaches `zoom` (React Flow's
 * own wheel zoom, the same steps on both sides, so both end on the same view).
 */
export async function zoomIn(s: Subject, zoom: number): Promise<number> {
  const v = await viewOf(s.page);
  await s.page.bringToFront();
  await s.page.mouse.move(v.left + v.width / 2, v.top + v.height / 2);
  let now = v.zoom;
  for (let i = 0; i < 60 && now < zoom; i++) {
    await s.page.mouse.wheel(0, -100);
    await nextFrame(s.page);
    now = (await viewOf(s.page)).zoom;
  }
  // Let the cards that came into view mount and settle before anything is timed.
  await s.page.waitForTimeout(500);
  await nextFrame(s.page);
  return now;
}

/** A point on screen inside a person's card: 20 x 10 chart pixels in, inside our 220 x 96 card and bare React Flow's smaller default node. */
const screenPoint = (v: View, place: { x: number; y: number }) => ({
  x: v.left + (place.x + 20) * v.zoom + v.tx,
  y: v.top + (place.y + 10) * v.zoom + v.ty,
});

/**
 * The middle of a person's card as drawn in the DOM, if nothing covers it. Far out our card is not
 * in the DOM until the mouse points at it: the mouse goes to `place` (its place in the chart) first.
 */
async function grab(s: Subject, id: string, place: { x: number; y: number }): Promise<{ x: number; y: number } | null> {
  const sel = `.react-flow__node[data-id="${id}"]`;
  const middle = () =>
    s.page.evaluate((sel) => {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el) return null;
      const b = el.getBoundingClientRect();
      const x = b.left + b.width / 2;
      const y = b.top + b.height / 2;
      return document.elementFromPoint(x, y)?.closest('.react-flow__node') === el ? { x, y } : null;
    }, sel);
  if (!(await s.page.$(sel))) {
    const at = screenPoint(await viewOf(s.page), place);
    await s.page.mouse.move(at.x, at.y);
    await nextFrame(s.page);
    await s.page.waitForSelector(sel, { timeout: 5000 }).catch(() => null);
  }
  const at = await middle();
  if (at) await s.page.mouse.move(at.x, at.y);
  return at;
}

/**
 * The person both pages will drag: nearest the middle of the view, whole on screen with room for
 * the circle, and grabbable on each side.
 */
export async function pickDragTarget(
  subjects: Subject[],
  places: ReadonlyMap<string, { x: number; y: number }>,
): Promise<{ id: string; place: { x: number; y: number } }> {
  const view = await viewOf(subjects[0]!.page);
  const candidates: { id: string; place: { x: number; y: number }; d: number }[] = [];
  for (const [id, place] of places) {
    const p = screenPoint(view, place);
    // Room for the circle (radius 100, drawn to the left) and clear of the toolbar and the overview.
    if (p.x < view.left + 240 || p.x > view.left + view.width - 240 || p.y < view.top + 160 || p.y > view.top + view.height - 180)
      continue;
    candidates.push({ id, place, d: Math.hypot(p.x - (view.left + view.width / 2), p.y - (view.top + view.height / 2)) });
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates.slice(0, 20)) {
    let ok = true;
    for (const s of subjects) {
      await clearSelection(s);
      if (!(await grab(s, c.id, c.place))) ok = false;
    }
    if (ok) return c;
  }
  throw new Error('no card to drag on screen on both sides');
}

/**
 * Drags a person's card around a circle and drops it back (React Flow starts a drag past its
 * threshold, so the card lands a few pixels off: `place` is where it is now).
 */
export async function drag(s: Subject, target: { id: string; place: { x: number; y: number } }): Promise<Gesture> {
  const at = await grab(s, target.id, target.place);
  if (!at) {
    const seen = await s.page.evaluate((id) => {
      const el = document.querySelector(`.react-flow__node[data-id="${id}"]`);
      const b = el?.getBoundingClientRect();
      const hit = b && document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      return `${el ? `mounted at ${b!.left.toFixed(1)},${b!.top.toFixed(1)} ${b!.width.toFixed(1)}x${b!.height.toFixed(1)}, under its middle: ${hit?.className}` : 'not mounted'}; view ${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform}`;
    }, target.id);
    throw new Error(`${s.side}: card ${target.id} is not under the mouse (${seen})`);
  }
  const place = () =>
    s.page.evaluate(
      (id) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform ?? '',
      target.id,
    );
  const gesture = await circle(s, at, 100, place);
  // Let the drop settle (our canvas saves the place) before counting renders.
  await nextFrame(s.page);
  await s.settled();
  return gesture;
}

export async function renderCounts(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate(() => (window as RenderWindow).__bidmapRenders ?? null);
}

export async function resetRenderCounts(page: Page): Promise<void> {
  await page.evaluate(() => ((window as RenderWindow).__bidmapRenders = {}));
}

/** Builds what is missing: out/renderer only when absent, out/bench-bare when absent or stale. */
export async function ensureBuilds(): Promise<string[]> {
  const notes: string[] = [];
  if (!existsSync(RENDERER_INDEX)) {
    console.log('canvas bench: no out/renderer, running `npm run build` ...');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  notes.push(
    `ours: the production build in out/renderer as it is (built ${statSync(RENDERER_INDEX).mtime.toISOString()}); rebuild it to measure newer code`,
  );
  const inputs = [
    ...readdirSync(BARE_SRC).map((f) => join(BARE_SRC, f)),
    join(ROOT, 'shared/logic/layout.ts'),
    join(ROOT, 'package-lock.json'),
  ];
  const index = join(BARE_OUT, 'index.html');
  const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
  if (!existsSync(index) || statSync(index).mtimeMs < newest) {
    console.log('canvas bench: building the bare React Flow reference into out/bench-bare ...');
    const { build } = await import('vite');
    await build({ configFile: join(BARE_SRC, 'vite.config.ts') });
  }
  notes.push(
    'bare: React Flow with default nodes and built-in edges, out/bench-bare (Vite production build of tests/bench/bare-flow), shown with our view (same part of the chart, same zoom)',
  );
  notes.push('both: the same Chromium, 1440x900, one page each in the same browser, rounds alternated');
  return notes;
}

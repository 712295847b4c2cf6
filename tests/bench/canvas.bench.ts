import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { layoutReportingTree } from '../../shared/logic/layout';
import type { Account } from '../../shared/model/account';
import { Workspace } from '../../electron/services/store/workspace';
import { launchApp, type LaunchedApp } from '../support/launch';
import { generateOrgAccount } from '../support/org-generator';
import { toBareGraph, type BareGraph } from './bare-flow/graph';
import { median, quantile, type BenchFigure, type BenchRatio, type BenchResult } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_INDEX = join(ROOT, 'out/renderer/index.html');
const BARE_SRC = join(import.meta.dirname, 'bare-flow');
const BARE_OUT = join(ROOT, 'out/bench-bare');
const BARE_ORIGIN = 'http://bare.test';
const VIEWPORT = { width: 1440, height: 900 };

interface Size {
  people: number;
  /** Timed opens per side (after one cold open each), fewer if they overrun OPEN_BUDGET_MS. */
  opens: number;
  /** Pan and drag rounds per side, each GESTURE_MS long. */
  gestures: number;
  /** Only the 1,000-person chart has targets; the others print figures. */
  targets: boolean;
}
const SIZES: Size[] = [
  { people: 300, opens: 5, gestures: 2, targets: false },
  { people: 1000, opens: 5, gestures: 3, targets: true },
  { people: 3000, opens: 3, gestures: 2, targets: false },
];
/** Warm opens stop before this (at least one round is done), so a slow build cannot run for ever. */
const OPEN_BUDGET_MS = 30_000;
// BIDMAP_BENCH_PEOPLE=1000 (comma-separated) measures only those sizes.
const ONLY = (process.env.BIDMAP_BENCH_PEOPLE ?? '').split(',').filter(Boolean).map(Number);
const GESTURE_MS = 2000;
const LAYOUT_WARMUP = 5;
const LAYOUT_ROUNDS = 15;

type Side = 'ours' | 'bare';

/** One browser page under test, ours or the bare reference, with what it takes to measure it. */
interface Subject {
  side: Side;
  /** Resolves when the page's calls to the services (ours: saves after a drop) have all answered. */
  settled(): Promise<void>;
  page: Page;
  cdp: CDPSession;
  /** A person's card (not a department frame). */
  card: string;
  open(): Promise<OpenTiming>;
  close(): Promise<void>;
}

interface OpenTiming {
  /** From the open request to the first frame painted with the nodes, in the page's clock. */
  paint: number;
  /** From the open request to the first DOM commit holding a node. */
  commit: number;
  nodes: number;
  /** Main-thread time during the open, from Chromium's own counters (ms). */
  script: number;
  style: number;
  layout: number;
  task: number;
}

interface Gesture {
  p50: number;
  p95: number;
  frames: number;
  /** Main-thread time per frame (mean), from Chromium's counters. */
  busy: number;
  /** Whether the gesture moved what it should (the viewport, the card). */
  moved: boolean;
}

/**
 * Our canvas (the production build in out/renderer, real services over a temp workspace) against bare
 * React Flow with default nodes on the same graph (out/bench-bare), in the same Chromium, run after
 * run alternated: time to the first painted frame, frame times while panning and while dragging a
 * card, the JS heap, the auto-layout, and how many other cards re-render while one is dragged.
 */
export async function canvasBench(): Promise<BenchResult[]> {
  const notes = await ensureBuilds();
  const results: BenchResult[] = [];
  for (const size of SIZES.filter((s) => !ONLY.length || ONLY.includes(s.people))) {
    const started = performance.now();
    const result = await benchSize(size);
    result.notes.push(`time for this size: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (!results.length) result.notes.unshift(...notes);
    results.push(result);
  }
  return results;
}

async function benchSize(size: Size): Promise<BenchResult> {
  const account = generateOrgAccount({ people: size.people, seed: 1, name: `Bench org ${size.people}` });
  const ids = account.people.map((p) => p.id);
  // Auto-layout in Node (the same function the canvas runs when people have no saved place).
  for (let i = 0; i < LAYOUT_WARMUP; i++) layoutReportingTree(ids, account.links);
  const nodeLayout: number[] = [];
  for (let i = 0; i < LAYOUT_ROUNDS; i++) {
    const t = performance.now();
    layoutReportingTree(ids, account.links);
    nodeLayout.push(performance.now() - t);
  }
  const positions = layoutReportingTree(ids, account.links);

  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-canvas-'));
  let app: LaunchedApp | null = null;
  try {
    const ws = await Workspace.open(dir);
    await ws.add([account]);
    await ws.close();
    app = await launchApp({ workspace: dir, viewport: VIEWPORT });
    const calls = watchCalls(app);
    const ours = await ourSubject(app, account, calls);
    const homeHeap = await heapMb(ours);

    // Cold opens: the first in each page, before anything is warm; ours first, to size the bare pane.
    const coldOurs = await ours.open();
    const pane = await ours.page.evaluate(() => {
      const r = document.querySelector('.react-flow')!.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });
    // PersonNode counts its renders into this object when it exists (see ourSubject).
    const openRenders = await renderCounts(ours.page);
    const counter = !!openRenders && Object.keys(openRenders).length > 0;
    const bare = await bareSubject(app, toBareGraph(account, positions, pane));
    const bareIdleHeap = await heapMb(bare);
    const coldBare = await bare.open();

    // Warm opens, alternating which side goes first.
    const opens: Record<Side, OpenTiming[]> = { ours: [], bare: [] };
    const opensStarted = performance.now();
    // Another round only if it should end within the budget (the first always runs).
    for (let round = 0; round < size.opens && (round === 0 || ((performance.now() - opensStarted) * (round + 1)) / round < OPEN_BUDGET_MS); round++) {
      for (const s of round % 2 ? [bare, ours] : [ours, bare]) {
        await s.close();
        await gc(s);
        opens[s.side].push(await s.open());
      }
    }
    const heap = { ours: await heapMb(ours), bare: await heapMb(bare) };

    // Getting the account through the test binding (Electron IPC in the app): part of our first paint,
    // but the binding (CDP, Playwright's serialisation, output validation) costs far more than IPC.
    const services: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      await app.session.invoke('getAccount', { id: account.id });
      services.push(performance.now() - t);
    }
    const fetches: number[] = [];
    for (let i = 0; i < 2; i++) {
      fetches.push(
        await ours.page.evaluate(async (id) => {
          const t = performance.now();
          await (window as unknown as { bidmap: { getAccount(input: { id: string }): Promise<unknown> } }).bidmap.getAccount({ id });
          return performance.now() - t;
        }, account.id),
      );
    }

    // Layout in the page (the bare bundle carries the same layoutReportingTree).
    const pageLayout: number[] = [];
    for (let i = 0; i < LAYOUT_WARMUP + LAYOUT_ROUNDS; i++) pageLayout.push(await bare.page.evaluate(() => window.__bare!.layout()));
    pageLayout.splice(0, LAYOUT_WARMUP);

    const pans: Record<Side, Gesture[]> = { ours: [], bare: [] };
    const drags: Record<Side, Gesture[]> = { ours: [], bare: [] };
    const others: number[] = [];
    for (let round = 0; round < size.gestures; round++) {
      for (const s of round % 2 ? [bare, ours] : [ours, bare]) pans[s.side].push(await pan(s));
    }
    for (let round = 0; round < size.gestures; round++) {
      for (const s of round % 2 ? [bare, ours] : [ours, bare]) {
        // Nothing selected before the drag, so only the dragged card's selection changes.
        await s.page.mouse.click(...(await freeSpot(s.page)));
        await nextFrame(s.page);
        if (s.side === 'ours') await ours.page.evaluate(() => ((window as RenderWindow).__bidmapRenders = {}));
        const { gesture, nodeId } = await drag(s);
        drags[s.side].push(gesture);
        if (s.side !== 'ours') continue;
        const counts = await renderCounts(ours.page);
        others.push(Object.entries(counts ?? {}).filter(([id, n]) => id !== nodeId && n > 0).length);
      }
    }

    const med = (list: OpenTiming[], key: keyof OpenTiming) => median(list.map((o) => o[key]));
    const gmed = (list: Gesture[], key: 'p50' | 'p95' | 'busy') => median(list.map((g) => g[key]));
    const target = (t: number) => (size.targets ? t : undefined);
    const BARE = 'bare React Flow, same graph';
    const fetch = median(fetches);
    const ratios: BenchRatio[] = [
      {
        label: 'first paint, less getAccount',
        measured: med(opens.ours, 'paint') - fetch,
        reference: med(opens.bare, 'paint'),
        referenceName: `${BARE} (ours less the test binding's getAccount round trip)`,
        unit: 'ms',
        target: target(1.5),
      },
      { label: 'pan frame p95', measured: gmed(pans.ours, 'p95'), reference: gmed(pans.bare, 'p95'), referenceName: BARE, unit: 'ms', target: target(1.3) },
      { label: 'drag frame p95', measured: gmed(drags.ours, 'p95'), reference: gmed(drags.bare, 'p95'), referenceName: BARE, unit: 'ms', target: target(1.3) },
      { label: 'layout (in page)', measured: median(pageLayout), reference: med(opens.ours, 'paint'), referenceName: 'our first paint', unit: 'ms', target: target(1), strict: true },
      { label: 'first paint', measured: med(opens.ours, 'paint'), reference: med(opens.bare, 'paint'), referenceName: `${BARE} (ours with getAccount)`, unit: 'ms' },
      { label: 'first paint, cold', measured: coldOurs.paint, reference: coldBare.paint, referenceName: `${BARE} (first open in the page)`, unit: 'ms' },
      { label: 'pan frame p50', measured: gmed(pans.ours, 'p50'), reference: gmed(pans.bare, 'p50'), referenceName: BARE, unit: 'ms' },
      { label: 'pan main thread/frame', measured: gmed(pans.ours, 'busy'), reference: gmed(pans.bare, 'busy'), referenceName: `${BARE} (mean)`, unit: 'ms' },
      { label: 'drag frame p50', measured: gmed(drags.ours, 'p50'), reference: gmed(drags.bare, 'p50'), referenceName: BARE, unit: 'ms' },
      { label: 'drag main thread/frame', measured: gmed(drags.ours, 'busy'), reference: gmed(drags.bare, 'busy'), referenceName: `${BARE} (mean)`, unit: 'ms' },
      { label: 'JS heap after load', measured: heap.ours, reference: heap.bare, referenceName: `${BARE} (after GC)`, unit: 'MB' },
      { label: 'JS heap of the chart', measured: heap.ours - homeHeap, reference: heap.bare - bareIdleHeap, referenceName: `${BARE} (loaded minus before open)`, unit: 'MB' },
      { label: 'layout (Node)', measured: median(nodeLayout), reference: median(pageLayout), referenceName: 'layout in the page', unit: 'ms' },
    ];
    const split = (side: Side) => {
      const o = opens[side];
      return `script ${fmt(med(o, 'script'))}, style ${fmt(med(o, 'style'))}, layout ${fmt(med(o, 'layout'))}, all tasks ${fmt(med(o, 'task'))} ms; first DOM commit with nodes at ${fmt(med(o, 'commit'))} ms`;
    };
    const frames = (side: Side) => `${pans[side].map((g) => g.frames).join('/')} pan, ${drags[side].map((g) => g.frames).join('/')} drag`;
    const figures: BenchFigure[] = [
      { label: 'main thread while opening, ours', value: split('ours') },
      { label: 'main thread while opening, bare', value: split('bare') },
      { label: 'getAccount', value: `${fmt(fetch)} ms round trip from the page through the test binding, of which ${fmt(median(services))} ms in the services (Node, output validated)` },
      { label: 'cards rendered while opening', value: counter ? rendersSummary(openRenders!, size.people) : 'render counter not available' },
      {
        label: 'other cards re-rendered by a drag',
        value: counter && others.length ? `${others.join(', ')} (one per round; expected 0)` : 'render counter not available',
      },
      { label: 'nodes in the DOM after open', value: `ours ${opens.ours.at(-1)!.nodes}, bare ${opens.bare.at(-1)!.nodes} (${size.people} people)` },
      { label: 'frames measured', value: `ours ${frames('ours')}; bare ${frames('bare')}` },
    ];
    const resultNotes: string[] = [];
    if (calls.refused.length) resultNotes.push(`WARNING: the services refused ${calls.refused.length} call(s) from our canvas, e.g. ${calls.refused[0]}`);
    for (const side of ['ours', 'bare'] as const) {
      if (pans[side].some((g) => !g.moved)) resultNotes.push(`WARNING: panning did not move the ${side} viewport in some rounds`);
      if (drags[side].some((g) => !g.moved)) resultNotes.push(`WARNING: dragging did not move the ${side} card in some rounds`);
    }
    const few = (['ours', 'bare'] as const).filter((side) => [...pans[side], ...drags[side]].some((g) => g.frames < 10));
    if (few.length) resultNotes.push(`NOTE: under 10 frames in some ${few.join(' and ')} gestures: their p50/p95 are rough (frames take longer than the gesture can sample)`);
    resultNotes.push(`opens: 1 cold + ${opens.ours.length} per side; pans and drags: ${size.gestures} x ${GESTURE_MS / 1000} s per side, medians over rounds`);
    return {
      name: `canvas: ${size.people.toLocaleString('en')} people, ${account.links.length.toLocaleString('en')} links (no saved positions), ours vs bare React Flow${size.targets ? '' : ' (figures only)'}`,
      ratios,
      figures,
      notes: resultNotes,
    };
  } finally {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1));

// --- the two subjects -------------------------------------------------------------------------------

type RenderWindow = Window & { __bidmapRenders?: Record<string, number> };

/** tsx (esbuild keepNames) wraps named functions in `__name(...)`: give evaluated code one. */
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** Counts the canvas's calls in flight to the services and keeps the refused ones. */
interface Calls {
  pending: number;
  refused: string[];
}

function watchCalls(app: LaunchedApp): Calls {
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

async function ourSubject(app: LaunchedApp, account: Account, calls: Calls): Promise<Subject> {
  const page = app.page;
  await page.evaluate(NAME_SHIM);
  await page.evaluate(() => ((window as RenderWindow).__bidmapRenders = {}));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    side: 'ours',
    page,
    cdp,
    card: '.react-flow__node-person',
    async settled() {
      // A drop saves after a short debounce; whatever the answer brings (a reload) must land too.
      await page.waitForTimeout(300);
      for (const t0 = Date.now(); calls.pending > 0 && Date.now() - t0 < 20_000; ) await page.waitForTimeout(50);
      await nextFrame(page);
    },
    open: () => measureOpen(page, cdp, { hash: `#/accounts/${account.id}` }),
    async close() {
      await page.evaluate(() => {
        location.hash = '#/';
      });
      await page.waitForSelector('.react-flow__node', { state: 'detached' });
      await page.waitForSelector('[data-testid="account-row"]');
    },
  };
}

async function bareSubject(app: LaunchedApp, graph: BareGraph): Promise<Subject> {
  const browser = app.page.context().browser()!;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(`${BARE_ORIGIN}/**`, async (route) => {
    const path = normalize(join(BARE_OUT, decodeURIComponent(new URL(route.request().url()).pathname)));
    if (!path.startsWith(BARE_OUT + sep) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(path)] ?? 'application/octet-stream';
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
    card: '.react-flow__node-default',
    async settled() {
      await page.waitForTimeout(300);
      await nextFrame(page);
    },
    open: () => measureOpen(page, cdp, { hash: null }),
    async close() {
      await page.evaluate(() => window.__bare!.close());
      await page.waitForSelector('.react-flow__node', { state: 'detached' });
    },
  };
}

// --- measurements -----------------------------------------------------------------------------------

/**
 * Opens the chart (ours: by its route; bare: by mounting React Flow) and times, in the page's clock, the first DOM commit holding a node and
 * the first frame painted with every rendered node measured (visible) and the viewport fitted: the
 * frame after the one in which that became true.
 */
async function measureOpen(page: Page, cdp: CDPSession, how: { hash: string | null }): Promise<OpenTiming> {
  await page.bringToFront();
  const before = await metrics(cdp);
  const timing = await page.evaluate(
    async ({ hash }) => {
      const t0 = performance.now();
      let commit = 0;
      const observer = new MutationObserver(() => {
        if (!commit && document.querySelector('.react-flow__node')) commit = performance.now();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      if (hash) location.hash = hash;
      else window.__bare!.open();
      const result = await new Promise<{ paint: number; nodes: number }>((done, fail) => {
        let stable = 0;
        let lastCount = -1;
        const check = () => {
          if (performance.now() - t0 > 120_000) return fail(new Error('the chart did not paint within 2 minutes'));
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
          const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
          let ready = nodes.length > 0;
          for (let i = 0; ready && i < nodes.length; i++) if (nodes[i]!.style.visibility === 'hidden') ready = false;
          // Painted: fitted (not the initial transform), every card shown, and the number of cards
          // steady for a few frames (React Flow adds cards as it measures them).
          stable = ready && nodes.length === lastCount ? stable + 1 : 0;
          lastCount = nodes.length;
          const fitted = transform !== '' && !/^translate\(0px, 0px\) scale\(1\)$/.test(transform);
          if (ready && fitted && stable >= 5) requestAnimationFrame(() => done({ paint: performance.now() - t0, nodes: nodes.length }));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      observer.disconnect();
      return { ...result, commit: (commit || performance.now()) - t0 };
    },
    how,
  );
  const after = await metrics(cdp);
  return {
    paint: timing.paint,
    commit: timing.commit,
    nodes: timing.nodes,
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
  return { ScriptDuration: get('ScriptDuration'), RecalcStyleDuration: get('RecalcStyleDuration'), LayoutDuration: get('LayoutDuration'), TaskDuration: get('TaskDuration') };
}

async function gc(s: Subject): Promise<void> {
  await s.cdp.send('HeapProfiler.collectGarbage');
}

async function heapMb(s: Subject): Promise<number> {
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

const nextFrame = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Moves the held mouse around a circle of `radius` px through `from` for GESTURE_MS, one CDP input
 * event at a time (each waits for the page to take it), recording frame intervals meanwhile.
 */
async function circle(s: Subject, from: { x: number; y: number }, radius: number, watch: () => Promise<string>): Promise<Gesture> {
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
  for (let angle = 0; performance.now() - t0 < GESTURE_MS; angle += 0.15) {
    await page.mouse.move(from.x + radius * Math.cos(angle) - radius, from.y + radius * Math.sin(angle));
  }
  const intervals = await stopFrames(page);
  const after = await metrics(s.cdp);
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

const viewportTransform = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);

/** The free spot of the pane (no card, edge or panel on it) nearest its centre. */
async function freeSpot(page: Page): Promise<[number, number]> {
  const spot = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!;
    const r = pane.getBoundingClientRect();
    const spots: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < 32; i++) {
      for (let j = 1; j < 20; j++) {
        const x = r.left + (r.width * i) / 32;
        const y = r.top + (r.height * j) / 20;
        spots.push({ x, y, d: Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2)) });
      }
    }
    spots.sort((a, b) => a.d - b.d);
    const free = spots.find((p) => document.elementFromPoint(p.x, p.y) === pane);
    if (!free) throw new Error('no free spot on the pane');
    return [free.x, free.y] as [number, number];
  });
  return spot;
}

/** Drags the empty pane (a pan) from its free spot nearest the centre. */
async function pan(s: Subject): Promise<Gesture> {
  const [x, y] = await freeSpot(s.page);
  const g = await circle(s, { x, y }, 150, () => viewportTransform(s.page));
  await nextFrame(s.page);
  return g;
}

/** Drags the person's card nearest the pane's centre that is whole on screen and not covered. */
async function drag(s: Subject): Promise<{ gesture: Gesture; nodeId: string }> {
  const target = await s.page.evaluate(({ radius, card }) => {
    const r = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const candidates = [...document.querySelectorAll<HTMLElement>(card)]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.left > r.left + 2 * radius && box.right < r.right - 2 * radius && box.top > r.top + radius && box.bottom < r.bottom - radius)
      .map(({ el, box }) => ({ el, x: box.left + box.width / 2, y: box.top + box.height / 2 }))
      .sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
    const hit = candidates.find((c) => document.elementFromPoint(c.x, c.y)?.closest('.react-flow__node') === c.el);
    if (!hit) throw new Error('no card to drag on screen');
    return { id: hit.el.dataset.id!, x: hit.x, y: hit.y };
  }, { radius: 100, card: s.card });
  const place = () => s.page.evaluate((id) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform ?? '', target.id);
  const gesture = await circle(s, target, 100, place);
  // Let the drop settle (our canvas saves the place) before counting renders.
  await nextFrame(s.page);
  await s.settled();
  return { gesture, nodeId: target.id };
}

async function renderCounts(page: Page): Promise<Record<string, number> | null> {
  return page.evaluate(() => (window as RenderWindow).__bidmapRenders ?? null);
}

function rendersSummary(counts: Record<string, number>, people: number): string {
  const values = Object.values(counts);
  const total = values.reduce((a, b) => a + b, 0);
  return `${values.length} of ${people} cards, ${total} renders (${(total / Math.max(1, values.length)).toFixed(1)} per card; cold open)`;
}

// --- builds -----------------------------------------------------------------------------------------

/** Builds what is missing: out/renderer only when absent, out/bench-bare when absent or stale. */
async function ensureBuilds(): Promise<string[]> {
  const notes: string[] = [];
  if (!existsSync(RENDERER_INDEX)) {
    console.log('canvas bench: no out/renderer, running `npm run build` ...');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  notes.push(`ours: the production build in out/renderer as it is (built ${statSync(RENDERER_INDEX).mtime.toISOString()}); rebuild it to measure newer code`);
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
  notes.push('bare: React Flow with default nodes and built-in edges, out/bench-bare (Vite production build of tests/bench/bare-flow)');
  notes.push('both: the same Chromium, 1440x900, one page each in the same browser, rounds alternated');
  return notes;
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { layoutReportingTree } from '../../shared/logic/layout';
import { Workspace } from '../../electron/services/store/workspace';
import { launchApp, type LaunchedApp } from '../support/launch';
import { generateOrgAccount } from '../support/org-generator';
import { toBareGraph } from './bare-flow/graph';
import {
  bareSubject,
  clearSelection,
  drag,
  ensureBuilds,
  gc,
  GESTURE_MS,
  heapMb,
  ourSubject,
  pan,
  pickDragTarget,
  renderCounts,
  resetRenderCounts,
  VIEWPORT,
  watchCalls,
  zoomIn,
  type Gesture,
  type OpenTiming,
  type Side,
} from './canvas-pages';
import { median, pairedRatio, type BenchFigure, type BenchRatio, type BenchResult } from './stats';

interface Size {
  people: number;
  /** Timed opens per side (after one cold open each), fewer if they would overrun `openBudgetMs`. */
  opens: number;
  /** Pan and drag rounds per side, each GESTURE_MS long. */
  gestures: number;
  /** The targets of issue 20 at this size: ratios to bare React Flow, or budgets. */
  targets: { paint?: number; pan?: number; drag?: number; heap?: number };
  /** Absolute budgets (no bare React Flow beside it: at 10,000 it would only show how slow it is). */
  budgets?: { openMs: number; panP95Ms: number; heapMb: number };
  /** Warm opens stop before this (at least one round is done); OPEN_BUDGET_MS when not given. */
  openBudgetMs?: number;
}
const SIZES: Size[] = [
  { people: 300, opens: 3, gestures: 2, targets: {} },
  { people: 1000, opens: 5, gestures: 3, targets: { paint: 1.3, pan: 1.3, drag: 1.3, heap: 1.5 } },
  { people: 3000, opens: 3, gestures: 3, targets: { paint: 1.5, pan: 1.5, drag: 1.5 } },
  // Through the test binding an open takes ~15 s here (the account crosses CDP as JSON): room for two.
  {
    people: 10000,
    opens: 2,
    gestures: 3,
    targets: {},
    budgets: { openMs: 3000, panP95Ms: 33, heapMb: 300 },
    openBudgetMs: 90_000,
  },
];
/** Warm opens stop before this by default (at least one round is done), so a slow build cannot run for ever. */
const OPEN_BUDGET_MS = 30_000;
// BIDMAP_BENCH_PEOPLE=1000 (comma-separated) measures only those sizes.
const ONLY = (process.env.BIDMAP_BENCH_PEOPLE ?? '').split(',').filter(Boolean).map(Number);
const LAYOUT_WARMUP = 5;
const LAYOUT_ROUNDS = 15;
/** As AccountCanvas's MIN_ZOOM: the bare reference may zoom as far out as ours. */
const MIN_ZOOM = 0.02;
const CLONE_ROUNDS = 5;
/** Where the close-up pans are measured: full cards, all in React Flow's DOM. */
const CLOSE_ZOOM = 0.5;

/**
 * Our canvas (the production build in out/renderer, real services over a temp workspace) against bare
 * React Flow with default nodes on the same graph in the same view (out/bench-bare), in the same
 * Chromium, run after run alternated: time to the first painted frame, frame times while panning
 * and while dragging a card, the JS heap, the auto-layout, what moving the account to the page
 * costs, and how many other cards re-render while one is dragged. 10,000 people against budgets.
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

const timed = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

async function benchSize(size: Size): Promise<BenchResult> {
  const account = generateOrgAccount({ people: size.people, seed: 1, name: `Bench org ${size.people}` });
  const ids = account.people.map((p) => p.id);
  // Auto-layout in Node (the same function the canvas runs when people have no saved place).
  for (let i = 0; i < LAYOUT_WARMUP; i++) layoutReportingTree(ids, account.links);
  const nodeLayout: number[] = [];
  for (let i = 0; i < LAYOUT_ROUNDS; i++) nodeLayout.push(timed(() => layoutReportingTree(ids, account.links)));
  const positions = layoutReportingTree(ids, account.links);
  const withBare = !size.budgets;

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

    // Cold opens: the first in each page, before anything is warm; ours first, to give the bare
    // page our pane's size and view.
    const coldOurs = await ours.open();
    const view = await ours.page.evaluate(() => {
      const r = document.querySelector('.react-flow')!.getBoundingClientRect();
      const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(
        document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
      )!;
      return {
        size: { width: Math.round(r.width), height: Math.round(r.height) },
        viewport: { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) },
      };
    });
    // PersonNode counts its renders into this object when it exists (see ourSubject).
    const openRenders = await renderCounts(ours.page);
    const bare = withBare ? await bareSubject(app, toBareGraph(account, positions, { ...view, minZoom: MIN_ZOOM })) : null;
    const bareIdleHeap = bare ? await heapMb(bare) : NaN;
    const coldBare = bare ? await bare.open() : null;
    const subjects = bare ? [ours, bare] : [ours];
    const inTurn = (round: number) => (round % 2 ? [...subjects].reverse() : subjects);

    // Warm opens, alternating which side goes first; the heap of the chart after each.
    const opens: Record<Side, OpenTiming[]> = { ours: [], bare: [] };
    const heaps: Record<Side, number[]> = { ours: [], bare: [] };
    const opensStarted = performance.now();
    // Another round only if it should end within the budget (the first always runs).
    for (
      let round = 0;
      round < size.opens &&
      (round === 0 || ((performance.now() - opensStarted) * (round + 1)) / round < (size.openBudgetMs ?? OPEN_BUDGET_MS));
      round++
    ) {
      for (const s of inTurn(round)) {
        await s.close();
        await gc(s);
        opens[s.side].push(await s.open());
        heaps[s.side].push((await heapMb(s)) - (s.side === 'ours' ? homeHeap : bareIdleHeap));
      }
    }

    // Moving the account to the page. Through the test binding (CDP and Playwright's serialisation:
    // far more than Electron's IPC) it is part of our first paint; Electron sends it as a structured
    // clone (V8's serializer in main, its deserializer in the page). Both are measured on the same object.
    const fetches: number[] = [];
    for (let i = 0; i < 3; i++) {
      fetches.push(
        await ours.page.evaluate(async (id) => {
          const t = performance.now();
          await (window as unknown as { bidmap: { getAccount(input: { id: string }): Promise<unknown> } }).bidmap.getAccount({
            id,
          });
          return performance.now() - t;
        }, account.id),
      );
    }
    const services: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await app.session.invoke('getAccount', { id: account.id });
      services.push(performance.now() - t);
    }
    const held = app.session.workspace().get(account.id);
    const nodeClone = { serialize: [] as number[], deserialize: [] as number[], bytes: 0 };
    for (let i = 0; i < CLONE_ROUNDS; i++) {
      let bytes: Buffer = Buffer.alloc(0);
      nodeClone.serialize.push(timed(() => (bytes = serialize(held))));
      nodeClone.deserialize.push(timed(() => deserialize(bytes)));
      nodeClone.bytes = bytes.length;
    }
    const pageClone = await ours.page.evaluate(
      async ({ id, rounds }) => {
        const a = await (
          window as unknown as { bidmap: { getAccount(input: { id: string }): Promise<unknown> } }
        ).bidmap.getAccount({ id });
        const times: number[] = [];
        for (let i = 0; i < rounds; i++) {
          const t = performance.now();
          structuredClone(a);
          times.push(performance.now() - t);
        }
        return times.sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
      },
      { id: account.id, rounds: CLONE_ROUNDS },
    );
    // The same chart with every dossier, motive, activity and trip filled (a worked account): what
    // Electron's structured clone would cost for it (V8's serializer, as in main and the page).
    const detailed = generateOrgAccount({ people: size.people, seed: 1, details: { today: '2026-12-01' } });
    const detailedClone = { serialize: [] as number[], deserialize: [] as number[], bytes: 0 };
    for (let i = 0; i < 3; i++) {
      let bytes: Buffer = Buffer.alloc(0);
      detailedClone.serialize.push(timed(() => (bytes = serialize(detailed))));
      detailedClone.deserialize.push(timed(() => deserialize(bytes)));
      detailedClone.bytes = bytes.length;
    }
    const fetch = median(fetches);
    const ipc = pageClone;

    // Layout in the page (the bare bundle carries the same layoutReportingTree).
    const pageLayout: number[] = [];
    if (bare) {
      for (let i = 0; i < LAYOUT_WARMUP + LAYOUT_ROUNDS; i++)
        pageLayout.push(await bare.page.evaluate(() => window.__bare!.layout()));
      pageLayout.splice(0, LAYOUT_WARMUP);
    }

    const failures: string[] = [];
    const pans: Record<Side, Gesture[]> = { ours: [], bare: [] };
    const drags: Record<Side, Gesture[]> = { ours: [], bare: [] };
    const others: number[] = [];
    for (let round = 0; round < size.gestures; round++) {
      for (const s of inTurn(round)) {
        const g = await pan(s);
        pans[s.side].push(g);
        if (!g.moved) failures.push(`${s.side} pan round ${round + 1}: the view did not move`);
      }
    }
    // The same person on both sides, nearest the middle of the view.
    const target = await pickDragTarget(subjects, positions);
    for (let round = 0; round < size.gestures; round++) {
      for (const s of inTurn(round)) {
        // Nothing selected before the drag, so only the dragged card's selection changes.
        await clearSelection(s);
        if (s.side === 'ours') await resetRenderCounts(ours.page);
        // Where the card is now: our saved place (a drop lands a few pixels off), else the layout's.
        const place =
          s.side === 'ours'
            ? (app.session.workspace().get(account.id).canvas.positions[target.id] ?? target.place)
            : target.place;
        const g = await drag(s, { id: target.id, place });
        drags[s.side].push(g);
        if (!g.moved) failures.push(`${s.side} drag round ${round + 1}: the card ${target.id} did not move`);
        if (s.side !== 'ours') continue;
        const counts = await renderCounts(ours.page);
        others.push(Object.entries(counts ?? {}).filter(([id, n]) => id !== target.id && n > 0).length);
      }
    }

    // Close up: the same pans with cards, frames and lines in the DOM (after the drags, which need the far view).
    const closeZoom: Record<Side, number> = { ours: NaN, bare: NaN };
    for (const s of subjects) closeZoom[s.side] = await zoomIn(s, CLOSE_ZOOM);
    const closePans: Record<Side, Gesture[]> = { ours: [], bare: [] };
    for (let round = 0; round < size.gestures; round++) {
      for (const s of inTurn(round)) {
        const g = await pan(s);
        closePans[s.side].push(g);
        if (!g.moved) failures.push(`${s.side} close-up pan round ${round + 1}: the view did not move`);
      }
    }
    const paint = (side: Side) => opens[side].map((o) => o.paint);
    // Less the test binding's getAccount round trip of that very open (plus `add`: a structured clone).
    const paintLessFetch = (side: Side, add = 0) => opens[side].map((o) => o.paint - o.fetch + add);
    const gesture = (list: Gesture[], key: 'p50' | 'p95' | 'busy') => list.map((g) => g[key]);
    const BARE = 'bare React Flow, same graph, same view';
    /** Ours against bare React Flow, round by round. */
    const vsBare = (
      label: string,
      measured: number[],
      reference: number[],
      unit: string,
      target?: number,
      referenceName = BARE,
    ) => pairedRatio(label, measured, reference, referenceName, unit, target);
    /** Ours against a fixed budget. */
    const vsBudget = (label: string, measured: number[], budget: number, unit: string, strict = false): BenchRatio => ({
      label,
      measured: median(measured),
      reference: budget,
      referenceName: 'budget (issue 20)',
      unit,
      target: 1,
      strict,
      rounds: { measured, reference: measured.map(() => budget) },
    });
    const t = size.targets;
    const ratios: BenchRatio[] = [];
    if (bare) {
      ratios.push(
        vsBare(
          'first paint, as in Electron',
          paintLessFetch('ours', ipc),
          paint('bare'),
          'ms',
          t.paint,
          `${BARE} (ours less the test binding's getAccount round trip, plus a structured clone of the account)`,
        ),
        vsBare(
          'first paint, less getAccount',
          paintLessFetch('ours'),
          paint('bare'),
          'ms',
          undefined,
          `${BARE} (ours less the test binding's getAccount round trip)`,
        ),
        vsBare('pan frame p95', gesture(pans.ours, 'p95'), gesture(pans.bare, 'p95'), 'ms', t.pan),
        vsBare('drag frame p95', gesture(drags.ours, 'p95'), gesture(drags.bare, 'p95'), 'ms', t.drag),
        vsBare(
          'JS heap of the chart',
          heaps.ours,
          heaps.bare,
          'MB',
          t.heap,
          `${BARE} (after GC, loaded minus before the first open)`,
        ),
        {
          label: 'layout (in page)',
          measured: median(pageLayout),
          reference: median(paint('ours')),
          referenceName: 'our first paint',
          unit: 'ms',
          target: t.paint ? 1 : undefined,
          strict: true,
        },
        vsBare(
          'first paint',
          paint('ours'),
          paint('bare'),
          'ms',
          undefined,
          `${BARE} (ours with getAccount through the test binding)`,
        ),
        vsBare('first paint, cold', [coldOurs.paint], [coldBare!.paint], 'ms', undefined, `${BARE} (first open in the page)`),
        vsBare('pan frame p50', gesture(pans.ours, 'p50'), gesture(pans.bare, 'p50'), 'ms'),
        vsBare(
          'pan frame p95, close up',
          gesture(closePans.ours, 'p95'),
          gesture(closePans.bare, 'p95'),
          'ms',
          undefined,
          `${BARE} (zoom ${closeZoom.ours.toFixed(2)}: cards, frames and lines in the DOM)`,
        ),
        vsBare(
          'pan main thread/frame',
          gesture(pans.ours, 'busy'),
          gesture(pans.bare, 'busy'),
          'ms',
          undefined,
          `${BARE} (mean)`,
        ),
        vsBare('drag frame p50', gesture(drags.ours, 'p50'), gesture(drags.bare, 'p50'), 'ms'),
        vsBare(
          'drag main thread/frame',
          gesture(drags.ours, 'busy'),
          gesture(drags.bare, 'busy'),
          'ms',
          undefined,
          `${BARE} (mean)`,
        ),
        vsBare(
          'DOM elements in the chart',
          opens.ours.map((o) => o.elements),
          opens.bare.map((o) => o.elements),
          '',
          undefined,
          `${BARE} (after open)`,
        ),
        {
          label: 'layout (Node)',
          measured: median(nodeLayout),
          reference: median(pageLayout),
          referenceName: 'layout in the page',
          unit: 'ms',
        },
      );
    } else {
      const b = size.budgets!;
      ratios.push(
        vsBudget('open to a usable chart, as in Electron', paintLessFetch('ours', ipc), b.openMs, 'ms'),
        vsBudget('pan frame p95', gesture(pans.ours, 'p95'), b.panP95Ms, 'ms'),
        vsBudget('JS heap of the chart', heaps.ours, b.heapMb, 'MB', true),
        {
          label: 'first paint (through the test binding)',
          measured: median(paint('ours')),
          reference: b.openMs,
          referenceName: 'budget, for scale',
          unit: 'ms',
        },
        {
          label: 'drag frame p95',
          measured: median(gesture(drags.ours, 'p95')),
          reference: b.panP95Ms,
          referenceName: 'pan budget, for scale',
          unit: 'ms',
        },
        {
          label: 'pan frame p95, close up',
          measured: median(gesture(closePans.ours, 'p95')),
          reference: b.panP95Ms,
          referenceName: `pan budget, for scale (zoom ${closeZoom.ours.toFixed(2)})`,
          unit: 'ms',
        },
      );
    }
    const fmtOpen = (o: OpenTiming[]) =>
      `script ${fmt(median(o.map((x) => x.script)))}, style ${fmt(median(o.map((x) => x.style)))}, layout ${fmt(median(o.map((x) => x.layout)))}, all tasks ${fmt(median(o.map((x) => x.task)))} ms; first DOM commit with the chart at ${fmt(median(o.map((x) => x.commit)))} ms`;
    const frames = (side: Side) =>
      `${pans[side].map((g) => g.frames).join('/')} pan, ${drags[side].map((g) => g.frames).join('/')} drag, ${closePans[side].map((g) => g.frames).join('/')} close-up pan`;
    const last = (side: Side) => opens[side].at(-1)!;
    const figures: BenchFigure[] = [
      { label: 'main thread while opening, ours', value: fmtOpen(opens.ours) },
      ...(bare ? [{ label: 'main thread while opening, bare', value: fmtOpen(opens.bare) }] : []),
      {
        label: 'moving the account to the page',
        value:
          `test binding ${fmt(fetch)} ms round trip (${fmt(median(opens.ours.map((o) => o.fetch)))} ms during the opens; of which ${fmt(median(services))} ms in the services, output validated); ` +
          `as Electron: structured clone ${fmt(ipc)} ms in the page (Node: v8.serialize ${fmt(median(nodeClone.serialize))} + deserialize ${fmt(median(nodeClone.deserialize))} ms, ${(nodeClone.bytes / 2 ** 20).toFixed(1)} MiB)`,
      },
      {
        label: 'the same account, worked',
        value: `with everyone's dossier, motives, activities and trips: structured clone in Node v8.serialize ${fmt(median(detailedClone.serialize))} + deserialize ${fmt(median(detailedClone.deserialize))} ms, ${(detailedClone.bytes / 2 ** 20).toFixed(1)} MiB`,
      },
      {
        label: 'cards rendered while opening',
        value: openRenders ? rendersSummary(openRenders, size.people) : 'render counter not available',
      },
      {
        label: 'other cards re-rendered by a drag',
        value: others.length ? `${others.join(', ')} (one per round; expected 0)` : 'render counter not available',
      },
      {
        label: 'after open',
        value:
          `ours ${last('ours').nodes} React Flow nodes, ${last('ours').elements} elements, ${last('ours').drawn} people drawn on the canvas layer` +
          (bare ? `; bare ${last('bare').nodes} nodes, ${last('bare').elements} elements` : '') +
          ` (${size.people} people, zoom ${view.viewport.zoom.toFixed(3)})`,
      },
      { label: 'frames measured', value: `ours ${frames('ours')}` + (bare ? `; bare ${frames('bare')}` : '') },
      { label: 'drag target', value: `${target.id} (the same person on both sides)` },
    ];
    const resultNotes: string[] = [];
    if (calls.refused.length)
      resultNotes.push(`WARNING: the services refused ${calls.refused.length} call(s) from our canvas, e.g. ${calls.refused[0]}`);
    const few = subjects.filter((s) => [...pans[s.side], ...drags[s.side]].some((g) => g.frames < 10)).map((s) => s.side);
    if (few.length)
      resultNotes.push(
        `NOTE: under 10 frames in some ${few.join(' and ')} gestures: their p50/p95 are rough (frames take longer than the gesture can sample)`,
      );
    resultNotes.push(
      `opens: 1 cold + ${opens.ours.length} per side; pans and drags: ${size.gestures} x ${GESTURE_MS / 1000} s per side; medians over rounds, spread = lowest–highest ratio of the rounds paired in order`,
    );
    return {
      name: `canvas: ${size.people.toLocaleString('en')} people, ${account.links.length.toLocaleString('en')} links (no saved positions), ours vs ${bare ? 'bare React Flow' : 'budgets'}${Object.keys(size.targets).length || size.budgets ? '' : ' (figures only)'}`,
      ratios,
      figures,
      notes: resultNotes,
      failures,
    };
  } finally {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1));

function rendersSummary(counts: Record<string, number>, people: number): string {
  const values = Object.values(counts);
  const total = values.reduce((a, b) => a + b, 0);
  return `${values.length} of ${people} cards, ${total} renders (${(total / Math.max(1, values.length)).toFixed(1)} per card; cold open)`;
}

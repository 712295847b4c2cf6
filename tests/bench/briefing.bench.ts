import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pageCount } from '../../electron/services/handlers/briefing';
import { APP_ORIGIN, PDF_OPTIONS, PRINT_READY, printRoute, rendererContext } from '../../electron/services/print/renderer-page';
import { openSession, type BidmapSession } from '../../electron/services/session';
import { Workspace } from '../../electron/services/store/workspace';
import { localIsoDate } from '../../shared/logic/dates';
import { briefingRoute, BriefingRequest } from '../../shared/model/briefing';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium';
import { TestHost } from '../support/host';
import { generateOrgAccount } from '../support/org-generator';
import { median, type BenchResult } from './stats';

const RENDERER = resolve(import.meta.dirname, '../../out/renderer');

interface Size {
  people: number;
  /** Timed rounds per side, after one untimed warm-up each. */
  rounds: number;
  /** Only the 300-person briefing has a target; the others print figures. */
  target?: number;
}
const SIZES: Size[] = [
  { people: 50, rounds: 5 },
  { people: 300, rounds: 5, target: 2 },
  { people: 1000, rounds: 2 },
];
// BIDMAP_BENCH_PEOPLE=300 (comma-separated) measures only those sizes.
const ONLY = (process.env.BIDMAP_BENCH_PEOPLE ?? '').split(',').filter(Boolean).map(Number);

/**
 * A full-level briefing of a generated account (dossiers, activities, trips, ~10% key people with a
 * section each), exported as the app exports it less the save dialog: `exportBriefing` through the
 * services (redaction, the print route opened in a fresh page, its data loaded and laid out, fonts in,
 * page.pdf), against `page.pdf` alone on the same route already rendered in another page of the same
 * browser (the print engine's floor), rounds alternated.
 */
export async function briefingBench(): Promise<BenchResult[]> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error(`No built renderer at ${RENDERER}: run \`npm run build\` first.`);
  const results: BenchResult[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const size of SIZES.filter((s) => !ONLY.length || ONLY.includes(s.people))) results.push(await benchSize(browser, size));
  } finally {
    await browser.close();
  }
  return results;
}

async function benchSize(browser: Browser, size: Size): Promise<BenchResult> {
  const started = performance.now();
  const today = localIsoDate(new Date());
  const account = generateOrgAccount({ people: size.people, seed: 1, withPositions: true, details: { today }, name: `Bench org ${size.people}` });
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-briefing-'));
  let session: BidmapSession | null = null;
  let floorPage: Page | null = null;
  try {
    const ws = await Workspace.open(dir);
    await ws.add([account]);
    await ws.close();
    // The services as the app runs them (no output checks); the save dialog is cancelled, so the
    // export prints and writes nothing.
    const host = new TestHost();
    session = await openSession({ workspaceDir: dir, host, appDataDir: null, defaultLanguage: 'en', seedDemoIfEmpty: false });
    const s = session;
    const context = await rendererContext(browser, { rendererDir: RENDERER, invoke: (name, input) => s.invoke(name, input), locale: 'en' });
    let last: Uint8Array | null = null;
    host.printer = async (route) => (last = await printRoute(context, route));
    const request = BriefingRequest.parse({ accountId: account.id, level: 'full', language: 'en', people: 'key' });

    const ours = async () => {
      const t = performance.now();
      const answer = await s.invoke('exportBriefing', request);
      const ms = performance.now() - t;
      if (!answer.ok) throw new Error(`exportBriefing failed: ${answer.error.message}`);
      return ms;
    };
    // The floor: the same route, opened and ready once, printed again and again.
    const opened = performance.now();
    floorPage = await context.newPage();
    await floorPage.goto(`${APP_ORIGIN}/index.html#${briefingRoute(request)}`);
    await floorPage.waitForSelector(PRINT_READY, { timeout: 300_000, state: 'attached' });
    const firstOpen = performance.now() - opened;
    const fp = floorPage;
    let floorPdf: Uint8Array | null = null;
    const floor = async () => {
      const t = performance.now();
      floorPdf = await fp.pdf(PDF_OPTIONS);
      return performance.now() - t;
    };

    const warmOurs = await ours();
    const warmFloor = await floor();
    const times = { ours: [] as number[], floor: [] as number[] };
    for (let round = 0; round < size.rounds; round++) {
      for (const side of round % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const)) times[side].push(await (side === 'ours' ? ours() : floor()));
    }
    const pages = pageCount(last!);
    const floorPages = pageCount(floorPdf!);
    const keyPeople = account.people.filter((p) => p.keyPerson).length;
    const kib = (b: Uint8Array | null) => `${((b?.byteLength ?? 0) / 1024).toFixed(0)} KiB`;
    const notes = [
      `first open of the route to ready (cold page, the floor's setup): ${firstOpen.toFixed(0)} ms; warm-up: ours ${warmOurs.toFixed(0)} ms, page.pdf ${warmFloor.toFixed(0)} ms`,
      `rounds: ${size.rounds} per side after the warm-up, order alternated; time for this size: ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ];
    if (pages !== floorPages) notes.push(`WARNING: our PDF has ${pages} pages, the floor's ${floorPages}`);
    return {
      name: `briefing PDF, full level: ${size.people.toLocaleString('en')} people, ${keyPeople} key (a section each), ours vs page.pdf alone${size.target ? '' : ' (figures only)'}`,
      ratios: [
        {
          label: 'export (services + print route + page.pdf)',
          measured: median(times.ours),
          reference: median(times.floor),
          referenceName: 'page.pdf alone on the same route, already rendered (same browser)',
          unit: 'ms',
          target: size.target,
        },
      ],
      figures: [
        { label: 'export, each round', value: `${times.ours.map((t) => t.toFixed(0)).join(', ')} ms` },
        { label: 'page.pdf, each round', value: `${times.floor.map((t) => t.toFixed(0)).join(', ')} ms` },
        { label: 'pages', value: `${pages ?? '?'} (${kib(last)})` },
      ],
      notes,
    };
  } finally {
    await floorPage?.close();
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

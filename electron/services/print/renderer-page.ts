import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { CALL_NAMES } from '../../../shared/ipc/contract';

/** The built renderer is served under this origin by request interception: no server, no port. */
export const APP_ORIGIN = 'http://bidmap.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export type Invoke = (name: string, input: unknown) => Promise<unknown>;

/**
 * A browser context that shows the built renderer with `window.bidmap` bound to the services, as
 * the preload does in the app: the tests, the CLI's printing and the benchmarks all use it.
 */
export async function rendererContext(
  browser: Browser,
  options: { rendererDir: string; invoke: Invoke; locale: string; viewport?: { width: number; height: number } },
): Promise<BrowserContext> {
  const root = options.rendererDir;
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No built renderer at ${root}: run \`npm run build\` first.`);
  const context = await browser.newContext({ locale: options.locale, viewport: options.viewport ?? { width: 1440, height: 900 } });
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = normalize(join(root, decodeURIComponent(new URL(route.request().url()).pathname)));
    if (!path.startsWith(root + sep) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: await readFile(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  });
  // Nothing else is fetched: a briefing never reaches the network.
  await context.route((url) => !url.href.startsWith(`${APP_ORIGIN}/`) && !url.href.startsWith('data:') && !url.href.startsWith('blob:'), (route) => route.abort());
  await context.exposeBinding('__bidmapInvoke', (_source, name: string, input: unknown) => options.invoke(name, input));
  // As text, not a function: a transpiler's helpers (esbuild's __name) would not exist in the page.
  await context.addInitScript({ content: bridgeScript(CALL_NAMES as string[]) });
  return context;
}

/** What the preload exposes, for a page opened outside Electron: `window.bidmap` and the menu's pushes. */
function bridgeScript(names: string[]): string {
  return `(() => {
    const invoke = window.__bidmapInvoke;
    const bridge = Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, (input) => invoke(n, input)]));
    Object.defineProperty(window, 'bidmap', { value: Object.freeze(bridge) });
    const listeners = new Set();
    const opened = new Set();
    const team = new Set();
    Object.defineProperty(window, '__menu', { value: (command) => listeners.forEach((l) => l(command)) });
    Object.defineProperty(window, '__opened', { value: () => opened.forEach((l) => l()) });
    Object.defineProperty(window, '__teamChanged', { value: (change) => team.forEach((l) => l(change)) });
    Object.defineProperty(window, 'bidmapEvents', {
      value: Object.freeze({
        onMenuCommand(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        onFileOpened(listener) {
          opened.add(listener);
          return () => opened.delete(listener);
        },
        onTeamChanged(listener) {
          team.add(listener);
          return () => team.delete(listener);
        },
      }),
    });
  })();`;
}

/** How every print route is printed: the page's own @page sizes, backgrounds, tags and bookmarks. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Where a print route says it is ready (or why it cannot be). */
export const PRINT_READY = 'body[data-print-ready]';

/**
 * Prints one print route of the renderer to PDF: opens it, waits until it says it is ready (its
 * data loaded, fonts in), and lets Chromium print it with the page's own @page sizes.
 */
export async function printRoute(context: BrowserContext, route: string, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${APP_ORIGIN}/index.html#${route}`);
    await page.waitForSelector(PRINT_READY, { timeout: options.timeoutMs ?? 120_000, state: 'attached' });
    const failed = await page.getAttribute('body', 'data-print-error');
    if (failed) throw new Error(failed);
    if (errors.length) throw new Error(`The briefing page failed: ${errors.join('; ')}`);
    return await page.pdf(PDF_OPTIONS);
  } finally {
    await page.close();
  }
}

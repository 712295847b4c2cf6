import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CALL_NAMES } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/events';
import type { Account } from '../../shared/model/account';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { openSession, type BidmapSession } from '../../electron/services/session';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { TestHost } from './host';

const RENDERER = resolve(import.meta.dirname, '../../out/renderer');
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

export interface LaunchOptions {
  workspace?: string;
  locale?: 'en' | 'zh-CN';
  demo?: boolean;
  /** Folders the "user" picks in folder dialogs, in order (null: cancel). */
  folderAnswers?: (string | null)[];
  viewport?: { width: number; height: number };
}

export interface LaunchedApp {
  page: Page;
  workspace: string;
  /** The services behind `window.bidmap`, running in the test process. */
  session: BidmapSession;
  host: TestHost;
  /** Adds accounts to the workspace through the services and reloads the page to show them. */
  seed(accounts: readonly Account[]): Promise<void>;
  /** Chooses an application-menu command, as Electron's menu would send it. */
  menu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the built renderer in Chromium with `window.bidmap` bound to the real services over a
 * workspace folder (a fresh temp folder when none is given; `demo` seeds the demo first).
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    throw new Error(`No built renderer at ${RENDERER}: run \`npm run build\` first.`);
  }
  const locale = options.locale ?? 'en';
  const ownWorkspace = !options.workspace;
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'bidmap-e2e-')));
  if (options.demo) await writeDemoWorkspace(workspace, locale);
  const host = new TestHost(options.folderAnswers ?? []);
  const session = await openSession({
    workspaceDir: workspace,
    host,
    appDataDir: null,
    defaultLanguage: locale,
    seedDemoIfEmpty: false,
    checkOutputs: true,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale, viewport: options.viewport ?? { width: 1440, height: 900 } });
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = normalize(join(RENDERER, decodeURIComponent(new URL(route.request().url()).pathname)));
    if (!path.startsWith(RENDERER + sep) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: await readFile(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  });
  await context.exposeBinding('__bidmapInvoke', (_source, name: string, input: unknown) => session.invoke(name, input));
  await context.addInitScript((names: string[]) => {
    type Invoke = (name: string, input: unknown) => Promise<unknown>;
    const invoke = (window as unknown as { __bidmapInvoke: Invoke }).__bidmapInvoke;
    const bridge = Object.fromEntries(names.map((n) => [n, (input: unknown) => invoke(n, input)]));
    Object.defineProperty(window, 'bidmap', { value: Object.freeze(bridge) });
    // The application menu's pushes, as the preload exposes them; tests send them with `menu()`.
    const listeners = new Set<(command: string) => void>();
    Object.defineProperty(window, '__menu', { value: (command: string) => listeners.forEach((l) => l(command)) });
    Object.defineProperty(window, 'bidmapEvents', {
      value: Object.freeze({
        onMenuCommand(listener: (command: string) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      }),
    });
  }, CALL_NAMES as string[]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${APP_ORIGIN}/index.html`);
  try {
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  } catch (e) {
    await browser.close();
    throw new Error(`The app did not start: ${errors.join('; ') || (e as Error).message}`, { cause: e });
  }
  return {
    page,
    workspace,
    session,
    host,
    async seed(accounts) {
      await session.workspace().add(accounts);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
    },
    async menu(command) {
      await page.evaluate((c) => (window as unknown as { __menu(c: string): void }).__menu(c), command);
    },
    async close() {
      await browser.close();
      await session.close();
      if (ownWorkspace) await rm(workspace, { recursive: true, force: true });
    },
  };
}

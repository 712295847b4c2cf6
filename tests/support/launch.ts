import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { MenuCommand } from '../../shared/ipc/events';
import type { Account } from '../../shared/model/account';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { openSession, type BidmapSession, type SessionOptions } from '../../electron/services/session';
import { APP_ORIGIN, printRoute, rendererContext } from '../../electron/services/print/renderer-page';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { TestHost } from './host';

const RENDERER = resolve(import.meta.dirname, '../../out/renderer');
export { APP_ORIGIN };

export interface LaunchOptions {
  workspace?: string;
  locale?: 'en' | 'zh-CN';
  demo?: boolean;
  /** Folders the "user" picks in folder dialogs, in order (null: cancel). */
  folderAnswers?: (string | null)[];
  viewport?: { width: number; height: number };
  /** The browser's own locale (what a native date input follows), when it is not the UI language's. */
  browserLocale?: string;
  /** More session options (encryption tests: a cheap scrypt cost, a stand-in for safeStorage). */
  session?: Partial<SessionOptions>;
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
  /** Opens a file with the app, as a double-click on it would (main registers it, the page gets a token). */
  openFile(path: string): Promise<void>;
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
    lock: true, // as the app: a test that opens the same folder twice in this process shares the lock
    team: {}, // as the app: a workspace that joined a team syncs (none of the others makes a connection)
    ...options.session,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await rendererContext(browser, {
    rendererDir: RENDERER,
    invoke: (name, input) => session.invoke(name, input),
    locale: options.browserLocale ?? locale,
    viewport: options.viewport ?? { width: 1440, height: 900 },
  });
  // In-app printing prints in a context of its own, as the app prints in a hidden window.
  const printContext = await rendererContext(browser, { rendererDir: RENDERER, invoke: (name, input) => session.invoke(name, input), locale });
  host.printer = (route) => printRoute(printContext, route);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Teammates' changes are pushed to the page as main pushes them (TEAM_CHANNEL).
  const offTeam = session.onTeamChanged((change) => {
    if (!page.isClosed()) void page.evaluate((c) => (window as unknown as { __teamChanged(c: unknown): void }).__teamChanged(c), change).catch(() => undefined);
  });
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
    async openFile(path) {
      session.opened.add(path);
      await page.evaluate(() => (window as unknown as { __opened(): void }).__opened());
    },
    async close() {
      offTeam();
      await browser.close();
      await session.close();
      if (ownWorkspace) await rm(workspace, { recursive: true, force: true });
    },
  };
}

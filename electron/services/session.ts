import { resolve } from 'node:path';
import type { Envelope } from '../../shared/ipc/types';
import type { Settings } from '../../shared/model/workspace';
import type { Language } from '../../shared/taxonomy/keys';
import { localIsoDate } from '../../shared/logic/dates';
import type { Notice } from '../../shared/logic/itinerary/notice';
import { writeAppConfig } from './app-config';
import { noticeOnce } from './daily-notice';
import { seedDemo } from './demo-workspace';
import { createHandlers } from './handlers';
import type { Host } from './host';
import { OpenedFiles } from './incoming/opened-files';
import { dispatch } from './ipc/dispatch';
import { WorkspaceLock } from './store/lock';
import { Workspace } from './store/workspace';

export { defaultAppDataDir, resolveWorkspaceDir } from './app-config';

export interface SessionOptions {
  workspaceDir: string;
  host: Host;
  /** Where the choice of workspace is remembered; null leaves it unrecorded (tests, CLI). */
  appDataDir: string | null;
  /** Language of the demo when the workspace's settings do not name one. */
  defaultLanguage: Language;
  /** A first start (no workspace in the folder) writes the demo into it. */
  seedDemoIfEmpty: boolean;
  checkOutputs?: boolean;
  /**
   * Raise the daily notice of key people's trips and birthdays (the app; tests and the CLI
   * leave it off): at open, after switching workspace, and hourly for an app left running.
   */
  dailyNotice?: boolean;
  /** Today's date where the user is; the clock by default (tests pass their own day). */
  today?: () => string;
  /**
   * Hold the workspace's lock (store/lock.ts) while it is open, so no other Bidmap writes to it:
   * the app and its test harness do; the CLI's private copies and unit tests need not.
   */
  lock?: boolean;
}

/** How often a running app looks whether a new day needs its notice. */
export const NOTICE_CHECK_MS = 3_600_000;

/** The services of one running app (or test, or CLI) over one open workspace at a time. */
export interface BidmapSession {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  settings(): Settings;
  workspace(): Workspace;
  flush(): Promise<void>;
  close(): Promise<void>;
  onSettingsChanged(listener: (s: Settings) => void): () => void;
  /** Files the OS handed to the app (double-click on a .bidmap): main registers them here. */
  opened: OpenedFiles;
  /** Raises today's notice if this workspace has not had it yet today; the notice raised, or null. */
  dailyNotice(): Promise<Notice | null>;
}

async function openWorkspace(dir: string, options: SessionOptions): Promise<Workspace> {
  const ws = await Workspace.open(dir);
  if (ws.isNew && options.seedDemoIfEmpty) await seedDemo(ws, ws.settings.language ?? options.defaultLanguage);
  return ws;
}

/** Takes the folder's lock (when the session holds locks), then opens it; a failure releases the lock. */
async function lockAndOpen(dir: string, options: SessionOptions, open: (dir: string) => Promise<Workspace>) {
  const lock = options.lock ? await WorkspaceLock.acquire(dir, { app: 'app' }) : null;
  try {
    return { ws: await open(dir), lock };
  } catch (e) {
    await lock?.release();
    throw e;
  }
}

export async function openSession(options: SessionOptions): Promise<BidmapSession> {
  const first = await lockAndOpen(options.workspaceDir, options, (dir) => openWorkspace(dir, options));
  let current = first.ws;
  let lock = first.lock;
  const listeners = new Set<(s: Settings) => void>();
  const settingsChanged = (s: Settings) => listeners.forEach((l) => l(s));
  const today = options.today ?? (() => localIsoDate(new Date()));

  // One look at a time; the day is also kept in memory (by folder), for a workspace whose
  // notices.json cannot be written.
  const noticed = new Map<string, string>();
  let noticeRun: Promise<Notice | null> = Promise.resolve(null);
  const dailyNotice = (): Promise<Notice | null> => {
    noticeRun = noticeRun
      .catch(() => null)
      .then(async () => {
        const ws = current;
        const day = today();
        if (noticed.get(ws.dir) === day) return null;
        noticed.set(ws.dir, day);
        return noticeOnce(ws, options.host, day, ws.settings.language ?? options.defaultLanguage);
      });
    return noticeRun;
  };
  const noticeInBackground = () => {
    dailyNotice().catch((e: unknown) => console.error('bidmap: the daily notice failed:', e));
  };

  const opened = new OpenedFiles();
  const handlers = createHandlers({
    workspace: () => current,
    host: options.host,
    opened,
    exported: new Set<string>(),
    settingsChanged,
    async switchWorkspace(path) {
      if (resolve(path) === resolve(current.dir)) return current; // reopening would move nothing and reload everything
      const next = await lockAndOpen(path, options, (dir) => Workspace.open(dir)); // first: a failure (or a lock held elsewhere) keeps the current one
      await current.close();
      await lock?.release();
      current = next.ws;
      lock = next.lock;
      if (options.appDataDir) await writeAppConfig(options.appDataDir, { workspace: path });
      settingsChanged(current.settings);
      if (options.dailyNotice) noticeInBackground();
      return current;
    },
  });

  let noticeTimer: NodeJS.Timeout | null = null;
  if (options.dailyNotice) {
    noticeInBackground();
    noticeTimer = setInterval(noticeInBackground, NOTICE_CHECK_MS);
    noticeTimer.unref(); // never what keeps a CLI or test process alive
  }

  return {
    invoke: (name, input) => dispatch(handlers, name, input, { checkOutputs: options.checkOutputs }),
    settings: () => current.settings,
    workspace: () => current,
    flush: () => current.flush(),
    async close() {
      if (noticeTimer) clearInterval(noticeTimer);
      await noticeRun.catch(() => null);
      await current.close();
      await lock?.release();
    },
    dailyNotice,
    opened,
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

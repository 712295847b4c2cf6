import { resolve } from 'node:path';
import type { Envelope } from '../../shared/ipc/types';
import { Settings } from '../../shared/model/workspace';
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
import { ServiceError, serviceText } from './errors';
import { WorkspaceLock } from './store/lock';
import { TeamSession, type TeamSessionOptions } from './team-session';
import type { TeamChange } from '../../shared/ipc/team';
import { Workspace } from './store/workspace';
import { VaultControl } from './vault/control';
import { DeviceKeys, type OsCipher } from './vault/device-keys';
import type { FileCodec } from './vault/file-codec';
import type { KdfCost } from './vault/keyring';
import { Vault } from './vault/vault';

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
  /** The OS's secret keeping for "remember on this device" (safeStorage in the app); none: refused. */
  osCipher?: OsCipher;
  /** Unlocks an encrypted workspace at open (the CLI's --passphrase-file); the app asks in the page. */
  passphrase?: string;
  /** scrypt's cost for new keyrings: tests lower it; the app keeps the default. */
  kdfCost?: KdfCost;
  /**
   * Team sync (issue 19): given, the open workspace's team client runs when the workspace joined a
   * team (the app and its test harness). Not given, none is opened with a workspace (the CLI's
   * commands, most tests): only an explicit teamJoin starts one.
   */
  team?: TeamSessionOptions;
}

/** How often a running app looks whether a new day needs its notice. */
export const NOTICE_CHECK_MS = 3_600_000;

/** The services of one running app (or test, or CLI) over one open workspace at a time. */
export interface BidmapSession {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** The open workspace's settings; the defaults while it is locked. */
  settings(): Settings;
  /** The open workspace; throws `needsPassphrase` while an encrypted one is locked. */
  workspace(): Workspace;
  /** Locks an encrypted workspace (main calls it when the screen locks or the laptop sleeps). */
  lockVault(): Promise<void>;
  flush(): Promise<void>;
  close(): Promise<void>;
  onSettingsChanged(listener: (s: Settings) => void): () => void;
  /** Files the OS handed to the app (double-click on a .bidmap): main registers them here. */
  opened: OpenedFiles;
  /** Raises today's notice if this workspace has not had it yet today; the notice raised, or null. */
  dailyNotice(): Promise<Notice | null>;
  /** Teammates' changes written into a local account (or an account shared with me arrived): main pushes it to the page. */
  onTeamChanged(listener: (change: TeamChange) => void): () => void;
  /** The open workspace's team sync. */
  team: TeamSession;
}

/** Takes the folder's lock (when the session holds locks), then opens it (null: locked); a failure releases the lock. */
async function lockAndOpen(dir: string, options: SessionOptions, open: (dir: string) => Promise<Workspace | null>) {
  const lock = options.lock ? await WorkspaceLock.acquire(dir, { app: 'app' }) : null;
  try {
    return { ws: await open(dir), lock };
  } catch (e) {
    await lock?.release();
    throw e;
  }
}

export async function openSession(options: SessionOptions): Promise<BidmapSession> {
  let dir = options.workspaceDir;
  let current: Workspace | null = null;
  const team = new TeamSession(options.team ?? {});
  /** The team client follows the open workspace (opened, unlocked, switched, locked). */
  const follow = (ws: Workspace | null) => {
    if (options.team) team.attach(ws).catch((e: unknown) => console.error('bidmap: opening the team client failed:', e));
  };
  const vault = new VaultControl(
    {
      dir: () => dir,
      workspace: () => current,
      setWorkspace: (ws) => {
        current = ws;
        follow(ws);
      },
    },
    new DeviceKeys(options.appDataDir, options.osCipher ?? null),
    options.kdfCost,
  );
  /** Opens a folder as its encryption allows: null while it waits for its passphrase. */
  const openFolder = async (folder: string, seed: boolean): Promise<Workspace | null> => {
    const codec = await vault.codecFor(folder, options.passphrase);
    vault.adopt(codec);
    if (!codec) return null;
    const ws = await Workspace.open(folder, codec);
    if (seed && ws.isNew && options.seedDemoIfEmpty) await seedDemo(ws, ws.settings.language ?? options.defaultLanguage);
    return ws;
  };
  // The team client stops before the vault closes or rewrites the workspace under it (lock,
  // encryption on, off, a new passphrase), and follows whatever is open afterwards, even after a refusal.
  if (options.team) {
    const quiet = async <T>(run: () => Promise<T>): Promise<T> => {
      await team.close();
      try {
        return await run();
      } finally {
        follow(current);
      }
    };
    const [lockIt, enable, change, disable] = [vault.lock.bind(vault), vault.enable.bind(vault), vault.change.bind(vault), vault.disable.bind(vault)];
    vault.lock = () => quiet(lockIt);
    vault.enable = (...a: Parameters<typeof enable>) => quiet(() => enable(...a));
    vault.change = (...a: Parameters<typeof change>) => quiet(() => change(...a));
    vault.disable = (...a: Parameters<typeof disable>) => quiet(() => disable(...a));
  }
  const first = await lockAndOpen(dir, options, (folder) => openFolder(folder, true));
  current = first.ws;
  follow(current);
  let lock = first.lock;
  const open = (): Workspace => {
    if (!current) throw new ServiceError('needsPassphrase', serviceText('workspaceLocked'));
    return current;
  };
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
        if (!ws) return null; // locked: the notice waits for the next look after unlocking
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
    workspace: open,
    vault,
    host: options.host,
    opened,
    exported: new Set<string>(),
    settingsChanged,
    team,
    async switchWorkspace(path) {
      if (resolve(path) === resolve(dir) && current) return current; // reopening would move nothing and reload everything
      // First: a failure (or a lock held elsewhere) keeps the current one.
      let codec: FileCodec | null = null;
      const next = await lockAndOpen(path, options, async (folder) => {
        codec = await vault.codecFor(folder);
        try {
          return codec ? await Workspace.open(folder, codec) : null;
        } catch (e) {
          if (codec instanceof Vault) codec.close();
          throw e;
        }
      });
      await team.close(); // before its workspace closes: its last reconcile writes through it
      await current?.close();
      vault.adopt(codec);
      await lock?.release();
      current = next.ws;
      follow(current);
      dir = path;
      lock = next.lock;
      if (options.appDataDir) await writeAppConfig(options.appDataDir, { workspace: path });
      if (!current) throw new ServiceError('needsPassphrase', serviceText('workspaceEncrypted', { dir: path }));
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
    settings: () => current?.settings ?? Settings.parse({}),
    workspace: open,
    async lockVault() {
      await vault.lock();
    },
    flush: async () => current?.flush(),
    async close() {
      if (noticeTimer) clearInterval(noticeTimer);
      await noticeRun.catch(() => null);
      await team.close();
      await current?.close();
      vault.close();
      await lock?.release();
    },
    dailyNotice,
    opened,
    team,
    onTeamChanged: (listener) => team.onChanged(listener),
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

import { resolve } from 'node:path';
import type { Envelope } from '../../shared/ipc/types';
import type { Settings } from '../../shared/model/workspace';
import type { Language } from '../../shared/taxonomy/keys';
import { writeAppConfig } from './app-config';
import { seedDemo } from './demo-workspace';
import { createHandlers } from './handlers';
import type { Host } from './host';
import { dispatch } from './ipc/dispatch';
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
}

/** The services of one running app (or test, or CLI) over one open workspace at a time. */
export interface BidmapSession {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  settings(): Settings;
  workspace(): Workspace;
  flush(): Promise<void>;
  close(): Promise<void>;
  onSettingsChanged(listener: (s: Settings) => void): () => void;
}

async function openWorkspace(dir: string, options: SessionOptions): Promise<Workspace> {
  const ws = await Workspace.open(dir);
  if (ws.isNew && options.seedDemoIfEmpty) await seedDemo(ws, ws.settings.language ?? options.defaultLanguage);
  return ws;
}

export async function openSession(options: SessionOptions): Promise<BidmapSession> {
  let current = await openWorkspace(options.workspaceDir, options);
  const listeners = new Set<(s: Settings) => void>();
  const settingsChanged = (s: Settings) => listeners.forEach((l) => l(s));

  const handlers = createHandlers({
    workspace: () => current,
    host: options.host,
    settingsChanged,
    async switchWorkspace(path) {
      if (resolve(path) === resolve(current.dir)) return current; // reopening would move nothing and reload everything
      const next = await Workspace.open(path); // open first: a failure keeps the current one
      await current.close();
      current = next;
      if (options.appDataDir) await writeAppConfig(options.appDataDir, { workspace: path });
      settingsChanged(current.settings);
      return current;
    },
  });

  return {
    invoke: (name, input) => dispatch(handlers, name, input, { checkOutputs: options.checkOutputs }),
    settings: () => current.settings,
    workspace: () => current,
    flush: () => current.flush(),
    close: () => current.close(),
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

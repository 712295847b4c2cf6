import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from './fs/durable-write';
import { mkdir } from 'node:fs/promises';

const PRODUCT = 'Bidmap';

/** The per-user app-data folder, the same place Electron's `userData` points to for Bidmap. */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.BIDMAP_APP_DATA) return env.BIDMAP_APP_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT);
}

/** What lives outside any workspace: which workspace folder to open. */
const AppConfig = z.object({ workspace: z.string().min(1).optional() });
type AppConfig = z.infer<typeof AppConfig>;

const configFile = (appDataDir: string) => join(appDataDir, 'config.json');

export async function readAppConfig(appDataDir: string): Promise<AppConfig> {
  try {
    const parsed = AppConfig.safeParse(JSON.parse(await readFile(configFile(appDataDir), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // missing or unreadable: the defaults are safe
  }
}

export async function writeAppConfig(appDataDir: string, config: AppConfig): Promise<void> {
  await mkdir(appDataDir, { recursive: true });
  await writeFileDurable(configFile(appDataDir), JSON.stringify(config, null, 1));
}

/** The workspace to open: `BIDMAP_WORKSPACE`, else the one chosen last, else `<appData>/workspace`. */
export async function resolveWorkspaceDir(appDataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.BIDMAP_WORKSPACE) return env.BIDMAP_WORKSPACE;
  return (await readAppConfig(appDataDir)).workspace ?? join(appDataDir, 'workspace');
}

import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const here = fileURLToPath(new URL('.', import.meta.url));

export const PRELOAD_PATH = join(here, '../preload/index.cjs');
export const RENDERER_HTML = join(here, '../renderer/index.html');
export const RENDERER_URL = pathToFileURL(RENDERER_HTML).href;
/** Set by `electron-vite dev`: the renderer comes from the dev server. */
export const DEV_SERVER_URL = process.env.ELECTRON_RENDERER_URL ?? null;

/** True for our own page (the built file, or the dev server in development). */
export function isAppUrl(url: string): boolean {
  if (DEV_SERVER_URL && url.startsWith(DEV_SERVER_URL)) return true;
  return url.split('#')[0] === RENDERER_URL;
}

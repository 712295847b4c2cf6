import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const here = fileURLToPath(new URL('.', import.meta.url));

export const PRELOAD_PATH = join(here, '../preload/index.cjs');
export const RENDERER_HTML = join(here, '../renderer/index.html');
const RENDERER_URL = new URL(pathToFileURL(RENDERER_HTML).href);

/** Set by `electron-vite dev`: the renderer comes from the dev server. */
export const DEV_SERVER_URL = process.env.ELECTRON_RENDERER_URL || null;
const DEV_ORIGIN = DEV_SERVER_URL ? new URL(DEV_SERVER_URL).origin : null;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for our own page: the built index.html (any hash route), or in development any page of
 * the dev server. Compared as parsed URLs, never as string prefixes, so that e.g.
 * `http://localhost:5173@evil.example` is not mistaken for the dev server.
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (DEV_ORIGIN !== null && u.origin === DEV_ORIGIN) return true;
  return u.protocol === 'file:' && u.host === RENDERER_URL.host && samePath(u.pathname, RENDERER_URL.pathname);
}

// Chromium and Node may escape a path differently (spaces, a Chinese user name), and Windows
// paths are case-insensitive: compare the decoded paths.
function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    const decoded = safeDecode(p);
    return process.platform === 'win32' || process.platform === 'darwin' ? decoded.toLowerCase() : decoded;
  };
  return norm(a) === norm(b);
}

function safeDecode(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** The dev server's URL pattern for session.webRequest filters (null in a packaged app). */
export const DEV_URL_PATTERN = DEV_ORIGIN ? `${DEV_ORIGIN}/*` : null;

import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// paths.ts reads ELECTRON_RENDERER_URL when it loads: import it afresh for each setting.
async function load(devServer: string | null) {
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', devServer ?? '');
  return import('../../electron/main/paths');
}

afterEach(() => vi.unstubAllEnvs());

describe('isAppUrl: which pages may call the services and be navigated to', () => {
  it('accepts the built page, with any hash route', async () => {
    const { isAppUrl, RENDERER_HTML } = await load(null);
    const page = pathToFileURL(RENDERER_HTML).href;
    expect(isAppUrl(page)).toBe(true);
    expect(isAppUrl(`${page}#/accounts/a_1`)).toBe(true);
  });

  it('refuses other local files and every web page in a packaged app', async () => {
    const { isAppUrl, RENDERER_HTML } = await load(null);
    expect(isAppUrl(pathToFileURL(RENDERER_HTML.replace('index.html', 'other.html')).href)).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server by origin, not by string prefix', async () => {
    const { isAppUrl } = await load('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/settings')).toBe(true);
    expect(isAppUrl('http://localhost:5173@evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:51730/')).toBe(false);
    expect(isAppUrl('https://localhost:5173/')).toBe(false);
  });
});

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CALL_NAMES } from '../../shared/ipc/contract';
import { _electron as electron, expect, test } from '@playwright/test';

/** The Electron binary's path, or null where it was never downloaded (our build machines). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the packaged shell starts, opens one secure window and shows the home screen', async () => {
  test.skip(!binary, 'skipped: Electron binary not available');
  const app = await electron.launch({
    executablePath: binary!,
    args: [resolve(import.meta.dirname, '../../out/main/index.js')],
    env: { ...process.env, BIDMAP_APP_DATA: resolve(import.meta.dirname, '../../test-results/electron-app-data') },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    // Sandboxed and isolated: no Node in the page, only the bridge with one function per call.
    const page = await window.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      calls: Object.keys((window as unknown as { bidmap: object }).bidmap).sort(),
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', calls: [...CALL_NAMES].sort() });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});

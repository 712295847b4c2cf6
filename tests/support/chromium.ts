import { existsSync } from 'node:fs';

export { CHROMIUM_ARGS } from '../../electron/services/print/browser';

/** `BIDMAP_CHROMIUM`, else Debian's Chromium when present, else Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  if (process.env.BIDMAP_CHROMIUM) return process.env.BIDMAP_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

import { existsSync } from 'node:fs';

/** Flags Chromium needs on the build machines (no sandbox as root, no network chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `BIDMAP_CHROMIUM`, else Debian's Chromium when present, else Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  if (process.env.BIDMAP_CHROMIUM) return process.env.BIDMAP_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

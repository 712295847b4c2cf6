import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The .bidmap files among a command line's arguments (Windows and Linux pass a double-clicked file so). */
export function filesIn(argv: readonly string[], cwd = process.cwd()): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && /\.bidmap$/i.test(a))
    .map((a) => resolve(cwd, a))
    .filter((p) => existsSync(p) && statSync(p).isFile());
}

import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';

/**
 * Files the OS handed to the app (double-click, "Open with", a path on the command line). Main
 * registers each and gives the page only a token: the page never sends a path to read.
 */
export class OpenedFiles {
  private readonly paths = new Map<string, string>();

  /** Registers a path; the token and the file's plain name for the page. */
  add(path: string): { token: string; name: string } {
    const token = randomBytes(12).toString('hex');
    this.paths.set(token, path);
    return { token, name: basename(path) };
  }

  path(token: string): string | null {
    return this.paths.get(token) ?? null;
  }
}

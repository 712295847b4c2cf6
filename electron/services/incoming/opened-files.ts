import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';

/**
 * Files the OS handed to the app (double-click, "Open with", a path on the command line). Main
 * registers each and gives the page only a token: the page never sends a path to read.
 */
export class OpenedFiles {
  private readonly paths = new Map<string, string>();
  private waiting: { token: string; name: string }[] = [];

  /** Registers a path (it waits for the page to take it); the token and the file's plain name. */
  add(path: string): { token: string; name: string } {
    const token = randomBytes(12).toString('hex');
    this.paths.set(token, path);
    const file = { token, name: basename(path) };
    this.waiting.push(file);
    return file;
  }

  /** The files not yet taken by the page, each given once (the page may start before or after they arrive). */
  take(): { token: string; name: string }[] {
    const out = this.waiting;
    this.waiting = [];
    return out;
  }

  path(token: string): string | null {
    return this.paths.get(token) ?? null;
  }
}

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** A running crash child (tests/support/crash-child.ts): its lines so far, a wait for one, a SIGKILL. */
export interface Running {
  lines: string[];
  /** Resolves at the first line `line`; rejects if the child ends first. */
  waitFor(line: (l: string) => boolean): Promise<void>;
  /** SIGKILL, then every line it wrote before dying. */
  kill(): Promise<string[]>;
}

/**
 * The process the crash tests kill. It is bundled once: node starts a plain bundle in a fraction
 * of the time tsx needs, so many kills fit in a short run.
 */
export class CrashChild {
  private constructor(
    private readonly dir: string,
    private readonly js: string,
  ) {}

  /** Bundles `entry` (a file of tests/support; the store's crash child by default). */
  static async bundle(entry = 'crash-child.ts'): Promise<CrashChild> {
    // Inside node_modules/.cache so the bundle finds the packages it leaves out (below).
    const cache = resolve(import.meta.dirname, '../../node_modules/.cache');
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(join(cache, 'bidmap-crash-child-'));
    const js = join(dir, entry.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [resolve(import.meta.dirname, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: js,
      logLevel: 'warning',
      // Automerge loads its wasm beside its own file, and ws has optional native parts: both stay in node_modules.
      external: ['@automerge/*', 'ws'],
    });
    return new CrashChild(dir, js);
  }

  dispose(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }

  start(...args: string[]): Running {
    const child = spawn(process.execPath, [this.js, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let partial = '';
    let stderr = '';
    const waiters: { test: (l: string) => boolean; resolve: () => void; reject: (e: Error) => void }[] = [];
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) {
        lines.push(l);
        for (const w of waiters.filter((w) => w.test(l))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    const closed = new Promise<void>((r) => child.on('close', () => r()));
    void closed.then(() => {
      for (const w of waiters.splice(0)) w.reject(new Error(`the child ended before the awaited line: ${stderr}`));
    });
    return {
      lines,
      waitFor: (test) => (lines.some(test) ? Promise.resolve() : new Promise((resolve, reject) => waiters.push({ test, resolve, reject }))),
      async kill() {
        child.kill('SIGKILL');
        await closed;
        if (stderr) throw new Error(`the child failed: ${stderr}`);
        return lines;
      },
    };
  }
}

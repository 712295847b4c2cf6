import type { Writable } from 'node:stream';

/**
 * Resolves once everything written to `stream` so far has left the process. On Linux a pipe is
 * written asynchronously: what does not fit its 64 KiB waits in the process, and `process.exit`
 * would drop it (`bidmap show --json | jq .` got the first 65,536 bytes). An empty write's
 * callback runs after every earlier write is flushed. A reader that went away (EPIPE, as with
 * `| head`) has nothing more to get: that resolves too.
 */
export function drained(stream: Writable): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('error', () => resolve());
    stream.write('', () => resolve());
  });
}

/** Exits with `code` once standard output and error are drained: the one way the CLI ends. */
export async function exitWhenDrained(code: number): Promise<never> {
  // A reader that closes early makes later writes fail with EPIPE: that is not a crash.
  for (const s of [process.stdout, process.stderr]) s.on('error', () => {});
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

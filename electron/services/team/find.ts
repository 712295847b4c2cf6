import type { DocHandle, DocumentId, Repo } from '@automerge/automerge-repo';

/** A wait ended by its signal (a timeout, or the client closing) rather than by what it waited for. */
export class WaitEnded extends Error {}

/** `p`, or a WaitEnded rejection once `signal` aborts first. The listener goes either way. */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => reject(new WaitEnded(signal.reason instanceof Error ? signal.reason.message : 'the wait ended'));
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    p.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * `repo.find`, given up when `signal` aborts. Not through find's own `signal` option: automerge-repo
 * 2.5 keeps racing that signal after the document has loaded, so a later abort (a timeout firing,
 * a client closing) rejects a promise nobody awaits any more, an unhandled rejection that ends a
 * Node process.
 */
export const findUntil = <T>(repo: Repo, id: DocumentId, signal: AbortSignal): Promise<DocHandle<T>> => untilAborted(repo.find<T>(id), signal);

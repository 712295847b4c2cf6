import type { DocHandle, DocumentId, Repo } from '@automerge/automerge-repo';

/**
 * `repo.find`, given up when `signal` aborts. Not through find's own `signal` option: automerge-repo
 * 2.5 keeps racing that signal after the document has loaded, so a later abort (a timeout firing,
 * a client closing) rejects a promise nobody awaits any more, an unhandled rejection that ends a
 * Node process.
 */
export function findUntil<T>(repo: Repo, id: DocumentId, signal: AbortSignal): Promise<DocHandle<T>> {
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason instanceof Error ? signal.reason : new Error('the wait for the document ended'));
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    repo.find<T>(id).then(
      (handle) => {
        signal.removeEventListener('abort', stop);
        resolve(handle);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

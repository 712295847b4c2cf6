import type { ServiceText } from '../../../shared/i18n/service-text';
import { serviceText } from '../../../shared/i18n/service-text';
import { dirname } from 'node:path';
import { ServiceError } from '../errors';
import { storageReason, storageText, type StorageReason } from '../fs/storage-errors';

/** A write that failed and waits for its retry: the edits stay in memory meanwhile. */
export interface SaveProblem {
  /** The account, or null for workspace.json (settings and the index). */
  accountId: string | null;
  reason: StorageReason;
  text: ServiceText;
  since: string;
  attempts: number;
}

/** Pauses before each retry: quick at first (a moment's lock), then every 30 s until it works. */
export const SAVE_RETRY_MS = [1000, 3000, 10000, 30000];
export const INDEX_KEY = '';

/**
 * The saves of a workspace that failed: what happened, since when, and a timer that tries again.
 * A success clears the problem. Nothing is dropped: the workspace holds the edits in memory and
 * every retry writes what it holds then.
 */
export class SaveProblems {
  private readonly problems = new Map<string, SaveProblem>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly retry: (key: string) => void) {}

  /** Records a failed write of `key` (to `file`) and schedules its retry; returns the error to report. */
  failed(key: string, e: unknown, file: string): ServiceError {
    const before = this.problems.get(key);
    const text = storageText(e, file) ?? serviceText('storageOther', { folder: dirname(file), detail: e instanceof Error ? e.message : String(e) });
    this.problems.set(key, {
      accountId: key === INDEX_KEY ? null : key,
      reason: storageReason(e) ?? 'other',
      text,
      since: before?.since ?? new Date().toISOString(),
      attempts: (before?.attempts ?? 0) + 1,
    });
    this.schedule(key);
    return e instanceof ServiceError ? e : new ServiceError('io', text);
  }

  succeeded(key: string): void {
    this.problems.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private schedule(key: string): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(key));
    const attempts = this.problems.get(key)?.attempts ?? 1;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.retry(key);
    }, SAVE_RETRY_MS[Math.min(attempts - 1, SAVE_RETRY_MS.length - 1)]);
    timer.unref(); // a CLI or test process is not kept alive by it
    this.timers.set(key, timer);
  }

  list(): SaveProblem[] {
    return [...this.problems.values()];
  }

  keys(): string[] {
    return [...this.problems.keys()];
  }

  /** No more retries (the workspace is closing). */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

import { create } from 'zustand';
import { applyPatch, chartProblem, invertPatch, isEmptyPatch, type ChartProblem } from '../../../../shared/logic/chart';
import type { Account } from '../../../../shared/model/account';
import type { ChartPatch } from '../../../../shared/model/chart-patch';
import { api, ApiError } from '../../app/api';
import { reportError } from '../../app/errors';

interface Step {
  forward: ChartPatch;
  backward: ChartPatch;
}

interface History {
  undo: Step[];
  redo: Step[];
}

export type SaveState = 'saved' | 'saving' | 'failed';

interface ChartState {
  account: Account | null;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveState;
  /** The last save error, shown while `save` is 'failed'. */
  saveError: string;
  open(account: Account): void;
  close(): void;
  /** Applies an edit: refused (nothing changes) when it would break the reporting rules. */
  apply(patch: ChartPatch): ChartProblem | null;
  undo(): void;
  redo(): void;
}

const HISTORY_LIMIT = 500;
/** Undo history per account for the whole session, so leaving the chart and coming back keeps it. */
const histories = new Map<string, History>();
const historyOf = (id: string) => {
  let h = histories.get(id);
  if (!h) histories.set(id, (h = { undo: [], redo: [] }));
  return h;
};

const touchesLines = (p: ChartPatch) => p.people.length + p.removePeople.length + p.links.length + p.removeLinks.length > 0;

export const useChart = create<ChartState>((set, get) => {
  const flags = (id: string) => {
    const h = historyOf(id);
    return { canUndo: h.undo.length > 0, canRedo: h.redo.length > 0 };
  };

  /** Local change first (the canvas answers at once), then the store, in order. */
  function commit(patch: ChartPatch): ChartProblem | null {
    const account = get().account;
    if (!account || isEmptyPatch(patch)) return null;
    const next = applyPatch(account, patch);
    if (touchesLines(patch)) {
      const problem = chartProblem(next);
      if (problem) return problem;
    }
    set({ account: next });
    saves.push(account.id, patch);
    return null;
  }

  return {
    account: null,
    canUndo: false,
    canRedo: false,
    save: 'saved',
    saveError: '',
    open(account) {
      set({ account, ...flags(account.id) });
    },
    close() {
      set({ account: null });
    },
    apply(patch) {
      const account = get().account;
      if (!account) return null;
      const backward = invertPatch(account, patch);
      const problem = commit(patch);
      if (problem || isEmptyPatch(patch)) return problem;
      const h = historyOf(account.id);
      h.undo.push({ forward: patch, backward });
      if (h.undo.length > HISTORY_LIMIT) h.undo.shift();
      h.redo = [];
      set(flags(account.id));
      return null;
    },
    undo() {
      const account = get().account;
      if (!account) return;
      const h = historyOf(account.id);
      const step = h.undo.pop();
      if (!step) return;
      commit(step.backward);
      h.redo.push(step);
      set(flags(account.id));
    },
    redo() {
      const account = get().account;
      if (!account) return;
      const h = historyOf(account.id);
      const step = h.redo.pop();
      if (!step) return;
      commit(step.forward);
      h.undo.push(step);
      set(flags(account.id));
    },
  };
});

const RETRY_MS = [1000, 3000, 10000, 30000];

/**
 * Sends edits to the store one after another. A failed save keeps its edit (and every later
 * one) and retries; patches are idempotent, so sending one again is safe.
 */
class SaveQueue {
  private queue: { accountId: string; patch: ChartPatch }[] = [];
  private running = false;
  private failures = 0;

  push(accountId: string, patch: ChartPatch): void {
    this.queue.push({ accountId, patch });
    useChart.setState({ save: useChart.getState().save === 'failed' ? 'failed' : 'saving' });
    void this.run();
  }

  get pending(): number {
    return this.queue.length;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) {
        const next = this.queue[0]!;
        try {
          await api.patchChart({ id: next.accountId, patch: next.patch });
          this.queue.shift();
          this.failures = 0;
        } catch (e) {
          if (e instanceof ApiError && (e.code === 'invalidInput' || e.code === 'notFound')) {
            // Refused, not failed: retrying cannot help. Say so and show what the store holds.
            this.queue.shift();
            reportError(e);
            void api.getAccount({ id: next.accountId }).then((a) => {
              if (useChart.getState().account?.id === a.id) useChart.getState().open(a);
            }, reportError);
            continue;
          }
          const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
          useChart.setState({ save: 'failed', saveError: e instanceof Error ? e.message : String(e) });
          await new Promise((r) => setTimeout(r, wait));
          continue;
        }
        if (this.queue.length === 0) useChart.setState({ save: 'saved', saveError: '' });
      }
    } finally {
      this.running = false;
    }
  }
}

export const saves = new SaveQueue();

/** Test and bench access: how many edits are not yet acknowledged by the store. */
export const pendingSaves = () => saves.pending;

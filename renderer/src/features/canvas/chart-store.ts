import { create } from 'zustand';
import { applyPatch, composePatches, invertPatch, isEmptyPatch, newChartProblem, type ChartProblem } from '../../../../shared/logic/chart';
import type { Account } from '../../../../shared/model/account';
import type { ChartPatch } from '../../../../shared/model/chart-patch';
import { rebasePatch } from '../../../../shared/logic/team/rebase';
import { api, ApiError } from '../../app/api';
import { messageOf, reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import { problemMessage } from './problems';
import { useSuccession } from '../succession/store';

/** One undoable edit: what it did and what takes it back. */
export interface Step {
  forward: ChartPatch;
  backward: ChartPatch;
  /** Runs once the step is undone (an undone import forgets the version it brought). */
  onUndo?: () => void;
}

interface History {
  undo: Step[];
  redo: Step[];
  /** The coalesce key of the newest undo step, if it may still grow. */
  openKey?: string;
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
  /** Closes the chart (only if it is still account `id`'s, when given). */
  close(id?: string): void;
  /**
   * Applies an edit as one undoable step; a refused edit changes nothing and says why. Edits with
   * the same `coalesce` key in a row join one step (typing in one field is undone at once).
   */
  apply(patch: ChartPatch, options?: { coalesce?: string }): { step: Step } | { problem: ChartProblem };
  undo(): void;
  redo(): void;
  /**
   * Takes back one particular step: dropped from history when it is still the newest (an
   * abandoned new card leaves nothing behind), else undone by a new step of its own.
   */
  revert(step: Step): void;
}

const HISTORY_LIMIT = 500;
/** Undo history per account for the whole session, so leaving the chart and coming back keeps it. */
const histories = new Map<string, History>();
const historyOf = (id: string) => {
  let h = histories.get(id);
  if (!h) histories.set(id, (h = { undo: [], redo: [] }));
  return h;
};

// Another workspace has other accounts (the demo's ids repeat): its history starts empty.
useApp.subscribe((s, prev) => {
  if (s.info?.path !== prev.info?.path) histories.clear();
});

const touchesLines = (p: ChartPatch) => p.people.length + p.removePeople.length + p.links.length + p.removeLinks.length > 0;

function say(problem: ChartProblem, account: Account): void {
  useApp.getState().toast({ kind: 'error', message: problemMessage(problem, account) });
}

export const useChart = create<ChartState>((set, get) => {
  const flags = (id: string) => {
    const h = historyOf(id);
    return { canUndo: h.undo.length > 0, canRedo: h.redo.length > 0 };
  };

  /** Local change first (the canvas answers at once), then the store. */
  function commit(patch: ChartPatch): ChartProblem | null {
    const account = get().account;
    if (!account || isEmptyPatch(patch)) return null;
    // The chart as of a past date is for looking only (issue 18).
    const asOf = useSuccession.getState().asOf;
    if (asOf) return { code: 'readOnly', date: asOf };
    const next = applyPatch(account, patch);
    if (touchesLines(patch)) {
      const problem = newChartProblem(account, next);
      if (problem) return problem;
    }
    set({ account: next });
    saves.push(account.id, patch);
    return null;
  }

  /** Moves the newest step of one stack to the other, applying `pick(step)`; refused: it stays. */
  function travel(from: 'undo' | 'redo'): void {
    const account = get().account;
    if (!account) return;
    const h = historyOf(account.id);
    const step = h[from].at(-1);
    if (!step) return;
    const problem = commit(from === 'undo' ? step.backward : step.forward);
    if (problem) return say(problem, account);
    if (from === 'undo') step.onUndo?.();
    h.openKey = undefined;
    h[from].pop();
    h[from === 'undo' ? 'redo' : 'undo'].push(step);
    set(flags(account.id));
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
    close(id) {
      if (id && get().account?.id !== id) return;
      set({ account: null });
    },
    apply(patch, options) {
      const account = get().account;
      if (!account) throw new Error('No chart is open to edit.');
      const step = { forward: patch, backward: invertPatch(account, patch) };
      const problem = commit(patch);
      if (problem) return { problem };
      if (isEmptyPatch(patch)) return { step };
      const h = historyOf(account.id);
      const top = h.undo.at(-1);
      if (options?.coalesce && top && h.openKey === options.coalesce) {
        // Grows the open step: forward does both edits; backward still goes back before the first.
        top.forward = composePatches(top.forward, patch);
        h.redo = [];
        set(flags(account.id));
        return { step: top };
      }
      h.openKey = options?.coalesce;
      h.undo.push(step);
      if (h.undo.length > HISTORY_LIMIT) h.undo.shift();
      h.redo = [];
      set(flags(account.id));
      return { step };
    },
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    revert(step) {
      const account = get().account;
      if (!account) return;
      const h = historyOf(account.id);
      if (h.undo.at(-1) === step) {
        if (commit(step.backward)) return;
        h.undo.pop();
        h.openKey = undefined;
        set(flags(account.id));
        return;
      }
      const result = get().apply(step.backward);
      if ('problem' in result) say(result.problem, account);
    },
  };
});

/**
 * Records an edit the services already made to an account (an import's merge) as one step of its
 * undo history, and shows the account as it is now (`now`, fetched only when its chart is open):
 * Ctrl/Cmd+Z takes it back.
 */
export function recordApplied(accountId: string, step: Step, now: Account | null): void {
  const h = historyOf(accountId);
  h.undo.push(step);
  h.redo = [];
  h.openKey = undefined;
  if (now && useChart.getState().account?.id === accountId) useChart.setState({ account: now, canUndo: true, canRedo: false });
}

/**
 * A teammate's change arrived (team sync): the account went from `before` to `after` without this
 * page's doing. Every step of its history is rebased so that undo and redo keep the teammate's
 * fields (shared/logic/team/rebase.ts), and an open chart shows `after`.
 */
export function applyRemote(before: Account, after: Account): void {
  const h = histories.get(after.id);
  if (h) {
    for (const step of [...h.undo, ...h.redo]) {
      step.forward = rebasePatch(step.forward, before, after);
      step.backward = rebasePatch(step.backward, before, after);
    }
    h.openKey = undefined; // typing after it starts a step of its own
  }
  if (useChart.getState().account?.id === after.id) useChart.setState({ account: after });
}

/** Whether this step is still the newest of the account's undo history. */
export const isNewestStep = (accountId: string, step: Step) => historyOf(accountId).undo.at(-1) === step;

/** Forgets an account's undo history (its chart was reloaded from the store). */
export function forgetHistory(accountId: string): void {
  histories.delete(accountId);
  const open = useChart.getState().account;
  if (open?.id === accountId) useChart.setState({ canUndo: false, canRedo: false });
}

const RETRY_MS = [1000, 3000, 10000, 30000];

interface Lane {
  /** Edits not yet sent, merged into one patch. */
  pending: ChartPatch | null;
  running: boolean;
  failures: number;
  idle: (() => void)[];
}

/**
 * Sends each account's edits to the store, one call at a time; edits made meanwhile are merged
 * into the next call, so a burst of moves costs one or two writes. A failed save keeps its edits
 * and retries (patches are idempotent, so sending one again is safe).
 */
class SaveQueue {
  private readonly lanes = new Map<string, Lane>();

  push(accountId: string, patch: ChartPatch): void {
    const lane = this.lanes.get(accountId) ?? { pending: null, running: false, failures: 0, idle: [] };
    this.lanes.set(accountId, lane);
    lane.pending = lane.pending ? composePatches(lane.pending, patch) : patch;
    if (useChart.getState().save !== 'failed') useChart.setState({ save: 'saving' });
    void this.run(accountId, lane);
  }

  /** Edits of an account (or of all) not yet acknowledged by the store. */
  pending(accountId?: string): number {
    const lanes = accountId ? [this.lanes.get(accountId)].filter((l): l is Lane => !!l) : [...this.lanes.values()];
    return lanes.filter((l) => l.running || l.pending).length;
  }

  /** Resolves once every edit of the account (or of all accounts) is on disk. */
  drained(accountId?: string): Promise<void> {
    const lanes = (accountId ? [this.lanes.get(accountId)] : [...this.lanes.values()]).filter((l): l is Lane => !!l && (l.running || !!l.pending));
    return Promise.all(lanes.map((l) => new Promise<void>((resolve) => l.idle.push(resolve)))).then(() => {});
  }

  private async run(accountId: string, lane: Lane): Promise<void> {
    if (lane.running) return;
    lane.running = true;
    while (lane.pending) {
      const sending = lane.pending;
      lane.pending = null;
      try {
        const { summary } = await api.patchChart({ id: accountId, patch: sending });
        lane.failures = 0;
        // The home screen's row of this account (people, zone, updated) is current after each save.
        useApp.getState().putSummary(summary);
      } catch (e) {
        if (e instanceof ApiError && (e.code === 'invalidInput' || e.code === 'notFound')) {
          // Refused, not failed: retrying cannot help. Say so, drop what builds on it, and show
          // what the store holds; the history no longer matches it.
          lane.pending = null;
          reportError(e);
          forgetHistory(accountId);
          await api.getAccount({ id: accountId }).then((a) => {
            if (useChart.getState().account?.id === a.id) useChart.getState().open(a);
          }, reportError);
          continue;
        }
        lane.pending = lane.pending ? composePatches(sending, lane.pending) : sending;
        const wait = RETRY_MS[Math.min(lane.failures++, RETRY_MS.length - 1)]!;
        useChart.setState({ save: 'failed', saveError: messageOf(e) });
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    lane.running = false;
    for (const resolve of lane.idle.splice(0)) resolve();
    if (this.pending() === 0) useChart.setState({ save: 'saved', saveError: '' });
  }
}

export const saves = new SaveQueue();

declare global {
  interface Window {
    /** Main calls this before the window closes: resolves when every edit is on disk. */
    __bidmapFlush?: () => Promise<number>;
  }
}
window.__bidmapFlush = async () => {
  // A field still being typed in saves when it loses the focus: its text joins the queue first.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  await Promise.race([saves.drained(), new Promise((r) => setTimeout(r, 4000))]);
  return saves.pending();
};

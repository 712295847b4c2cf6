import type { TFunction } from 'i18next';
import type { ImportResult } from '../../../../shared/model/sharing';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import { forgetHistory, isNewestStep, recordApplied, useChart, type Step } from '../canvas/chart-store';
import { listNames } from '../../../../shared/i18n/lists';
import { currentLanguage } from '../../app/i18n';

/**
 * After an import: each merge becomes one step of its account's undo history (Ctrl/Cmd+Z on the
 * chart), and a toast says what happened with an Undo for the whole import. Returns the account
 * to open when the import was about one account.
 */
export async function announceImport(result: ImportResult, t: TFunction): Promise<string | null> {
  const added = result.results.filter((r) => r.kind === 'added');
  const merged = result.results.filter((r) => r.kind === 'merged' && r.forward && r.undo);
  const forget = (r: ImportResult['results'][number]) => {
    if (r.snapshot) void api.forgetSnapshot({ accountId: r.id, snapshot: r.snapshot }).catch(reportError);
  };
  const steps: { id: string; step: Step; updatedAt: string | null }[] = [];
  for (const r of merged) {
    const step: Step = { forward: r.forward!, backward: r.undo!, onUndo: () => forget(r) };
    const open = useChart.getState().account?.id === r.id;
    recordApplied(r.id, step, open ? await api.getAccount({ id: r.id }) : null);
    steps.push({ id: r.id, step, updatedAt: r.updatedAt });
  }
  const { refreshAccounts, toast } = useApp.getState();
  await refreshAccounts();
  const names = (list: typeof added) => listNames(list.map((r) => `“${r.name}”`), currentLanguage());
  const parts = [
    added.length ? t('sharing.done.added', { count: added.length, names: names(added) }) : '',
    merged.length ? t('sharing.done.merged', { names: names(merged) }) : '',
  ].filter(Boolean);
  if (parts.length === 0) {
    toast({ kind: 'info', message: t('sharing.done.unchanged') });
    return null;
  }
  const undo = async () => {
    try {
      // Undoing from here replaces whole records: only while nothing was edited after the import.
      await refreshAccounts();
      const updatedAt = new Map(useApp.getState().accounts.map((a) => [a.id, a.updatedAt]));
      // On an open chart its history says it (edits may still be on their way); elsewhere the stored time.
      const edited = (id: string, then: string | null, step?: Step) =>
        step && useChart.getState().account?.id === id ? !isNewestStep(id, step) : updatedAt.get(id) !== then;
      const editedSince = steps.some((x) => edited(x.id, x.updatedAt, x.step)) || added.some((r) => edited(r.id, r.updatedAt));
      if (editedSince) {
        toast({ kind: 'error', message: t('sharing.done.editedSince') });
        return;
      }
      for (const { id, step } of steps) {
        if (useChart.getState().account?.id === id) useChart.getState().undo(); // runs step.onUndo
        else {
          await api.patchChart({ id, patch: step.backward });
          step.onUndo?.();
          forgetHistory(id);
        }
      }
      for (const r of added) {
        await api.deleteAccount({ id: r.id });
        forget(r);
      }
      await refreshAccounts();
      toast({ kind: 'info', message: t('sharing.done.undone') });
    } catch (e) {
      reportError(e);
    }
  };
  toast({ kind: 'info', message: parts.join(' '), action: { label: t('sharing.done.undo'), run: () => void undo() } });
  const touched = [...added, ...merged];
  return touched.length === 1 ? touched[0]!.id : null;
}

import Papa from 'papaparse';
import { STRINGS } from '../../../shared/i18n';
import { Account } from '../../../shared/model/account';
import {
  describeProblem,
  describeWarning,
  leavesWithoutManager,
  planContacts,
  type ContactMapping,
  type ContactPlan,
} from '../../../shared/logic/contacts';
import type { AccountSummary } from '../../../shared/ipc/types';
import type { Language } from '../../../shared/taxonomy/keys';
import { ServiceError, serviceText } from '../errors';
import { summaryOf, type Workspace } from '../store/workspace';
import { asServiceError, type StagedContacts } from './read';

/** The account of that exact name, if the workspace has one (contacts are added to it). */
export function accountNamed(ws: Workspace, name: string): Account | null {
  const wanted = name.trim();
  return ws.accounts().find((a) => a.name === wanted) ?? null;
}

/** What importing the staged contacts with this mapping would do; nothing is written. */
export function planImport(ws: Workspace, staged: StagedContacts, mapping: ContactMapping, accountName: string): ContactPlan {
  if (mapping.name === null && mapping.nameParts === null)
    throw new ServiceError('invalidInput', serviceText('chooseNameColumn'));
  try {
    return planContacts(staged.table, mapping, {
      existing: accountNamed(ws, accountName),
      accountName: accountName.trim() || staged.fileName,
      now: new Date().toISOString(),
    });
  } catch (e) {
    asServiceError(e);
  }
}

/**
 * Writes a plan: a new account through Workspace.add, or the existing one through update (saved at
 * once). A plan that imports no one writes nothing and is refused with the reason.
 */
export async function commitPlan(ws: Workspace, plan: ContactPlan): Promise<AccountSummary> {
  if (plan.added.length === 0) {
    throw new ServiceError(
      'invalidInput',
      plan.problems.length
        ? serviceText('nothingImportedProblems', { count: plan.problems.length })
        : serviceText('nothingImportedAllThere'),
    );
  }
  if (ws.has(plan.account.id)) {
    // update() takes the account as given: validated here, as add() validates a new one.
    const account = Account.parse(plan.account);
    ws.update(account.id, () => account);
    await ws.saveNow(account.id);
    await ws.flush();
    return summaryOf(ws.get(account.id));
  }
  return (await ws.add([plan.account]))[0]!;
}

/**
 * The rows to fix, as CSV for the user to correct and import again: the rows left out and the
 * rows imported without their manager, with the file's own columns plus a "Problem" column in
 * their language. UTF-8 with a BOM (Excel then reads Chinese right); cells that Excel would run
 * as formulas are escaped.
 */
export function problemRowsCsv(staged: StagedContacts, plan: ContactPlan, language: Language): { csv: string; count: number } {
  const words = STRINGS[language].contacts;
  const byLine = new Map(staged.table.rows.map((r) => [r.line, r.cells]));
  const width = staged.table.headers.length;
  const pad = (cells: readonly string[]) => Array.from({ length: Math.max(width, cells.length) }, (_, i) => cells[i] ?? '');
  const listed = [
    ...plan.problems.map((p) => ({ line: p.line, text: describeProblem(p, words) })),
    ...plan.warnings.filter(leavesWithoutManager).map((w) => ({ line: w.line, text: describeWarning(w, words) })),
  ].sort((a, b) => a.line - b.line);
  const data = [
    [...pad(staged.table.headers), words.problemColumn],
    ...listed.map((p) => [...pad(byLine.get(p.line) ?? []), p.text]),
  ];
  return { csv: '\uFEFF' + Papa.unparse(data, { escapeFormulae: true, newline: '\r\n' }), count: listed.length };
}

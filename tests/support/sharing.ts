import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openSession, type BidmapSession, type SessionOptions } from '../../electron/services/session';
import type { CallInput, CallName, CallOutput } from '../../shared/ipc/contract';
import type { Account } from '../../shared/model/account';
import { TestHost } from './host';

/** The services of one workspace as the app calls them, with a host whose dialogs answer from the test. */
export interface Desk {
  dir: string;
  host: TestHost;
  session: BidmapSession;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** The call's refusal message (fails the test when the call succeeds). */
  refusal<K extends CallName>(name: K, input: CallInput<K>): Promise<string>;
  /** The call's error code and message (fails the test when the call succeeds). */
  failure<K extends CallName>(name: K, input: CallInput<K>): Promise<{ code: string; message: string }>;
  /** An account's stored document, as on disk. */
  stored(id: string): Promise<unknown>;
}

export async function openDesk(dir: string, options: Partial<SessionOptions> = {}): Promise<Desk> {
  const host = new TestHost();
  const session = await openSession({ workspaceDir: dir, host, appDataDir: null, defaultLanguage: 'en', seedDemoIfEmpty: false, checkOutputs: true, ...options });
  const invoke = async (name: CallName, input: unknown) => session.invoke(name, input);
  return {
    dir,
    host,
    session,
    async call(name, input) {
      const answer = await invoke(name, input);
      if (!answer.ok) throw new Error(`${name} failed: ${answer.error.message}`);
      return answer.value as never;
    },
    async refusal(name, input) {
      const answer = await invoke(name, input);
      if (answer.ok) throw new Error(`${name} was expected to be refused`);
      return answer.error.message;
    },
    async failure(name, input) {
      const answer = await invoke(name, input);
      if (answer.ok) throw new Error(`${name} was expected to fail`);
      return answer.error;
    },
    async stored(id) {
      await session.flush();
      return JSON.parse(await readFile(join(dir, 'accounts', `${id}.json`), 'utf8'));
    },
  };
}

/** Exports accounts from a desk into `path` at a level (the save dialog answers with it). */
export async function exportTo(desk: Desk, path: string, accountIds: string[], level: 'map' | 'team' | 'full'): Promise<void> {
  desk.host.answerSave(path);
  const result = await desk.call('exportBidmap', { accountIds, level });
  if (result.path !== path) throw new Error('the export did not write where asked');
}

/** Previews a file through the open dialog. */
export async function preview(desk: Desk, path: string) {
  desk.host.answerOpen(path);
  const p = await desk.call('previewImport', { source: { from: 'dialog' } });
  if (!p) throw new Error('the preview was cancelled');
  return p;
}

/**
 * A colleague's round: a fresh workspace imports `file`, makes `edit` (a chart patch built from
 * the account as imported), and exports the account again at `level` into `out`.
 */
export async function colleagueRound(
  dir: string,
  file: string,
  accountId: string,
  edit: (account: Account) => CallInput<'patchChart'>['patch'],
  out: string,
  level: 'map' | 'team' | 'full' = 'full',
): Promise<void> {
  const desk = await openDesk(dir);
  try {
    const p = await preview(desk, file);
    await desk.call('applyImport', { stagingId: p.stagingId, choices: {} });
    const account = await desk.call('getAccount', { id: accountId });
    await desk.call('patchChart', { id: accountId, patch: edit(account) });
    await exportTo(desk, out, [accountId], level);
  } finally {
    await desk.session.close();
  }
}

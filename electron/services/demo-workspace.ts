import type { AccountSummary } from '../../shared/ipc/types';
import type { Language } from '../../shared/taxonomy/keys';
import { buildDemoAccounts } from './demo';
import { ServiceError } from './errors';
import { Workspace } from './store/workspace';

/** Adds the built-in demo accounts, in one language, to a workspace. */
export function seedDemo(ws: Workspace, language: Language): Promise<AccountSummary[]> {
  return ws.add(buildDemoAccounts(language, new Date().toISOString()));
}

/** Writes the demo into a folder that holds no accounts yet (created when missing). */
export async function writeDemoWorkspace(dir: string, language: Language): Promise<AccountSummary[]> {
  const ws = await Workspace.open(dir);
  try {
    const existing = ws.list().length;
    if (existing > 0) {
      throw new ServiceError('invalidInput', `${dir} already holds a workspace with ${existing} account(s): choose an empty folder for the demo.`);
    }
    return await seedDemo(ws, language);
  } finally {
    await ws.close();
  }
}

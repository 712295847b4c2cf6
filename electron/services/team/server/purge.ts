import * as Automerge from '@automerge/automerge';
import { Repo } from '@automerge/automerge-repo';
import { TEAM_PARTS, teamDocumentId, type TeamPart } from '../document-ids';
import { lockData } from './data-lock';
import { currentEpochs, epochOf, writeEpochs } from './epochs';
import { TeamServerError } from './errors';
import { serverStorage } from './server';

// `bidmap team-server purge-history ACCOUNT PART`: a text typed by mistake (a team field in a map
// document, a name that must go) stays in an Automerge document's history even once overwritten,
// and every member syncing the document gets it. Purging moves the part to a new document (the
// next epoch, so a new id) holding only the current state, with no history; the old document's
// files are removed and the server serves only the new id, so a member's copy of the old history
// is refused by the usual access checks. Runs only while the server is stopped (the data lock).
// Crash-safe order: write the new document, then the epoch, then remove the old files; a crash
// before the epoch is written leaves the old document current, and a later purge starts afresh.

export interface PurgeReport {
  account: string;
  part: TeamPart;
  from: { epoch: number; id: string; changes: number; bytes: number };
  to: { epoch: number; id: string; changes: number; bytes: number };
}

export function parsePart(part: string): TeamPart {
  if (!(TEAM_PARTS as readonly string[]).includes(part)) throw new TeamServerError(`"${part}" is not a document of an account: use map, team, full or index.`);
  return part as TeamPart;
}

const chunkBytes = (chunks: { data?: Uint8Array }[]) => chunks.reduce((n, c) => n + (c.data?.byteLength ?? 0), 0);

export async function purgeHistory(dataDir: string, account: string, partName: string): Promise<PurgeReport> {
  const part = parsePart(partName);
  const lock = await lockData(dataDir, 'purge-history');
  try {
    const epochs = await currentEpochs(dataDir);
    const epoch = epochOf(epochs, account, part);
    const oldId = teamDocumentId(account, part, epoch);
    const newId = teamDocumentId(account, part, epoch + 1);
    const files = serverStorage(dataDir);
    const stored = await files.loadRange([oldId]);
    if (stored.length === 0) throw new TeamServerError(`The server holds no ${part} document of account ${account} (id ${oldId}); nothing was changed.`);
    await files.removeRange([newId]); // left by a purge that crashed before writing the epoch

    const repo = new Repo({ storage: serverStorage(dataDir), network: [] });
    let before: Automerge.Doc<unknown>;
    let after: Automerge.Doc<unknown>;
    try {
      before = (await repo.find<unknown>(oldId)).doc();
      const state = Automerge.toJS(before) as Record<string, unknown>;
      after = Automerge.from(state);
      repo.import(Automerge.save(after), { docId: newId });
      await repo.flush();
    } finally {
      await repo.shutdown();
    }
    await writeEpochs(dataDir, { ...epochs, [account]: { ...(Object.hasOwn(epochs, account) ? epochs[account] : {}), [part]: epoch + 1 } });
    // The old history goes, with any earlier epoch's a crash may have left behind.
    for (let e = 0; e <= epoch; e++) await files.removeRange([teamDocumentId(account, part, e)]);
    const written = await serverStorage(dataDir).loadRange([newId]);
    return {
      account,
      part,
      from: { epoch, id: oldId, changes: Automerge.getAllChanges(before).length, bytes: chunkBytes(stored) },
      to: { epoch: epoch + 1, id: newId, changes: Automerge.getAllChanges(after).length, bytes: chunkBytes(written) },
    };
  } finally {
    await lock.release();
  }
}

import type { Json, JsonObject } from '../../shared/logic/level-table';
import { ServiceError, serviceText } from './errors';
import type { TeamClient } from './team/client/client';
import { teamDocumentId, type TeamPart } from './team/document-ids';

/**
 * Keeps one value of a field two members changed at once: written again into the level's
 * document over both (Automerge then holds one value), and the account file follows through the
 * client's reconcile, as for any change. The caller checked the value is one the conflict holds.
 */
export async function keepValue(client: TeamClient, account: string, part: Exclude<TeamPart, 'index'>, path: string[], value: Json): Promise<void> {
  const handle = client.repo.handles[teamDocumentId(account, part)];
  if (!handle?.isReady()) throw new ServiceError('notFound', serviceText('teamNoConflict'));
  handle.change((doc: JsonObject) => {
    let node: JsonObject = doc;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) return;
      node = next;
    }
    node[path.at(-1)!] = JSON.parse(JSON.stringify(value)) as Json;
  });
  await client.reconcile(account);
}

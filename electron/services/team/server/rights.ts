import type { DocumentId } from '@automerge/automerge-repo';
import { sees } from '../../../../shared/logic/level-table';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import { TEAM_PARTS, teamDocumentId } from '../document-ids';
import { epochOf, type Epochs } from './epochs';

/**
 * The documents a member may read and change: of each account granted to them, the index and the
 * level documents at or below their level, each at its current epoch. Nothing else (no document
 * the server does not know as a part of a granted account, so a member cannot use the server to
 * store or pass on others; no document of an earlier epoch, so a purged history cannot come back).
 */
export function documentsOf(grants: Readonly<Record<string, RedactionLevel>>, epochs: Epochs = {}): ReadonlySet<DocumentId> {
  const ids = new Set<DocumentId>();
  for (const [account, level] of Object.entries(grants))
    for (const part of TEAM_PARTS) if (part === 'index' || sees(level, part)) ids.add(teamDocumentId(account, part, epochOf(epochs, account, part)));
  return ids;
}

import { createHash } from 'node:crypto';
import { parseAutomergeUrl, stringifyAutomergeUrl, type BinaryDocumentId, type DocumentId } from '@automerge/automerge-repo';
import { REDACTION_LEVELS, type RedactionLevel } from '../../../shared/taxonomy/keys';

// Each shared account's documents have ids derived from the account id and the part, so the server
// knows, from the id alone, which account and level a request is about, without a table a client
// would have to register first (and two members sharing the same account offline reach the same
// documents). Knowing an id grants nothing: the server checks the member's rights on every message.

/** The documents of a shared account: the index every member reads, then one per level. */
export type TeamPart = 'index' | RedactionLevel;
export const TEAM_PARTS: readonly TeamPart[] = ['index', ...REDACTION_LEVELS];

/**
 * The Automerge document id of one part of a shared account. `epoch` counts the times the part's
 * history was purged on the server (`bidmap team-server purge-history`): each purge moves the
 * part to a new document, without the old history. Epoch 0 is the id the part starts with.
 */
export function teamDocumentId(accountId: string, part: TeamPart, epoch = 0): DocumentId {
  if (!Number.isSafeInteger(epoch) || epoch < 0) throw new RangeError(`an epoch is a whole number from 0, not ${epoch}`);
  const input = `bidmap-team/1/${part}/${accountId}${epoch > 0 ? `/${epoch}` : ''}`; // epoch 0: the ids of before epochs existed
  const digest = createHash('sha256').update(input).digest();
  return parseAutomergeUrl(stringifyAutomergeUrl(new Uint8Array(digest.subarray(0, 16)) as BinaryDocumentId)).documentId;
}

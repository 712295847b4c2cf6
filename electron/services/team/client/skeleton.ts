import * as Automerge from '@automerge/automerge';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../../../shared/model/account';
import { projectAccount } from '../../../../shared/logic/team/documents';
import { skeleton } from '../../../../shared/logic/team/patch';
import { ACCOUNT_LEVELS, sees, type JsonObject } from '../../../../shared/logic/level-table';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import type { TeamPart } from '../document-ids';

// Every laptop starts a shared account's documents from the same first change: made by a fixed
// actor at time 0 from the same skeleton, it has the same hash everywhere, so the top-level maps
// two members fill at once are one map (see shared/logic/team/patch.ts).

const ACTOR = '0'.repeat(32);
const EPOCH = '1970-01-01T00:00:00.000Z';

const bases = new Map<TeamPart, Uint8Array>();

/** Every top-level record list or object that can have a piece at `level` (a person's dossier makes `people` in the full document). */
function containers(level: RedactionLevel): JsonObject {
  const out: JsonObject = {};
  for (const [key, part] of Object.entries(ACCOUNT_LEVELS.fields)) if (typeof part !== 'string' && sees(level, part.level)) out[key] = {};
  return out;
}

/** The saved bytes of a part's first state (the index starts empty). */
export function skeletonBytes(part: TeamPart): Uint8Array {
  let bytes = bases.get(part);
  if (!bytes) {
    const empty = Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: 'skeleton', name: 'skeleton', createdAt: EPOCH, updatedAt: EPOCH });
    const shape: JsonObject = part === 'index' ? {} : { ...containers(part), ...skeleton(projectAccount(empty)[part]) };
    const doc = Automerge.change(Automerge.init<JsonObject>({ actor: ACTOR }), { time: 0 }, (d) => {
      Object.assign(d, shape);
    });
    bytes = Automerge.save(doc);
    bases.set(part, bytes);
  }
  return bytes;
}

import { Account } from '../../model/account';
import { ACCOUNT_LEVELS, type Json, type JsonObject, type LevelPart } from '../level-table';
import { ORDER, type IndexDocument, type LevelDocument } from './documents';
import { byOrder } from './order';

/** The documents a member holds: the index and the level documents up to their level. */
export type HeldDocuments =
  | { index: IndexDocument; map: LevelDocument; team?: undefined; full?: undefined }
  | { index: IndexDocument; map: LevelDocument; team: LevelDocument; full?: LevelDocument };

/**
 * The account a member sees from the documents they hold: with the map document only, the account
 * as the map level shares it (redactAccount's cut); with team too, as the team level does; with
 * all three, the account. Parsed by the Account schema, so what a level does not see takes its default.
 */
export function materialise(held: HeldDocuments): Account {
  const { index } = held;
  const levels = [held.map, held.team, held.full].filter((d): d is LevelDocument => d !== undefined);
  const account = joinObject(levels, ACCOUNT_LEVELS);
  return Account.parse({ ...account, schemaVersion: index.schemaVersion, id: index.id, name: index.name });
}

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One value from its pieces in the documents held, lowest level first. */
function join(pieces: Json[], part: LevelPart): Json {
  if (typeof part === 'string' || !pieces.every(isObject)) return pieces[pieces.length - 1]!;
  if (part.kind === 'object') return joinObject(pieces, part);
  // A record begins where its order is: pieces of a record whose beginning is not held (a removed
  // record's notes arriving after the removal) are left out.
  const keys = new Map<string, string>();
  for (const piece of pieces)
    for (const [key, r] of Object.entries(piece)) if (isObject(r) && typeof r[ORDER] === 'string') keys.set(key, r[ORDER]);
  return [...keys]
    .sort(byOrder)
    .map(([key]) => joinObject(pieces.map((p) => p[key]).filter(isObject), part.record));
}

function joinObject(pieces: JsonObject[], part: { fields: Readonly<Record<string, LevelPart>>; rest: LevelPart }): JsonObject {
  const out: JsonObject = {};
  const keys = new Set(pieces.flatMap((p) => Object.keys(p)));
  keys.delete(ORDER);
  for (const k of keys) {
    const values = pieces.map((p) => p[k]).filter((v): v is Json => v !== undefined);
    out[k] = join(values, part.fields[k] ?? part.rest);
  }
  return out;
}

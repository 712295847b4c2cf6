import type { Account } from '../../model/account';
import { checkAccount } from '../../model/checked';
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
 * all three, the account. Parsed by the Account schema, so what a level does not see takes its
 * default (and marked checked: the store does not parse it a second time).
 */
export function materialise(held: HeldDocuments): Account {
  return checkAccount(joinDocuments(held));
}

/** The account's JSON joined from the documents held, before the schema reads it (the team server sends it so). */
export function joinDocuments(held: HeldDocuments): JsonObject {
  const { index } = held;
  const levels = [held.map, held.team, held.full].filter((d): d is LevelDocument => d !== undefined);
  return { ...joinObject(levels, ACCOUNT_LEVELS), schemaVersion: index.schemaVersion, id: index.id, name: index.name };
}

/**
 * The documents as materialise takes them, from their plain JSON by part; null while the index
 * or the map document has not arrived (or nobody filled them yet). `updatedAt` is the holder's
 * own (when their copy was last written), never synced.
 */
export function heldDocuments(read: Partial<Record<'index' | 'map' | 'team' | 'full', JsonObject>>, updatedAt: string): HeldDocuments | null {
  const index = read.index as unknown as IndexDocument | undefined;
  const { map, team, full } = read;
  if (!index?.name || !index.id || !map) return null;
  const idx = { format: index.format, schemaVersion: index.schemaVersion, id: index.id, name: index.name, levels: [...index.levels] } as IndexDocument;
  const mapDoc = { ...map, updatedAt };
  return team ? { index: idx, map: mapDoc, team, ...(full ? { full } : {}) } : { index: idx, map: mapDoc };
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
    for (const key of Object.keys(piece)) {
      const r = piece[key];
      if (isObject(r) && typeof r[ORDER] === 'string') keys.set(key, r[ORDER]);
    }
  const records: JsonObject[] = [];
  for (const [key] of [...keys].sort(byOrder)) {
    const parts: JsonObject[] = [];
    for (const p of pieces) {
      const r = p[key];
      if (isObject(r)) parts.push(r);
    }
    records.push(joinObject(parts, part.record));
  }
  return records;
}

// Loops rather than map/filter/flatMap: a 1,000-person account is some 100,000 fields, and this
// runs when a new member reads an account (issue 19's first sync, against a plain transfer).
function joinObject(pieces: JsonObject[], part: { fields: Readonly<Record<string, LevelPart>>; rest: LevelPart }): JsonObject {
  const out: JsonObject = {};
  const partOf = (k: string): LevelPart => (Object.hasOwn(part.fields, k) ? part.fields[k]! : part.rest);
  if (pieces.length === 1) {
    const only = pieces[0]!;
    for (const k of Object.keys(only)) {
      if (k === ORDER) continue;
      const v = only[k]!;
      const p = partOf(k);
      out[k] = typeof p === 'string' ? v : join([v], p);
    }
    return out;
  }
  for (const piece of pieces)
    for (const k of Object.keys(piece)) {
      if (k === ORDER || Object.hasOwn(out, k)) continue;
      const values: Json[] = [];
      for (const p of pieces) if (p[k] !== undefined) values.push(p[k]);
      out[k] = join(values, partOf(k));
    }
  return out;
}

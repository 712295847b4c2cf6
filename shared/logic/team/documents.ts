import type { Account } from '../../model/account';
import { REDACTION_LEVELS, type RedactionLevel } from '../../taxonomy/keys';
import { ACCOUNT_LEVELS, higher, type Json, type JsonObject, type LevelPart, type ObjectPart } from '../level-table';
import { orderKey } from './order';

// A shared account as the team server will hold it: a small index document, readable by every
// member, and one document per level holding only what that level adds over the one below (the
// partition is ACCOUNT_LEVELS). A member is given the documents up to their level and never
// another byte. Records are maps keyed by id with an `order` key, not arrays: two members adding
// a person, a line or an action at once add two keys, where two appends to an array would both
// claim the same index. A record shared over several levels (a person: name on the map, motives
// at team, dossier at full) is keyed alike in each document, and its order lives where it begins.

/** Bumped when the shape of the documents changes (not the account's schemaVersion). */
export const TEAM_DOCUMENTS_FORMAT = 1;

/** Fields of the account the index holds, not the map document: what names the account in a list. */
export const INDEX_FIELDS = ['schemaVersion', 'id', 'name'] as const;

export interface IndexDocument {
  format: typeof TEAM_DOCUMENTS_FORMAT;
  schemaVersion: Account['schemaVersion'];
  id: string;
  name: string;
  /** The level documents the account has, lowest first. */
  levels: RedactionLevel[];
}

/** One level's document: the account's fields that level adds, records as maps keyed by id. */
export type LevelDocument = JsonObject;

export interface TeamDocuments {
  index: IndexDocument;
  map: LevelDocument;
  team: LevelDocument;
  full: LevelDocument;
}

/** The name of the key that places a record in its list (no record of the model has a field of that name). */
export const ORDER = 'order';

/** The account as its index and one document per level. */
export function projectAccount(account: Account): TeamDocuments {
  const pieces = split(account, ACCOUNT_LEVELS, 'map');
  const map = asObject(pieces.map);
  for (const f of INDEX_FIELDS) delete map[f];
  return {
    index: { format: TEAM_DOCUMENTS_FORMAT, schemaVersion: account.schemaVersion, id: account.id, name: account.name, levels: [...REDACTION_LEVELS] },
    map,
    team: asObject(pieces.team),
    full: asObject(pieces.full),
  };
}

type Pieces = Partial<Record<RedactionLevel, Json>>;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asObject = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

/** `value` cut into what each level adds; `floor` is the level of what holds it. */
function split(value: Json, part: LevelPart, floor: RedactionLevel): Pieces {
  if (typeof part === 'string') return { [higher(floor, part)]: value };
  const own = higher(floor, part.level);
  if (part.kind === 'object') return isObject(value) ? splitFields(value, part, own) : { [own]: value };
  if (!Array.isArray(value)) return { [own]: value };
  const out: Record<RedactionLevel, JsonObject | undefined> = { map: undefined, team: undefined, full: undefined };
  out[own] = {};
  const keys = recordKeys(value, part.key);
  value.forEach((r, i) => {
    if (!isObject(r)) throw new Error(`a list of records holds a ${typeof r}`);
    const key = keys[i]!;
    const recordLevel = higher(own, part.levelOf?.(r) ?? own);
    const pieces = splitFields(r, part.record, recordLevel);
    (pieces[recordLevel] as JsonObject)[ORDER] = orderKey(i);
    for (const level of REDACTION_LEVELS) if (pieces[level] !== undefined) (out[level] ??= {})[key] = pieces[level];
  });
  return out;
}

function splitFields(value: JsonObject, part: ObjectPart, own: RedactionLevel): Pieces {
  const out: Record<RedactionLevel, JsonObject | undefined> = { map: undefined, team: undefined, full: undefined };
  // The object begins at its level even when none of its fields is shared there (a debrief with only notes).
  out[own] = {};
  for (const [k, v] of Object.entries(value)) {
    const pieces = split(v, part.fields[k] ?? part.rest, own);
    for (const level of REDACTION_LEVELS) if (pieces[level] !== undefined) (out[level] ??= {})[k] = pieces[level];
  }
  return out;
}

/**
 * Each record's key in its map: its id (or what `key` makes of it); a key already taken in the
 * list gets `#2`, `#3`… (ids never hold "#"), so a list with a repeated id still comes back whole.
 */
function recordKeys(list: Json[], key: ((r: JsonObject) => string) | undefined): string[] {
  const seen = new Map<string, number>();
  return list.map((r, i) => {
    const base = !isObject(r) ? `#${i}` : key ? key(r) : typeof r.id === 'string' ? r.id : `#${i}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

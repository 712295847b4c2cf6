import type { Json, JsonObject } from '../level-table';

// A local save becomes an Automerge change by writing only what the save changed: the difference
// between the account as it was last synced (`from`) and as it is now (`to`), applied to the
// document as it is now (`target`, which may hold a teammate's edits the save never saw). A field
// the save did not touch is not written, so a teammate's concurrent edit of it stays; a field both
// wrote becomes a conflict Automerge keeps with both values.

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/** A fresh copy: a value handed to Automerge must not be one Automerge already holds. */
const copy = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/**
 * Writes into `target` what changed from `from` to `to`; returns how many fields it wrote or
 * removed. Objects are walked key by key; lists and plain values are written whole.
 */
export function applyDifference(target: JsonObject, from: JsonObject, to: JsonObject): number {
  let written = 0;
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const before = from[key];
    const after = to[key];
    if (sameJson(before, after)) continue;
    if (after === undefined) {
      if (Object.hasOwn(target, key)) {
        delete target[key];
        written++;
      }
      continue;
    }
    const current = target[key];
    if (isObject(after) && isObject(current) && (isObject(before) || before === undefined)) {
      // Into the object the document holds (a teammate may have added to it meanwhile).
      written += applyDifference(current, isObject(before) ? before : {}, after);
      continue;
    }
    if (sameJson(current, after)) continue;
    target[key] = copy(after);
    written++;
  }
  return written;
}

/**
 * The first state of a level document, the same on every laptop: its top-level records and
 * objects, empty. Documents that start from it (made with a fixed actor and time, see the client)
 * share that first change, so two members sharing an account at once add to the same top-level
 * maps instead of each making their own, one of which would hide the other.
 */
export function skeleton(document: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(document)) if (isObject(value)) out[key] = {};
  return out;
}

import * as Automerge from '@automerge/automerge';
import type { Json, JsonObject } from '../../../../shared/logic/level-table';
import type { TeamPart } from '../document-ids';

// A field two members wrote at once keeps both values in Automerge (one shows, the other waits in
// getConflicts). Bidmap shows both, with who wrote each, and picking one is a normal edit.

export interface Conflict {
  account: string;
  part: Exclude<TeamPart, 'index'>;
  /** Where in the level document: e.g. ["people", "p1", "title"]. */
  path: string[];
  values: { value: Json; by: string }[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every field of a document that holds more than one value, walking its maps. */
export function conflictsOf(doc: Automerge.Doc<JsonObject>, where: { account: string; part: Exclude<TeamPart, 'index'>; authors: Record<string, string> }): Conflict[] {
  const out: Conflict[] = [];
  const walk = (node: JsonObject, path: string[]) => {
    for (const key of Object.keys(node)) {
      const found = Automerge.getConflicts(node as Automerge.Doc<JsonObject>, key);
      if (found && Object.keys(found).length > 1) {
        out.push({
          account: where.account,
          part: where.part,
          path: [...path, key],
          values: Object.entries(found).map(([opId, value]) => ({
            value: toPlain(value),
            by: where.authors[opId.slice(opId.indexOf('@') + 1)] ?? 'unknown',
          })),
        });
      }
      const child = node[key];
      if (isObject(child)) walk(child, [...path, key]);
    }
  };
  walk(doc, []);
  return out;
}

function toPlain(value: unknown): Json {
  if (value === null || typeof value !== 'object') return value as Json;
  return JSON.parse(JSON.stringify(value)) as Json;
}

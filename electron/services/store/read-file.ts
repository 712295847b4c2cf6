import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { migrate, MigrationError, type Migration } from '../../../shared/model/migrations';
import type { FileProblem } from '../../../shared/ipc/types';
import { openText, PLAIN, type FileCodec } from '../vault/file-codec';

export type ReadResult<T> =
  | { ok: true; value: T; from: number }
  | { ok: false; code: FileProblem['code']; detail: string };

/** At most this many schema issues are named in a problem's detail. */
const MAX_ISSUES = 3;

/** Formats zod issues as `people.3.name: Invalid input: expected string, received number`. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * Reads, parses, migrates and validates one JSON file. Never throws for bad content: the
 * caller decides whether to move the file aside (the app) or only report it (doctor).
 */
export async function readVersionedFile<T>(
  path: string,
  schema: z.ZodType<T>,
  steps: readonly Migration[],
  target: number,
  codec: FileCodec = PLAIN,
): Promise<ReadResult<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, code: 'unreadable', detail: (e as Error).message };
  }
  const opened = openText(codec, bytes);
  if (!opened.ok) return opened;
  return parseVersionedText(opened.text, schema, steps, target);
}

export function parseVersionedText<T>(
  text: string,
  schema: z.ZodType<T>,
  steps: readonly Migration[],
  target: number,
): ReadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = text.length === 0 ? 'the file is empty' : (e as Error).message;
    return { ok: false, code: 'invalidJson', detail };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'invalidSchema', detail: 'the file does not hold a JSON object' };
  }
  let migrated: { doc: Record<string, unknown>; from: number };
  try {
    migrated = migrate(raw as Record<string, unknown>, steps, target);
  } catch (e) {
    if (e instanceof MigrationError) {
      return { ok: false, code: e.code === 'newerVersion' ? 'newerVersion' : 'migrationFailed', detail: e.message };
    }
    return { ok: false, code: 'migrationFailed', detail: (e as Error).message };
  }
  const parsed = schema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, code: 'invalidSchema', detail: describeIssues(parsed.error) };
  return { ok: true, value: parsed.data, from: migrated.from };
}

import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/**
 * One of the server's JSON files (users.json, epochs.json), checked by its schema: null when it
 * does not exist yet; a damaged one is refused with a sentence (`fail` makes the error), never
 * replaced, so the administrator restores it from a backup.
 */
export async function readDataFile<T>(path: string, schema: z.ZodType<T>, kind: string, fail: (message: string) => Error): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fail(`${path} is not valid JSON; it was left as it is. Restore it from a backup.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(`${path} is not a Bidmap ${kind} file (${issue?.message ?? 'unknown shape'} at ${issue?.path.join('.') || 'the top'}); it was left as it is. Restore it from a backup.`);
  }
  return parsed.data;
}

/** A pure step that turns a document of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  name: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export class MigrationError extends Error {
  constructor(
    readonly code: 'newerVersion' | 'badVersion' | 'noPath',
    readonly found: number | null,
    readonly supported: number,
  ) {
    super(
      code === 'newerVersion'
        ? `written by a newer Bidmap (schema version ${found}; this version reads up to ${supported})`
        : code === 'badVersion'
          ? `schemaVersion is not a whole number`
          : `no migration from schema version ${found} to ${supported}`,
    );
  }
}

/** A missing schemaVersion means the pre-release format, version 0. */
export function versionOf(doc: Record<string, unknown>): number {
  const v = doc.schemaVersion;
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new MigrationError('badVersion', null, 0);
  return v;
}

/**
 * Applies the steps from the document's version up to `target`, in order.
 * Example: `migrate({ name: 'x' }, ACCOUNT_MIGRATIONS, 1)` returns `{ doc: {...v1}, from: 0 }`.
 */
export function migrate(
  doc: Record<string, unknown>,
  steps: readonly Migration[],
  target: number,
): { doc: Record<string, unknown>; from: number } {
  const from = versionOf(doc);
  if (from > target) throw new MigrationError('newerVersion', from, target);
  let current = doc;
  for (let v = from; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) throw new MigrationError('noPath', v, target);
    current = { ...step.up(current), schemaVersion: v + 1 };
  }
  return { doc: current, from };
}

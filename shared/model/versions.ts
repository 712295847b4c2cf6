import { z } from 'zod';

/** A kept version of an account: its file's name, `2026-11-24T01-05-00-000Z.json` (the time it was saved). */
export const VersionId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.json$/, 'a version id names a kept version');
export type VersionId = z.infer<typeof VersionId>;

/** At most one version per this much time of editing… */
export const VERSION_EVERY_MINUTES = 5;
/** …kept this many days (the newest one always). */
export const VERSION_KEEP_DAYS = 7;

export const VersionEntry = z.object({ versionId: VersionId, savedAt: z.string() });
export type VersionEntry = z.infer<typeof VersionEntry>;

/** When a version was saved, from its id. */
export const savedAtOf = (id: string): string => id.slice(0, -'.json'.length).replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');

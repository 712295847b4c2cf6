import { z } from 'zod';
import { REDACTION_LEVELS } from '../taxonomy/keys';
import { Account } from './account';
import { Id, Text, Timestamp } from './ids';

/** A snapshot of an exchanged account: the SHA-256 (hex) of its JSON as the file held it. */
export const SnapshotId = z.string().regex(/^[a-f0-9]{64}$/);
/** How many snapshots a file names per account. */
export const SNAPSHOTS_NAMED = 12;

/** The `.bidmap` file's own format version (its accounts carry their own `schemaVersion`). */
export const BIDMAP_FILE_VERSION = 1;

/**
 * A shared org map: one versioned JSON document holding one account or several, at the
 * redaction level it was exported with. Teams exchange these; everything in one is untrusted.
 */
export const BidmapFile = z.object({
  format: z.literal('bidmap'),
  schemaVersion: z.literal(BIDMAP_FILE_VERSION),
  appVersion: z.string().max(50),
  exportedAt: Timestamp,
  exportedBy: Text(200).default(''),
  level: z.enum(REDACTION_LEVELS),
  accounts: z.array(Account).min(1).max(1000),
  /**
   * For each account, the snapshots (SHA-256 of an account as it was in an earlier file) the
   * exporter has exchanged, newest first: the newest one the importer has too is the common base
   * a merge compares both sides with.
   */
  bases: z.record(Id, z.array(SnapshotId).max(SNAPSHOTS_NAMED)).default({}),
});
export type BidmapFile = z.infer<typeof BidmapFile>;

/** The JSON Schema of the file, generated from the zod schemas (published as docs/bidmap.schema.json). */
export function bidmapJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BidmapFile, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://bidmap.invalid/bidmap.schema.json',
    title: 'Bidmap org-map file (.bidmap)',
  };
}

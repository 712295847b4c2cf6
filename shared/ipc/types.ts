import { z } from 'zod';
import { POTENTIALS, ZONES } from '../taxonomy/keys';
import { Id, IsoDate, Text, Timestamp } from '../model/ids';
import { REVIEW_CADENCES } from '../model/review';
import { Settings } from '../model/workspace';
import type { ServiceText } from '../i18n/service-text';
import { en } from '../i18n/en';

/** Why a file of the workspace could not be opened. `detail` is technical and not translated. */
/**
 * `encrypted`: sealed with a key this workspace does not hold (left in place). `tampered`: an
 * encrypted file that fails its integrity check, or a plain file in an encrypted workspace.
 */
export const FILE_PROBLEM_CODES = ['invalidJson', 'invalidSchema', 'newerVersion', 'unreadable', 'migrationFailed', 'setAside', 'encrypted', 'tampered'] as const;
export const FileProblem = z.object({
  /** Path relative to the workspace folder, e.g. `accounts/a_12.json`. */
  file: z.string(),
  code: z.enum(FILE_PROBLEM_CODES),
  detail: z.string(),
  /** Where the damaged file was moved (relative), or null when it was left in place (doctor). */
  movedTo: z.string().nullable(),
  accountId: Id.nullable(),
  /** A valid backup of this account exists and can be restored. */
  backupAvailable: z.boolean(),
  /** When that newest valid backup was saved (its updatedAt), shown with the offer to restore it. */
  backupSavedAt: z.string().nullable().default(null),
});
export type FileProblem = z.infer<typeof FileProblem>;

export const AccountSummary = z.object({
  id: Id,
  name: z.string(),
  zone: z.enum(ZONES).nullable(),
  /** Nine-grid inputs for the portfolio: purchase potential and our share (0–1) when known. */
  potential: z.enum(POTENTIALS).nullable(),
  share: z.number().nullable(),
  /** Whether the zone was set by hand rather than worked out from the share. */
  zoneSetByHand: z.boolean(),
  /** Budgets of the open opportunities, summed per currency. */
  openValue: z.array(z.object({ amount: z.number(), currency: z.string() })),
  openOpportunities: z.number().int(),
  peopleCount: z.number().int(),
  /** How often the account is to be reviewed, and its last review's date ('' never): home's "Review due". */
  reviewCadence: z.enum(REVIEW_CADENCES).default('none'),
  lastReview: IsoDate.default(''),
  updatedAt: Timestamp,
  /** Set when the account's file could not be opened. */
  damaged: FileProblem.nullable(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const WorkspaceInfo = z.object({
  path: z.string(),
  settings: Settings,
  problems: z.array(FileProblem),
  /** Accounts whose files were migrated from an older schema on open. */
  migrated: z.array(z.object({ file: z.string(), from: z.number().int(), to: z.number().int() })),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

/** A folder path from a folder dialog: absolute, on POSIX or Windows (drive letter or UNC share). */
export const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'an absolute folder path is required');

export const AccountName = Text(200).trim().min(1, 'a name is required');

/**
 * `locked`: another Bidmap holds the workspace. `needsPassphrase`: the workspace is encrypted and
 * not unlocked. `wrongPassphrase`: the passphrase given does not unlock it.
 */
export const API_ERROR_CODES = ['invalidInput', 'notFound', 'damaged', 'io', 'locked', 'needsPassphrase', 'wrongPassphrase', 'cancelled', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export interface ApiErrorBody {
  code: ApiErrorCode;
  /** English, for logs and the CLI. */
  message: string;
  /** The same sentence by key, so the page says it in the user's language. */
  text?: ServiceText;
}
/** What crosses the process boundary: errors are values, so their code survives IPC. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** A services' sentence as data (key and values), for answers that carry one. */
export const ServiceTextSchema = z.object({
  key: z.enum(Object.keys(en.serviceErrors) as [keyof typeof en.serviceErrors, ...(keyof typeof en.serviceErrors)[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** Writes that failed and are retried: what the app shows until they work. */
export const StorageStatus = z.object({
  problems: z.array(
    z.object({
      accountId: Id.nullable(),
      name: z.string(),
      reason: z.enum(['diskFull', 'readOnly', 'removed', 'busy', 'other']),
      text: ServiceTextSchema,
      since: z.string(),
      attempts: z.number().int(),
    }),
  ),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

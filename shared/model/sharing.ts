import { z } from 'zod';
import { REDACTION_LEVELS } from '../taxonomy/keys';
import { ChartPatch } from './chart-patch';
import { Id } from './ids';

// What an import's preview and go-ahead carry across IPC (the merge itself is shared/logic/sharing).

const RecordRef = z.object({ key: z.string(), path: z.array(z.string()), collection: z.string(), label: z.string(), ends: z.tuple([z.string(), z.string()]).optional() });
export const MergeReportShape = z.object({
  added: z.array(RecordRef),
  removedTheirs: z.array(RecordRef),
  removedHere: z.array(RecordRef),
  conflicts: z.array(z.object({ key: z.string(), path: z.array(z.string()), mine: z.unknown(), theirs: z.unknown() })),
  taken: z.number().int(),
  keptManagers: z.array(z.string()),
  /** Actions serving a person one side removed (kept either way). */
  actionsOnRemoved: z.array(RecordRef.extend({ people: z.array(z.string()) })).default([]),
});

export const IMPORT_STATUSES = ['new', 'merge', 'unchanged', 'damaged'] as const;

export const ImportPreview = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  level: z.enum(REDACTION_LEVELS),
  exportedAt: z.string(),
  exportedBy: z.string(),
  appVersion: z.string(),
  /** The file's format version when it was older and was migrated on reading, else null. */
  migratedFrom: z.number().int().nullable(),
  accounts: z.array(
    z.object({
      id: Id,
      name: z.string(),
      /** The name it has here, when it is already in the workspace. */
      nameHere: z.string().nullable(),
      status: z.enum(IMPORT_STATUSES),
      people: z.number().int(),
      /** How many people it has here (null: not here). */
      peopleHere: z.number().int().nullable(),
      /** A common base was found: only real conflicts are asked; without one, every difference is. */
      hasBase: z.boolean(),
      report: MergeReportShape.nullable(),
      /** Names of the people either side has, for showing managers and records by name. */
      names: z.record(z.string(), z.string()),
    }),
  ),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const Side = z.enum(['mine', 'theirs']);
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A merge key names a place by path (`name`, `people/p_1/title`); never a prototype key. */
const MergeKey = z
  .string()
  .max(500)
  .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, 'a merge key is a path such as people/p_1/title')
  .refine((k) => !RESERVED_KEYS.has(k), 'reserved key');
/** At most this many entries in one record of choices (an account holds at most 20,000 people). */
const MAX_CHOICES = 100_000;
const bounded = <T extends z.ZodType>(schema: T) => schema.refine((r) => Object.keys(r as object).length <= MAX_CHOICES, `at most ${MAX_CHOICES} choices`);
export const ImportChoices = bounded(z.record(
  Id,
  z.object({
    /** Leave this account out of the import. */
    skip: z.boolean().default(false),
    conflicts: bounded(z.record(MergeKey, Side)).default({}),
    all: Side.optional(),
    removeTheirs: z.array(MergeKey).max(20000).default([]),
    leaveRemoved: z.array(MergeKey).max(20000).default([]),
    /** The user confirmed removing more than LARGE_REMOVAL of the account's people. */
    confirmRemoval: z.boolean().default(false),
  }),
));

/** A merge that would remove more than this share of an account's people needs an explicit yes. */
export const LARGE_REMOVAL = 0.2;

/** Whether removing `removed` of `people` people is large enough to ask first. */
export const isLargeRemoval = (removed: number, people: number) => people > 0 && removed / people > LARGE_REMOVAL;
export type ImportChoices = z.infer<typeof ImportChoices>;

export const ImportResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      name: z.string(),
      kind: z.enum(['added', 'merged', 'unchanged', 'skipped']),
      /** What takes a merge back (one step), null for the other kinds. */
      undo: ChartPatch.nullable(),
      /** The merge itself, as the chart's undo history records it. */
      forward: ChartPatch.nullable(),
      /** The version received, kept as the base of later merges (forgotten when the import is undone). */
      snapshot: z.string().nullable(),
      /** The account's updatedAt right after the import: an undo from elsewhere checks nothing came after. */
      updatedAt: z.string().nullable(),
    }),
  ),
});
export type ImportResult = z.infer<typeof ImportResult>;

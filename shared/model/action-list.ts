import { z } from 'zod';
import { Id, Text } from './ids';
import { Action } from './strategy';

/**
 * Actions across every account of the workspace, as the home screen's "My actions", the notebook
 * and `bidmap actions` list them: worked out from the accounts on each request, never stored.
 */

/** Whose actions: everyone's, mine (the user's and those nobody owns yet, see isMine), or a team member's by name. */
export const ActionOwnerQuery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('mine') }),
  /** A member of an account's bid team by name (case and spaces around it ignored), or the user's own name. */
  z.object({ kind: z.literal('named'), name: Text(200).refine((s) => s.trim().length > 0, 'a name') }),
]);
export type ActionOwnerQuery = z.infer<typeof ActionOwnerQuery>;

/** The most rows one answer carries; `total` still counts them all. */
export const ACTION_ROWS_MAX = 10_000;

export const ActionQuery = z.object({
  /** The asker's today (YYYY-MM-DD): what is overdue depends on it. */
  today: z.iso.date(),
  /** Only open actions past their due date. */
  overdueOnly: z.boolean().default(false),
  /** Only open actions due on or before this day (undated ones left out); null: any. */
  dueBy: z.iso.date().nullable().default(null),
  owner: ActionOwnerQuery.default({ kind: 'all' }),
  limit: z.number().int().min(1).max(ACTION_ROWS_MAX).default(ACTION_ROWS_MAX),
});
export type ActionQuery = z.infer<typeof ActionQuery>;
export type ActionQueryInput = z.input<typeof ActionQuery>;

/** Who owns a listed action: the user, a team member, one since taken off the team, or nobody yet. */
export const OWNER_KINDS = ['me', 'member', 'removed', 'nobody'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** One open action with what it names, ready to show: its account, people, owner and opportunity. */
export const ActionRow = z.object({
  accountId: Id,
  accountName: z.string(),
  action: Action,
  /** The people it serves; `name` null for one since removed from the chart ('' for a placeholder without a name). */
  people: z.array(z.object({ id: Id, name: z.string().nullable(), keyPerson: z.boolean() })),
  /** `name`: the user's name for 'me' ('' when not set), the member's for 'member', '' otherwise. */
  owner: z.object({ kind: z.enum(OWNER_KINDS), name: z.string() }),
  /** The opportunity it serves, `name` null when it was since removed. */
  opportunity: z.object({ id: Id, name: z.string().nullable() }).nullable(),
});
export type ActionRow = z.infer<typeof ActionRow>;

export const ActionList = z.object({
  rows: z.array(ActionRow),
  /** How many matched (rows past the query's limit are counted, not carried). */
  total: z.number().int().nonnegative(),
});
export type ActionList = z.infer<typeof ActionList>;

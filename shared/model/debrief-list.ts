import { z } from 'zod';
import { Id } from './ids';

/**
 * Meetings whose day has passed without a debrief, across the workspace's accounts (issue 18):
 * what the home screen asks about. Worked out from the accounts on each request, never stored.
 */
export const DEBRIEF_ROWS_MAX = 1000;

export const DebriefQuery = z.object({
  /** The asker's today: a meeting before it is due a debrief. */
  today: z.iso.date(),
  limit: z.number().int().min(1).max(DEBRIEF_ROWS_MAX).default(100),
});
export type DebriefQuery = z.infer<typeof DebriefQuery>;

export const DebriefRow = z.object({
  accountId: Id,
  accountName: z.string(),
  meetingId: Id,
  date: z.iso.date(),
  personId: Id,
  /** null for a person since removed from the chart. */
  personName: z.string().nullable(),
});
export type DebriefRow = z.infer<typeof DebriefRow>;

export const DebriefList = z.object({ rows: z.array(DebriefRow), total: z.number().int().nonnegative() });
export type DebriefList = z.infer<typeof DebriefList>;

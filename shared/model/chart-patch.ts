import { z } from 'zod';
import { AccountFields, Department, Position } from './account';
import { Id } from './ids';
import { Link } from './link';
import { Person } from './person';

/**
 * One edit of an account as data: whole records to put (added or replaced by id) and ids to remove.
 * Applying a patch twice gives the same account, so a save can be retried safely, and every
 * patch has an inverse, which is what undo applies.
 */
export const ChartPatch = z.object({
  people: z.array(Person).max(20000).default([]),
  removePeople: z.array(Id).max(20000).default([]),
  links: z.array(Link).max(100000).default([]),
  removeLinks: z.array(Id).max(100000).default([]),
  departments: z.array(Department).max(2000).default([]),
  removeDepartments: z.array(Id).max(2000).default([]),
  positions: z.record(Id, Position).default({}),
  removePositions: z.array(Id).max(20000).default([]),
  /** The full list of collapsed managers after the edit, when it changes. */
  collapsed: z.array(Id).max(20000).nullable().default(null),
  /** Account-level fields (background, team, opportunities…) replaced whole, when the edit changes them. */
  fields: AccountFields.nullable().default(null),
});
export type ChartPatch = z.infer<typeof ChartPatch>;
export type ChartPatchInput = z.input<typeof ChartPatch>;

export const emptyPatch = (): ChartPatch => ChartPatch.parse({});

import { z } from 'zod';
import { LINK_KINDS } from '../taxonomy/keys';
import { Id, Text } from './ids';

/**
 * A typed line between two people. `source` is the subordinate (reportsTo) or the
 * influencer (influences); ally, rival and informal are symmetric.
 */
export const Link = z.object({
  id: Id,
  source: Id,
  target: Id,
  kind: z.enum(LINK_KINDS),
  /** A dotted (matrix) reporting line rather than the solid one. */
  dotted: z.boolean().default(false),
  strength: z.number().int().min(1).max(5).nullable().default(null),
  note: Text(1000).default(''),
});
export type Link = z.infer<typeof Link>;

import { z } from 'zod';
import { LEAVE_KINDS } from '../taxonomy/keys';
import { Id, IsoDate, Text } from './ids';

// People who change posts (issue 18): who left a post, when and how, and who filled it since.
// The post is a card on the chart: when its holder leaves, the card becomes a vacancy (a
// placeholder person keeping the title, department, buying roles and lines) and the person moves
// to the account's former people; a successor fills the vacancy card. Who held which post and
// when is map level; the note is full (see shared/logic/redaction.ts).

/** A date a succession may carry: after 1950, and never after today (checked by the commands). */
export const SUCCESSION_EARLIEST = '1950-01-01';

export const Succession = z.object({
  /** The predecessor's id (a person leaves a post once): both sides of a merge name it alike. */
  id: Id,
  /** The card that holds the post now: the vacancy, then the successor who filled it. */
  postId: Id,
  /** The post as it was when they left, so the record names it if the card is deleted later. */
  postTitle: Text(300).default(''),
  leftOn: z.iso.date(),
  how: z.enum(LEAVE_KINDS).default('left'),
  note: Text(1000).default(''),
  /** When the successor took the post; '' while it is vacant. */
  successorSince: IsoDate.default(''),
});
export type Succession = z.infer<typeof Succession>;

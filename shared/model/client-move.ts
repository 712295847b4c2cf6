import { z } from 'zod';
import { CLIENT_MOVE_KINDS } from '../taxonomy/keys';
import { Id, Text } from './ids';
import { limitedList } from './limits';
import { RecordDate } from './record-date';

/**
 * One piece of intelligence on the client (客户动向, issue 18): what happened, where we heard it and
 * what it means for us, with the people or the opportunity it concerns. Team level: it is what
 * the team knows and makes of it.
 */
export const ClientMove = z.object({
  id: Id,
  date: RecordDate,
  kind: z.enum(CLIENT_MOVE_KINDS).default('news'),
  what: Text(2000).default(''),
  source: Text(500).default(''),
  meaning: Text(2000).default(''),
  /** The people it concerns (ids on the chart; one since removed is kept and shown as removed). */
  personIds: limitedList(Id, 'movePeople').default([]),
  opportunityId: Id.nullable().default(null),
});
export type ClientMove = z.infer<typeof ClientMove>;
export type ClientMoveInput = z.input<typeof ClientMove>;

export const ClientMoveList = limitedList(ClientMove, 'clientMoves');

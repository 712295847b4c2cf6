import { z } from 'zod';
import { ATTITUDES, LEANING_KINDS, MEETING_OUTCOMES, RELATIONSHIP_STAGES } from '../taxonomy/keys';
import { Id, IsoDate, Text } from './ids';
import { limitedList } from './limits';
import { RecordDate } from './record-date';

// A meeting planned from a person's panel (issue 18, Miller Heiman's call plan) and, after its
// date, its debrief. The plan and the outcome are team level; what happened, what we learned and
// why things moved are the debrief's notes: full level (redaction.ts cuts them).

const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value }).nullable().default(null);

export const LeaningValue = z.object({
  kind: z.enum(LEANING_KINDS),
  competitorId: Id.nullable().default(null),
});
export type LeaningValue = z.infer<typeof LeaningValue>;

/** What the debrief moved on the meeting's person: each from → to, or null when it stayed. */
export const DebriefChanges = z.object({
  stage: change(z.enum(RELATIONSHIP_STAGES)),
  attitude: change(z.enum(ATTITUDES)),
  leaning: change(LeaningValue),
});
export type DebriefChanges = z.infer<typeof DebriefChanges>;

export const Debrief = z.object({
  /** The day the debrief was written. */
  date: IsoDate.default(''),
  /** Whether we got the commitment we sought, only the least we accept, or neither (team). */
  outcome: z.enum(MEETING_OUTCOMES).nullable().default(null),
  changes: DebriefChanges.default(() => DebriefChanges.parse({})),
  /** What happened (full). */
  notes: Text().default(''),
  /** New information (full). */
  learned: Text().default(''),
  /** Why the stage, attitude or leaning moved (full; the stage change keeps it in its history too). */
  why: Text(1000).default(''),
  /** The activity the debrief wrote on the person. */
  activityId: Id.nullable().default(null),
});
export type Debrief = z.infer<typeof Debrief>;

export const Meeting = z.object({
  id: Id,
  date: RecordDate,
  /** Whose panel it was planned from: the debrief's changes apply to them. */
  personId: Id,
  /** Their other attendees (people on the chart). */
  personIds: limitedList(Id, 'meetingPeople').default([]),
  /** Our attendees (members of the bid team). */
  memberIds: limitedList(Id, 'meetingPeople').default([]),
  objective: Text(1000).default(''),
  /** The commitment we seek, and the least we accept. */
  commitment: Text(1000).default(''),
  minimum: Text(1000).default(''),
  questions: Text().default(''),
  bring: Text(1000).default(''),
  debrief: Debrief.nullable().default(null),
});
export type Meeting = z.infer<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;

export const MeetingList = limitedList(Meeting, 'meetings');

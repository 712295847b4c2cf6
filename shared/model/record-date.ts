import { z } from 'zod';

// Dates of the account's history (issue 18: client moves, meetings and debriefs). A typo such as
// 0226 or 20266 must not sort a record to the far end of the timeline for good: such a date is
// refused with a sentence, at the field and by the schema (the services check the same schema).

export const RECORD_DATE_MIN = '1990-01-01';
export const RECORD_DATE_MAX = '2100-12-31';

/** Whether an ISO date lies in the range a dated record takes. */
export const inRecordRange = (date: string): boolean => date >= RECORD_DATE_MIN && date <= RECORD_DATE_MAX;

/** The schema's own words (English); the page says the same in the user's language (refusal.dateRange). */
export const RECORD_DATE_SENTENCE = `Dates run from ${RECORD_DATE_MIN.slice(0, 4)} to ${RECORD_DATE_MAX.slice(0, 4)}: nothing was changed.`;

/** A required date of a dated record, within the range. */
export const RecordDate = z.iso.date().refine(inRecordRange, { error: RECORD_DATE_SENTENCE });

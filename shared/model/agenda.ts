import { z } from 'zod';
import { ActionRow } from './action-list';
import { Id, MonthDay } from './ids';
import { ItineraryItem } from './person';
import { REVIEW_CADENCES } from './review';

/**
 * The notebook's view across every account: who travels where, which key people have a
 * birthday, which actions of the plan and which account reviews fall due, in a window of days. Worked out from the accounts on each request, never stored.
 */

/** A calendar date that is known (the window's ends, a trip's normalised days). */
const Day = z.iso.date();

/** Whose entry it is, with enough to show it and link to the person. */
export const AgendaPerson = z.object({
  accountId: Id,
  accountName: z.string(),
  personId: Id,
  personName: z.string(),
  personTitle: z.string(),
  keyPerson: z.boolean(),
  /** Known by role only ("the CFO, name unknown"): the name is not theirs yet. */
  placeholder: z.boolean(),
});
export type AgendaPerson = z.infer<typeof AgendaPerson>;

export const AgendaTrip = AgendaPerson.extend({
  trip: ItineraryItem,
  /** The trip's first and last day (see tripSpan: no end or an end before the start is one day). */
  start: Day,
  end: Day,
});
export type AgendaTrip = z.infer<typeof AgendaTrip>;

export const AgendaBirthday = AgendaPerson.extend({
  /** The day it falls on in the window. */
  date: Day,
  /** The stored birth date ("--MM-DD" when the year is not known). */
  born: z.union([Day, MonthDay]),
  /** The age they turn that day; null when the year of birth is not known. */
  age: z.number().int().nullable(),
});
export type AgendaBirthday = z.infer<typeof AgendaBirthday>;

/** An account whose review is due (issue 18): by its cadence, after its last review. */
export const AgendaReview = z.object({
  accountId: Id,
  accountName: z.string(),
  cadence: z.enum(REVIEW_CADENCES).exclude(['none']),
  /** The last review's date, '' when never reviewed. */
  lastReview: z.union([Day, z.literal('')]),
  /** The day the review falls due (never reviewed: due at once, the asker's today). */
  dueOn: Day,
  /** The day the notebook shows it: its due day, or today when it was due before the window began. */
  date: Day,
});
export type AgendaReview = z.infer<typeof AgendaReview>;

export const Agenda = z.object({
  /** The window, both ends included. */
  from: Day,
  to: Day,
  /** Every trip taking a day of the window, by start date. */
  trips: z.array(AgendaTrip),
  /** Key people's birthdays in the window, by date. */
  birthdays: z.array(AgendaBirthday),
  /** Open actions due in the window, by due date (issue 17: the plan's dates in the notebook). */
  actions: z.array(ActionRow).default([]),
  /** Accounts whose review falls due in the window, or is due already and still not made, by date. */
  reviews: z.array(AgendaReview).default([]),
});
export type Agenda = z.infer<typeof Agenda>;

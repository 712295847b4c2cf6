import { z } from 'zod';
import { Id } from './ids';
import { ItineraryItem } from './person';

/**
 * The notebook's view across every account: who travels where and which key people have a
 * birthday, in a window of days. Worked out from the accounts on each request, never stored.
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
  /** The stored birth date. */
  born: Day,
  /** The age they turn that day. */
  age: z.number().int(),
});
export type AgendaBirthday = z.infer<typeof AgendaBirthday>;

export const Agenda = z.object({
  /** The window, both ends included. */
  from: Day,
  to: Day,
  /** Every trip taking a day of the window, by start date. */
  trips: z.array(AgendaTrip),
  /** Key people's birthdays in the window, by date. */
  birthdays: z.array(AgendaBirthday),
});
export type Agenda = z.infer<typeof Agenda>;

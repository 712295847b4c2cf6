import type { ItineraryItem } from '../../model/person';
import type { DateWindow } from '../dates';

/** A trip's first and last day, both included. */
export interface TripSpan {
  start: string;
  end: string;
}

/**
 * The days a trip takes, or null when it has no start (nothing to go by). No end, or an end
 * before the start (a slip of the pen), makes it a one-day trip on its start.
 * `tripSpan({ from: '2026-12-07', to: '' })` is `{ start: '2026-12-07', end: '2026-12-07' }`.
 */
export function tripSpan(trip: Pick<ItineraryItem, 'from' | 'to'>): TripSpan | null {
  if (!trip.from) return null;
  return { start: trip.from, end: trip.to > trip.from ? trip.to : trip.from };
}

/** Whether the trip takes at least one day of the window: one under way on its first day counts. */
export function spanOverlaps(span: TripSpan, window: DateWindow): boolean {
  return span.start <= window.to && span.end >= window.from;
}

/** The trip's span when it takes a day of the window, else null (also for a trip with no start). */
export function tripInWindow(trip: Pick<ItineraryItem, 'from' | 'to'>, window: DateWindow): TripSpan | null {
  const span = tripSpan(trip);
  return span && spanOverlaps(span, window) ? span : null;
}

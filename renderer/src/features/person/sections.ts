import type { Person } from '../../../../shared/model/person';

export const PERSON_SECTIONS = ['profile', 'dossier', 'motives', 'relationship', 'plan', 'itinerary'] as const;
export type PersonSection = (typeof PERSON_SECTIONS)[number];

/** What every section of the person panel gets: the person and how to change them. */
export interface SectionProps {
  person: Person;
  /** Applies a change as one undo step (or joins the open one with the same `session`). */
  edit(change: (p: Person) => Person, session?: string): boolean;
  /** The same for a field being typed in: answers the reason in words when the value is refused. */
  commit(change: (p: Person) => Person, session?: string): true | string;
}

import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  ALIGNMENTS,
  ATTITUDES,
  BUYING_ROLES,
  CUSTOMER_TYPES,
  RELATIONSHIP_STAGES,
} from '../taxonomy/keys';
import { BirthDate, Id, IsoDate, Text } from './ids';
import { limitedList } from './limits';
import { InfluenceEntry, Leaning, PersonCriterion, Target } from './strategy';

/** The twelve fields of the seed's client dossier (DOMAIN.md §5) plus birthday and notes. */
export const Dossier = z.object({
  family: Text().default(''),
  hometown: Text(200).default(''),
  university: Text(200).default(''),
  sports: Text().default(''),
  food: Text().default(''),
  pets: Text().default(''),
  books: Text().default(''),
  lastVacation: Text().default(''),
  nextVacation: Text().default(''),
  orgRole: Text().default(''),
  colleagues: Text().default(''),
  goals: Text().default(''),
  ambitions: Text().default(''),
  /** "1971-03-18", or "--03-18" when the year is not known (then no age is shown). */
  birthday: BirthDate.default(''),
  notes: Text(20000).default(''),
});
export type Dossier = z.infer<typeof Dossier>;
/** The dossier's text fields in display order (itinerary is kept as trips, see ItineraryItem). */
export const DOSSIER_FIELDS = Object.keys(Dossier.shape) as (keyof Dossier)[];

export const Motives = z.object({
  organizational: Text().default(''),
  personal: Text().default(''),
  alignment: z.enum(ALIGNMENTS).nullable().default(null),
  evidence: Text().default(''),
  fears: Text().default(''),
  ourOffer: Text().default(''),
  /** The day the rep last marked this analysis reviewed ('' never): stale after the Settings' days. */
  reviewedOn: IsoDate.default(''),
});
export type Motives = z.infer<typeof Motives>;

export const StageChange = z.object({
  date: IsoDate,
  from: z.enum(RELATIONSHIP_STAGES).nullable(),
  to: z.enum(RELATIONSHIP_STAGES),
  why: Text().default(''),
});
export type StageChange = z.infer<typeof StageChange>;

/** Which member of our team covers this person, and how well they know them (1–5). */
export const Coverage = z.object({
  memberId: Id,
  closeness: z.number().int().min(1).max(5),
});

export const Relationship = z.object({
  stage: z.enum(RELATIONSHIP_STAGES).default('initial'),
  /** Member of our team who owns the relationship. */
  ownerId: Id.nullable().default(null),
  history: z.array(StageChange).max(500).default([]),
  coverage: z.array(Coverage).max(50).default([]),
});
export type Relationship = z.infer<typeof Relationship>;

/**
 * Whether a date range runs backwards: both ends known and the end before the start. A trip's
 * end, an activity's next step due: edits that make one are refused at the field (and by
 * `datesTurnedBack` before they are saved). Records already stored that way are read as they
 * are (older versions took them): the notebook reads such a trip as one day on its start.
 */
export const endsBeforeStart = (start: string, end: string): boolean => !!start && !!end && end < start;

/** One trip of the "little notebook": who will be where, when. */
export const ItineraryItem = z.object({
  id: Id,
  from: IsoDate,
  to: IsoDate.default(''),
  city: Text(200).default(''),
  place: Text(400).default(''),
  transport: Text(400).default(''),
  purpose: Text().default(''),
  source: Text(400).default(''),
});
export type ItineraryItem = z.infer<typeof ItineraryItem>;

export const Activity = z.object({
  id: Id,
  date: IsoDate,
  kind: z.enum(ACTIVITY_KINDS),
  summary: Text().default(''),
  memberIds: z.array(Id).max(50).default([]),
  /** The action of the plan this activity's next step became (v2; see the account's actions). */
  actionId: Id.nullable().default(null),
});
export type Activity = z.infer<typeof Activity>;

export const Person = z.object({
  id: Id,
  name: Text(200),
  /** Romanised or alternate name, e.g. "Zhang Wei" for 张伟. */
  alternateName: Text(200).default(''),
  title: Text(300).default(''),
  departmentId: Id.nullable().default(null),
  phone: Text(100).default(''),
  email: Text(300).default(''),
  customerType: z.enum(CUSTOMER_TYPES).nullable().default(null),
  roles: z.array(z.enum(BUYING_ROLES)).max(BUYING_ROLES.length).default([]),
  attitude: z.enum(ATTITUDES).default('unknown'),
  influence: z.number().int().min(1).max(5).default(3),
  keyPerson: z.boolean().default(false),
  /** A role known before the name: "the CFO, name unknown". */
  placeholder: z.boolean().default(false),
  relationship: Relationship.default(() => Relationship.parse({})),
  dossier: Dossier.default(() => Dossier.parse({})),
  motives: Motives.default(() => Motives.parse({})),
  itinerary: z.array(ItineraryItem).max(1000).default([]),
  activities: z.array(Activity).max(5000).default([]),
  /** The plan for this person (team level): where the relationship must get to, whom they lean to, */
  /** which decision criteria they care about, and how to influence them (left and right brain). */
  target: Target.default(() => Target.parse({})),
  leaning: Leaning.default(() => Leaning.parse({})),
  criteria: limitedList(PersonCriterion, 'personCriteria').default([]),
  influencePlan: limitedList(InfluenceEntry, 'influenceEntries').default([]),
});
export type Person = z.infer<typeof Person>;
export type PersonInput = z.input<typeof Person>;

/**
 * The first record of `next` whose date range an edit turned backwards (see endsBeforeStart), as
 * a path to its end field; null when there is none. A range already backwards in `before` and
 * left as it was is not the edit's doing.
 */
export function datesTurnedBack(before: Person, next: Person): string | null {
  const ranges = [
    {
      list: 'itinerary',
      end: 'to',
      rows: next.itinerary.map((r) => ({ id: r.id, start: r.from, end: r.to })),
      old: before.itinerary.map((r) => ({ id: r.id, start: r.from, end: r.to })),
    },
  ];
  for (const { list, end, rows, old } of ranges) {
    for (const [i, r] of rows.entries()) {
      if (!endsBeforeStart(r.start, r.end)) continue;
      const was = old.find((o) => o.id === r.id);
      if (was && was.start === r.start && was.end === r.end) continue;
      return `${list}.${i}.${end}`;
    }
  }
  return null;
}

import type { RedactionLevel } from '../taxonomy/keys';

// Which field of an account belongs to which sharing level: the one table the level cut
// (redaction.ts) and the team documents (team/) both read. A level sees its own fields and those of
// the levels below it. By allow-list: a field the table does not name falls to the object's `rest`,
// which is full unless the whole object was decided to be shared at its level.
//
// - map: names, titles, departments, reporting lines, buying roles (and where cards sit), and who
//   held which post when (successions without their note, former people as the map shows anyone);
// - team: plus attitude, influence, customer type, key people, relationship stage and who of our
//   team covers whom, motives, the other kinds of lines, background, opportunities, competitors,
//   segmentation, owner and territory, the findings set aside, and the plan to win (targets,
//   leanings, decision criteria and scores, win themes, influence plans, actions, whitespace),
//   the account's reviews and their cadence, client moves, meeting plans and their debriefs' outcomes;
// - full: everything, including dossiers, itineraries, activities, phones and e-mails, notes,
//   debriefs' notes.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** An object whose fields are shared at different levels; the object itself exists from `level`. */
export interface ObjectPart {
  kind: 'object';
  level: RedactionLevel;
  fields: Readonly<Record<string, LevelPart>>;
  /** The level of a field `fields` does not name. */
  rest: RedactionLevel;
}

/** A list of records, each an object as `record` splits it. */
export interface RecordsPart {
  kind: 'records';
  level: RedactionLevel;
  record: ObjectPart;
  /** A record's own level when it depends on the record (a line's kind); never below `level`. */
  levelOf?: (record: JsonObject) => RedactionLevel;
  /** What names a record when it has no id (a stage change: its date and stages). */
  key?: (record: JsonObject) => string;
}

/** A level names a whole value: shared whole from that level up. */
export type LevelPart = RedactionLevel | ObjectPart | RecordsPart;

const RANK: Record<RedactionLevel, number> = { map: 0, team: 1, full: 2 };
/** The higher of two levels (a field is never shared below the object holding it). */
export const higher = (a: RedactionLevel, b: RedactionLevel): RedactionLevel => (RANK[a] >= RANK[b] ? a : b);
/** Whether a member at `level` sees what is shared at `shared`. */
export const sees = (level: RedactionLevel, shared: RedactionLevel): boolean => RANK[shared] <= RANK[level];

const object = (level: RedactionLevel, fields: ObjectPart['fields'] = {}, rest: RedactionLevel = 'full'): ObjectPart => ({
  kind: 'object',
  level,
  fields,
  rest,
});
/** Records shared whole at their level. */
const records = (level: RedactionLevel, fields: ObjectPart['fields'] = {}, rest: RedactionLevel = level, extra: Partial<RecordsPart> = {}): RecordsPart => ({
  kind: 'records',
  level,
  record: object(level, fields, rest),
  ...extra,
});

const PERSON: ObjectPart['fields'] = {
  id: 'map',
  name: 'map',
  alternateName: 'map',
  title: 'map',
  departmentId: 'map',
  roles: 'map',
  placeholder: 'map',
  customerType: 'team',
  attitude: 'team',
  influence: 'team',
  keyPerson: 'team',
  relationship: object('team', {
    stage: 'team',
    ownerId: 'team',
    coverage: 'team',
    // When the stage moved is the team's; why (the story behind it) is a note.
    history: records('team', { date: 'team', from: 'team', to: 'team' }, 'full', {
      key: (h) => `${String(h.date)}~${String(h.from ?? '')}~${String(h.to)}`,
    }),
  }),
  motives: 'team',
  target: 'team',
  leaning: 'team',
  criteria: records('team'),
  influencePlan: records('team'),
  phone: 'full',
  email: 'full',
  dossier: 'full',
  itinerary: records('full'),
  activities: records('full'),
};

/** The level of every field of an account. */
export const ACCOUNT_LEVELS: ObjectPart = object('map', {
  schemaVersion: 'map',
  id: 'map',
  name: 'map',
  alternateName: 'map',
  industry: 'map',
  createdAt: 'map',
  updatedAt: 'map',
  departments: records('map'),
  people: records('map', PERSON, 'full'),
  // Who held which post when is an organisation fact; why someone left (the note) is personal,
  // and a former person's dossier is cut like anyone's.
  formerPeople: records('map', PERSON, 'full'),
  successions: records('map', { note: 'full' }),
  // The map shows who reports to whom; influence, alliances and rivalries are the team's.
  links: records('map', { strength: 'team', note: 'full' }, 'map', {
    levelOf: (l) => (l.kind === 'reportsTo' ? 'map' : 'team'),
  }),
  canvas: 'map',
  owner: 'team',
  territory: 'team',
  background: object('team', { installedBase: records('team') }, 'team'),
  // Who is on our team is the team's; where they come from and what they like (for common ground) is personal.
  team: records('team', { id: 'team', name: 'team', role: 'team' }, 'full'),
  competitors: records('team'),
  opportunities: records('team', { criteria: records('team'), themes: records('team') }),
  segmentation: 'team',
  // Which gaps we set aside, and why, is our judgement; so is the plan to win.
  setAside: records('team'),
  actions: records('team'),
  whitespace: object('team', { products: records('team'), units: records('team'), cells: records('team') }, 'team'),
  // Reviews (the recorded states and the rep's notes) and how often they are due: the team's.
  reviews: records('team'),
  reviewCadence: 'team',
  // Issue 18: client moves and meeting plans are the team's; of a debrief, the outcome and what
  // moved are, while what happened, what we learned and why are its notes (full).
  clientMoves: records('team'),
  meetings: records('team', { debrief: object('team', { notes: 'full', learned: 'full', why: 'full' }, 'team') }),
});

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The part of `value` a member at `level` sees, or undefined when they see none of it. */
export function cutToLevel(value: Json, part: LevelPart, level: RedactionLevel, floor: RedactionLevel = 'map'): Json | undefined {
  if (typeof part === 'string') return sees(level, higher(floor, part)) ? value : undefined;
  const own = higher(floor, part.level);
  if (!sees(level, own)) return undefined;
  if (part.kind === 'object') return isObject(value) ? cutFields(value, part, level, own) : value;
  if (!Array.isArray(value)) return value;
  return value.flatMap((r) => {
    if (!isObject(r)) return [r];
    const recordLevel = higher(own, part.levelOf?.(r) ?? own);
    return sees(level, recordLevel) ? [cutFields(r, part.record, level, recordLevel)] : [];
  });
}

function cutFields(value: JsonObject, part: ObjectPart, level: RedactionLevel, own: RedactionLevel): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    const kept = cutToLevel(v, part.fields[k] ?? part.rest, level, own);
    if (kept !== undefined) out[k] = kept;
  }
  return out;
}

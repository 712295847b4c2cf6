import { dequal } from 'dequal';
import { Account } from '../../model/account';
import { newId } from '../../model/ids';
import type { RedactionLevel } from '../../taxonomy/keys';
import { chartProblems } from '../chart/rules';
import { redactAccount } from '../redaction';
import { alignDepartures } from './departures';
import { fromMergeView, toMergeView, type MergeView } from './managers';

export type Side = 'mine' | 'theirs';

/** A field both sides changed (or, with no common base, that differs): the user picks one. */
export interface MergeConflict {
  /** The field's path joined by "/", e.g. `people/p_1/dossier/food`: what a choice names. */
  key: string;
  path: string[];
  mine: unknown;
  theirs: unknown;
}

/** A record (a person, a trip, an opportunity…) that one side has and the other has not. */
export interface RecordRef {
  key: string;
  path: string[];
  /** The list it belongs to: people, itinerary, activities, opportunities, links… */
  collection: string;
  label: string;
  /** For a line: the two people it joins (ids), so it can be named by them. */
  ends?: [string, string];
}

export interface MergeReport {
  /** Records only their file has and we never had: added. */
  added: RecordRef[];
  /** Records we have that their side removed since the common base: kept unless the user says. */
  removedTheirs: RecordRef[];
  /** Records we removed since the common base that their file still has: brought back unless the user says. */
  removedHere: RecordRef[];
  conflicts: MergeConflict[];
  /** Fields only their side changed, taken without asking. */
  taken: number;
  /** Managers a merge could not take because the lines would have formed a cycle (kept as mine). */
  keptManagers: string[];
  /** Actions serving a person one side removed: always kept (whether the person goes or stays), so the user is told which, and for whom. */
  actionsOnRemoved: (RecordRef & { people: string[] })[];
}

export interface MergeChoices {
  /** Per conflict key; conflicts not named follow `all`, else keep mine. */
  conflicts?: Record<string, Side>;
  all?: Side;
  /** Keys of `removedTheirs` records to remove here too. */
  removeTheirs?: readonly string[];
  /** Keys of `removedHere` records to leave removed. */
  leaveRemoved?: readonly string[];
}

export interface MergeInput {
  mine: Account;
  theirs: Account;
  /** The version both sides last had in common, when known: tells who changed what. */
  base: Account | null;
  /**
   * The level that common version was exchanged at. A base that carried less than the file does
   * cannot tell who changed the rest: the merge then has no base (every difference asks).
   */
  baseLevel?: RedactionLevel;
  /** The file's level: only what it carries is compared; everything else stays as it is here. */
  level: RedactionLevel;
  choices?: MergeChoices;
}

/** Fields of the account that are the store's, not content. */
const OWN_FIELDS = new Set(['schemaVersion', 'id', 'createdAt', 'updatedAt']);
/** Where the cards sit: merged, but never worth a question (mine wins when both moved a card). */
const isQuiet = (path: readonly string[]) => path[0] === 'canvas';
/** Values merged whole even though they are objects: a card's position. */
const isWhole = (path: readonly string[]) => path[0] === 'canvas' && path[1] === 'positions' && path.length === 3;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A key's own value: ids such as "toString" must never reach an object's inherited members. */
const own = (o: Record<string, Json>, key: string): Json => (Object.hasOwn(o, key) ? o[key] : undefined);
const isRecordList = (v: Json): v is Record<string, Json>[] => Array.isArray(v) && v.every((r) => isObject(r) && typeof r.id === 'string');
const byId = (list: Json): Map<string, Record<string, Json>> => new Map(isRecordList(list) ? list.map((r) => [r.id as string, r]) : []);

/** Levels from what shares least to most. */
const LEVEL_RANK: Record<RedactionLevel, number> = { map: 0, team: 1, full: 2 };

function labelOf(record: Record<string, Json>): string {
  for (const field of ['name', 'text', 'summary', 'city', 'product', 'kind', 'reason']) {
    const v = record[field];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return String(record.id);
}

class Merger {
  readonly report: MergeReport = { added: [], removedTheirs: [], removedHere: [], conflicts: [], taken: 0, keptManagers: [], actionsOnRemoved: [] };
  private readonly removeTheirs: ReadonlySet<string>;
  private readonly leaveRemoved: ReadonlySet<string>;

  constructor(
    private readonly hasBase: boolean,
    private readonly choices: MergeChoices,
  ) {
    this.removeTheirs = new Set(choices.removeTheirs ?? []);
    this.leaveRemoved = new Set(choices.leaveRemoved ?? []);
  }

  /**
   * Three values of one place (base, mine as the level shows it, theirs) and mine in full: what the
   * merged account holds there. Mine in full is what is kept wherever theirs brings nothing new,
   * so what the level does not carry is never touched.
   */
  merge(base: Json, mineShown: Json, theirs: Json, mine: Json, path: string[]): Json {
    if (dequal(mineShown, theirs)) return mine;
    if (isRecordList(mine) && isRecordList(theirs) && !isWhole(path)) return this.records(base, mineShown, theirs, mine, path);
    if (isObject(mine) && isObject(theirs) && !isWhole(path)) {
      const out: Record<string, Json> = { ...mine };
      const shown = isObject(mineShown) ? mineShown : {};
      const before = isObject(base) ? base : {};
      for (const key of Object.keys(theirs)) {
        if (path.length === 0 && OWN_FIELDS.has(key)) continue;
        // A key their side does not have says nothing: what is here stays. One only they have is new.
        if (!Object.hasOwn(mine, key)) out[key] = theirs[key];
        else out[key] = this.merge(own(before, key), own(shown, key), theirs[key], mine[key], [...path, key]);
      }
      return out;
    }
    if (Array.isArray(mine) && Array.isArray(theirs) && Array.isArray(mineShown) && !dequal(mineShown, mine)) return this.union(mineShown, theirs, mine);
    return this.leaf(base, mineShown, theirs, mine, path);
  }

  /**
   * A list without ids of which the level shows less than mine holds (a stage history without its
   * reasons at team): theirs cannot replace it without losing what it never saw, so their entries
   * that mine does not have (as the level shows them) are added after mine.
   */
  private union(mineShown: Json[], theirs: Json[], mine: Json[]): Json[] {
    const added = theirs.filter((t) => !mineShown.some((m) => dequal(m, t)));
    if (added.length) this.report.taken += added.length;
    return [...mine, ...added];
  }

  private leaf(base: Json, mineShown: Json, theirs: Json, mine: Json, path: string[]): Json {
    if (this.hasBase && base !== undefined) {
      if (dequal(base, theirs)) return mine; // only we changed it (or nobody did)
      // Only they changed it: taken, unless mine holds more than the level shows (it would be lost).
      if (dequal(base, mineShown) && dequal(mineShown, mine)) {
        this.report.taken++;
        return theirs;
      }
    }
    if (isQuiet(path)) return mine;
    const key = path.join('/');
    this.report.conflicts.push({ key, path, mine: mineShown, theirs });
    const side = this.choices.conflicts?.[key] ?? this.choices.all ?? 'mine';
    return side === 'theirs' ? theirs : mine;
  }

  private records(base: Json, mineShown: Json, theirs: Record<string, Json>[], mine: Record<string, Json>[], path: string[]): Json {
    const before = byId(base);
    const shown = byId(mineShown);
    const theirsById = byId(theirs);
    const collection = path.at(-1) ?? '';
    const ref = (r: Record<string, Json>): RecordRef => {
      const p = [...path, String(r.id)];
      const ends: [string, string] | undefined = typeof r.source === 'string' && typeof r.target === 'string' ? [r.source, r.target] : undefined;
      return { key: p.join('/'), path: p, collection, label: labelOf(r), ...(ends && { ends }) };
    };
    const out: Json[] = [];
    for (const r of mine) {
      const id = r.id as string;
      const other = theirsById.get(id);
      if (!shown.has(id)) out.push(r); // not carried at this level: theirs cannot speak of it
      else if (other) out.push(this.merge(before.get(id), shown.get(id), other, r, [...path, id]));
      else if (this.hasBase && before.has(id)) {
        const removed = ref(r);
        this.report.removedTheirs.push(removed);
        if (!this.removeTheirs.has(removed.key)) out.push(r);
      } else out.push(r); // new here
    }
    const mineIds = new Set(mine.map((r) => r.id as string));
    for (const r of theirs) {
      if (mineIds.has(r.id as string)) continue;
      const record = ref(r);
      if (this.hasBase && before.has(r.id as string)) {
        this.report.removedHere.push(record);
        if (this.leaveRemoved.has(record.key)) continue;
      } else this.report.added.push(record);
      out.push(r);
    }
    return out;
  }
}

const RULE_ROUNDS = 50;

/**
 * Merges their copy of an account into mine. Pure; never loses what mine holds: a record gone
 * on their side stays unless `choices.removeTheirs` names it, a conflict keeps mine unless told,
 * and what their file's level does not carry is left as it is here. Without a common base every
 * difference is a conflict. Returns the merged account (valid, chart rules kept) and what happened.
 */
export function mergeAccount({ mine: mineGiven, theirs: theirsGiven, base: given, baseLevel = 'full', level, choices = {} }: MergeInput): { account: Account; report: MergeReport } {
  // Someone who left on one side and was edited on the other is a former person on both (see departures.ts).
  const { mine, theirs, base } = alignDepartures(mineGiven, theirsGiven, given && LEVEL_RANK[baseLevel] >= LEVEL_RANK[level] ? given : null);
  const merger = new Merger(base !== null, choices);
  const view = (a: Account) => toMergeView(redactAccount(a, level));
  const mineView = toMergeView(mine);
  const baseView = base ? view(base) : undefined;
  const theirsView = baseView ? withoutCascade(view(theirs), baseView) : view(theirs);
  let merged = merger.merge(baseView, view(mine), theirsView, mineView, []) as MergeView;
  merged = keepChartRules(merged, mineView, merger.report);
  // The lines of a person removed on their side went with them there; here they stay with the person.
  const removed = new Set(merger.report.removedTheirs.filter((r) => r.collection === 'people').map((r) => r.path.at(-1)));
  merger.report.removedTheirs = merger.report.removedTheirs.filter((r) => {
    if (r.collection !== 'links') return true;
    const l = mineView.links.find((x) => x.id === r.path.at(-1));
    return !l || !(removed.has(l.source) || removed.has(l.target));
  });
  const account = fromMergeView(merged, [mine, theirs], () => newId('l'));
  const parsed = Account.parse({ ...account, id: mine.id, schemaVersion: mine.schemaVersion, createdAt: mine.createdAt, updatedAt: mine.updatedAt });
  merger.report.actionsOnRemoved = actionsOnRemoved(parsed, merger.report);
  return { account: withConsistentLeanings(parsed), report: merger.report };
}

/** The merged account's actions that serve someone either side removed: the action stays whatever the user decides about the person. */
function actionsOnRemoved(account: Account, report: MergeReport): MergeReport['actionsOnRemoved'] {
  const people = [...report.removedTheirs, ...report.removedHere].filter((r) => r.collection === 'people');
  const removed = new Set(people.map((r) => r.path.at(-1) as string));
  if (removed.size === 0) return [];
  return account.actions.flatMap((a) => {
    const gone = a.personIds.filter((id) => removed.has(id));
    return gone.length ? [{ key: `actions/${a.id}`, path: ['actions', a.id], collection: 'actions', label: a.text, people: gone }] : [];
  });
}

/**
 * A leaning merges field by field, so the kind of one side can meet the competitor of the other
 * (theirs "leans to us", mine "to Northstar"): a competitor is only kept with the kind that names one.
 */
function withConsistentLeanings(account: Account): Account {
  const mixed = (p: Account['people'][number]) => p.leaning.kind !== 'competitor' && p.leaning.competitorId !== null;
  if (!account.people.some(mixed)) return account;
  return { ...account, people: account.people.map((p) => (mixed(p) ? { ...p, leaning: { ...p.leaning, competitorId: null } } : p)) };
}

/**
 * Their side removing a manager also left that manager's people without one. Those people did not
 * change: their manager is the one the base had, so keeping the removed person (as a merge does
 * unless told) keeps their lines too.
 */
function withoutCascade(theirs: MergeView, base: MergeView): MergeView {
  const present = new Set(theirs.people.map((p) => p.id));
  const before = new Map(base.people.map((p) => [p.id, p]));
  return {
    ...theirs,
    people: theirs.people.map((p) => {
      const was = before.get(p.id);
      if (!was) return p;
      const gone = (m: string | null) => m !== null && !present.has(m);
      return {
        ...p,
        reportsTo: p.reportsTo === null && gone(was.reportsTo) ? was.reportsTo : p.reportsTo,
        dottedTo: p.dottedTo === null && gone(was.dottedTo) ? was.dottedTo : p.dottedTo,
      };
    }),
  };
}

/** Where taking their managers would form a cycle, those people keep the managers they have here. */
function keepChartRules(view: MergeView, mine: MergeView, report: MergeReport): MergeView {
  const mineOf = new Map(mine.people.map((p) => [p.id, p]));
  let current = view;
  for (let round = 0; round < RULE_ROUNDS; round++) {
    const problems = chartProblems(fromMergeView(current, [], () => 'x')).filter((p) => p.code === 'cycle');
    if (problems.length === 0) return current;
    const revert = new Set(problems.flatMap((p) => (p.code === 'cycle' ? p.personIds : [])));
    const before = current;
    current = {
      ...current,
      people: current.people.map((p) => {
        if (!revert.has(p.id)) return p;
        const here = mineOf.get(p.id);
        if (p.reportsTo !== (here?.reportsTo ?? null) || p.dottedTo !== (here?.dottedTo ?? null)) report.keptManagers.push(p.id);
        return { ...p, reportsTo: here?.reportsTo ?? null, dottedTo: here?.dottedTo ?? null };
      }),
    };
    if (dequal(before, current)) return current; // a cycle mine already had: not the merge's to mend
  }
  return current;
}

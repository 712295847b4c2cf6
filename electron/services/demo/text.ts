// Bilingual text for the built-in demo: every human-readable string is written once in
// Chinese and once in English, and the chosen language is picked when the demo is built.
import type { AccountInput, PersonInput } from '../../../shared/model';
import type { Activity } from '../../../shared/model/person';

export type L = { zh: string; en: string };
export type DemoLang = 'zh-CN' | 'en';

/** A bilingual text. */
export const t = (zh: string, en: string): L => ({ zh, en });

/** Picks one language out of bilingual texts. */
export function pick(lang: DemoLang): (l: L) => string {
  return lang === 'zh-CN' ? (l) => l.zh : (l) => l.en;
}

/**
 * A person's name: the Chinese name in the Chinese build and the romanised one in the
 * English build, with the other spelling as the alternate name.
 */
export const nm = (zh: string, en: string): { name: L; alternateName: L } => ({
  name: { zh, en },
  alternateName: { zh: en, en: zh },
});

/** A type whose free-text fields may be written bilingually (closed vocabularies stay keys). */
export type Bi<T> = T extends string
  ? string extends T
    ? T | L
    : T
  : T extends readonly (infer U)[]
    ? Bi<U>[]
    : T extends object
      ? { [K in keyof T]: Bi<T[K]> }
      : T;

/** The result of picking a language out of a `Bi` value. */
export type Localized<T> = T extends L
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/**
 * An activity as the demo writes it, with the next step logged with it: the demo's build turns
 * each into an action of the plan, as the v1 → v2 migration does for a rep's own files.
 */
type DemoActivity = Bi<Omit<Activity, 'summary' | 'memberIds' | 'actionId'>> & {
  summary?: L | string;
  memberIds?: string[];
  nextStep?: L | string;
  nextStepDue?: string;
  nextStepDone?: boolean;
  /** Who owns the action the next step becomes (the migration gives every one to the user). */
  nextStepOwner?: string;
};
export type DemoPerson = Omit<Bi<PersonInput>, 'activities'> & { activities?: DemoActivity[] };
/** A person's plan (issue 17): target, leaning, the criteria they care about, how to influence them. */
export type DemoPersonPlan = Pick<DemoPerson, 'target' | 'leaning' | 'criteria' | 'influencePlan'>;
export type DemoAccount = Omit<Bi<Omit<AccountInput, 'schemaVersion' | 'createdAt' | 'updatedAt' | 'canvas'>>, 'people'> & { people?: DemoPerson[] };

function isL(v: object): v is L {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Partial<L>).zh === 'string' && typeof (v as Partial<L>).en === 'string';
}

function walk(v: unknown, choose: (l: L) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => walk(x, choose));
  if (v !== null && typeof v === 'object') {
    if (isL(v)) return choose(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, choose)]));
  }
  return v;
}

/** Replaces every bilingual text in a value by its text in one language. */
export function localize<T>(value: T, lang: DemoLang): Localized<T> {
  return walk(value, pick(lang)) as Localized<T>;
}

/**
 * The people with their plans: each account keeps its strategy in one file of its own (who must
 * get where, whom they lean to, what they count as good), laid over the people it names.
 */
export function withPlans(people: readonly DemoPerson[], plans: Readonly<Record<string, DemoPersonPlan>>): DemoPerson[] {
  const unknown = Object.keys(plans).filter((id) => !people.some((p) => p.id === id));
  if (unknown.length) throw new Error(`demo plans for people who are not there: ${unknown.join(', ')}`);
  return people.map((p) => (typeof p.id === 'string' && Object.hasOwn(plans, p.id) ? { ...p, ...plans[p.id] } : p));
}

/** A solid (or dotted) reporting line: `source` reports to `target`. */
export const reports = (id: string, source: string, target: string, dotted = false) =>
  ({ id, source, target, kind: 'reportsTo', dotted }) as const;

/** Any other line between two people (influences, ally, rival, informal). */
export const line = (
  id: string,
  kind: 'influences' | 'ally' | 'rival' | 'informal',
  source: string,
  target: string,
  strength: number | null,
  note: L,
) => ({ id, kind, source, target, strength, note });

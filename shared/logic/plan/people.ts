import type { Account, Competitor, Opportunity } from '../../model/account';
import type { Person } from '../../model/person';
import { Action, ME, type Criterion, type InfluenceEntry } from '../../model/strategy';
import { RELATIONSHIP_STAGES, type RelationshipStage } from '../../taxonomy/keys';

// A person's part of the plan to win (issue 17): where the relationship must get to, whom they
// lean to, the criteria they care about and how to influence them. Pure, for the person panel,
// the cards, the Highlight menu and the Account view's competitors.

/** How many stages below its target a decision maker's or key person's relationship may be before it is a gap. */
export const GAP_STAGES = 2;

const stageIndex = (s: RelationshipStage) => RELATIONSHIP_STAGES.indexOf(s);

/**
 * How many stages the relationship still has to climb to its target: 2 from "acquainted" to
 * "trust", 0 at it, negative past it; null when no target is set.
 */
export function stagesToTarget(p: Pick<Person, 'relationship' | 'target'>): number | null {
  return p.target.stage ? stageIndex(p.target.stage) - stageIndex(p.relationship.stage) : null;
}

/**
 * A decision maker or key person two or more stages below their target (Highlight › "Relationship
 * gaps"). Unlike the finding of the same name, it shows them whether or not an action is planned.
 */
export function hasRelationshipGap(p: Pick<Person, 'relationship' | 'target' | 'roles' | 'keyPerson'>): boolean {
  if (!p.keyPerson && !p.roles.includes('decisionMaker')) return false;
  const gap = stagesToTarget(p);
  return gap !== null && gap >= GAP_STAGES;
}

/** Whom a person leans to, with the competitor found on the account's list (null: since removed, or never named). */
export type LeaningView =
  | { kind: 'unknown' }
  | { kind: 'none' }
  | { kind: 'us'; strength: number | null }
  | { kind: 'competitor'; competitor: Competitor | null; strength: number | null };

export function leaningOf(p: Pick<Person, 'leaning'>, competitors: readonly Competitor[]): LeaningView {
  const l = p.leaning;
  switch (l.kind) {
    case 'unknown':
    case 'none':
      return { kind: l.kind };
    case 'us':
      return { kind: 'us', strength: l.strength };
    case 'competitor':
      return { kind: 'competitor', competitor: competitors.find((c) => c.id === l.competitorId) ?? null, strength: l.strength };
  }
}

/** A person who leans to someone, and how strongly. */
export interface Supporter {
  person: Person;
  strength: number | null;
}

/** Who leans to whom: us, each competitor still on the list (by id), and competitors since removed. */
export interface Supporters {
  us: Supporter[];
  byCompetitor: Map<string, Supporter[]>;
  removed: Supporter[];
}

/** Strongest first, then by name (placeholders, which have none, last). */
const strongestFirst = (a: Supporter, b: Supporter) =>
  (b.strength ?? 0) - (a.strength ?? 0) ||
  (!a.person.name ? 1 : 0) - (!b.person.name ? 1 : 0) ||
  a.person.name.localeCompare(b.person.name);

/** Each competitor's supporters (and ours) for the Account view, strongest first. */
export function supportersOf(account: Pick<Account, 'people' | 'competitors'>): Supporters {
  const out: Supporters = { us: [], byCompetitor: new Map(account.competitors.map((c) => [c.id, []])), removed: [] };
  for (const person of account.people) {
    const view = leaningOf(person, account.competitors);
    if (view.kind === 'us') out.us.push({ person, strength: view.strength });
    else if (view.kind === 'competitor')
      (view.competitor ? out.byCompetitor.get(view.competitor.id)! : out.removed).push({ person, strength: view.strength });
  }
  out.us.sort(strongestFirst);
  out.removed.sort(strongestFirst);
  for (const list of out.byCompetitor.values()) list.sort(strongestFirst);
  return out;
}

const HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The marks a name may take, shortest first: "Northstar Systems" → NS, No, Nor; 北辰系统 → 北, 北辰, 北辰系. */
function candidates(name: string): string[] {
  const trimmed = name.trim();
  if (!trimmed) return ['?'];
  const chars = [...trimmed];
  if (HAN.test(trimmed)) return [1, 2, 3].map((n) => chars.slice(0, n).join(''));
  const words = trimmed.split(/[\s\-_/&.,()]+/u).filter(Boolean);
  const first = [...(words[0] ?? trimmed)];
  const initials = words
    .slice(0, 2)
    .map((w) => [...w][0]!.toLocaleUpperCase())
    .join('');
  const cap = (s: string[]) => s.join('').charAt(0).toLocaleUpperCase() + s.join('').slice(1);
  return [initials, cap(first.slice(0, 2)), cap(first.slice(0, 3))];
}

/**
 * A short mark for each competitor, for a card's leaning badge: its initials (a Chinese name's
 * first character), lengthened where two competitors of the account would share one.
 */
export function competitorMarks(competitors: readonly Pick<Competitor, 'id' | 'name'>[]): Map<string, string> {
  const all = competitors.map((c) => ({ id: c.id, options: candidates(c.name) }));
  const marks = new Map<string, string>();
  for (const c of all) {
    const used = new Set(marks.values());
    const mark = c.options.find(
      (m, level) => !used.has(m) && all.every((o) => o === c || (o.options[level] ?? o.options.at(-1)) !== m),
    );
    marks.set(c.id, mark ?? `${c.options[0]}${all.indexOf(c) + 1}`);
  }
  return marks;
}

/** A criterion with the opportunity it belongs to. */
export interface CriterionChoice {
  opportunity: Opportunity;
  criterion: Criterion;
}

/** The criteria a person may care about: those of the account's open opportunities, in order. */
export function criteriaChoices(account: Pick<Account, 'opportunities'>): CriterionChoice[] {
  return account.opportunities
    .filter((o) => o.status === 'open')
    .flatMap((opportunity) => opportunity.criteria.map((criterion) => ({ opportunity, criterion })));
}

/** A criterion by id, in any opportunity (won or lost ones too); null once it is deleted. */
export function criterionById(account: Pick<Account, 'opportunities'>, id: string): CriterionChoice | null {
  for (const opportunity of account.opportunities) {
    const criterion = opportunity.criteria.find((c) => c.id === id);
    if (criterion) return { opportunity, criterion };
  }
  return null;
}

/** The action an influence entry became, while it is still in the plan. */
export const actionOfEntry = (account: Pick<Account, 'actions'>, entry: Pick<InfluenceEntry, 'actionId'>): Action | null =>
  (entry.actionId && account.actions.find((a) => a.id === entry.actionId)) || null;

/**
 * "Make it an action": a new action of the plan, owned by the workspace's user, serving the
 * person, its text the entry's; the entry keeps a link to it. Both go into one edit, so one undo
 * takes both back. Null when the entry is not the person's, is empty, or is already an action.
 */
export function entryToAction(
  account: Pick<Account, 'actions'>,
  person: Person,
  entryId: string,
  actionId: string,
  today: string,
): { person: Person; actions: Action[] } | null {
  const entry = person.influencePlan.find((e) => e.id === entryId);
  if (!entry || !entry.text.trim() || actionOfEntry(account, entry)) return null;
  const action = Action.parse({ id: actionId, text: entry.text.trim(), owner: ME, personIds: [person.id], createdOn: today });
  return {
    person: { ...person, influencePlan: person.influencePlan.map((e) => (e.id === entryId ? { ...e, actionId } : e)) },
    actions: [...account.actions, action],
  };
}

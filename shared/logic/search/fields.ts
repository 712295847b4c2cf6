import type { Account } from '../../model/account';
import type { Person } from '../../model/person';

/** Result groups, in the order they are shown. */
export const SEARCH_GROUPS = ['accounts', 'people', 'dossier', 'motives', 'notes', 'activities'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

/**
 * Every searched field: its group, its weight within the group (lower ranks first) and whether
 * it names someone (then its pinyin and initials are searched too). `name` and `alternateName`
 * serve accounts and people alike.
 */
export const FIELD_DEFS = {
  name: { group: null, weight: 0, names: true },
  alternateName: { group: null, weight: 1, names: true },
  title: { group: 'people', weight: 1, names: true },
  email: { group: 'people', weight: 3, names: false },
  phone: { group: 'people', weight: 3, names: false },
  industry: { group: 'accounts', weight: 2, names: false },
  territory: { group: 'accounts', weight: 2, names: false },
  owner: { group: 'accounts', weight: 3, names: false },
  departments: { group: 'accounts', weight: 3, names: false },
  competitors: { group: 'accounts', weight: 4, names: false },
  opportunities: { group: 'accounts', weight: 4, names: false },
  background: { group: 'accounts', weight: 5, names: false },
  setAside: { group: 'accounts', weight: 6, names: false },
  strategy: { group: 'accounts', weight: 5, names: false },
  reviews: { group: 'accounts', weight: 5, names: false },
  plan: { group: 'motives', weight: 1, names: false },
  actions: { group: 'activities', weight: 0, names: false },
  clientMoves: { group: 'accounts', weight: 1, names: false },
  meetings: { group: 'activities', weight: 1, names: false },
  'dossier.family': { group: 'dossier', weight: 0, names: false },
  'dossier.hometown': { group: 'dossier', weight: 0, names: false },
  'dossier.university': { group: 'dossier', weight: 0, names: false },
  'dossier.sports': { group: 'dossier', weight: 0, names: false },
  'dossier.food': { group: 'dossier', weight: 0, names: false },
  'dossier.pets': { group: 'dossier', weight: 0, names: false },
  'dossier.books': { group: 'dossier', weight: 0, names: false },
  'dossier.lastVacation': { group: 'dossier', weight: 0, names: false },
  'dossier.nextVacation': { group: 'dossier', weight: 0, names: false },
  'dossier.orgRole': { group: 'dossier', weight: 0, names: false },
  'dossier.colleagues': { group: 'dossier', weight: 0, names: false },
  'dossier.goals': { group: 'dossier', weight: 0, names: false },
  'dossier.ambitions': { group: 'dossier', weight: 0, names: false },
  'motives.organizational': { group: 'motives', weight: 0, names: false },
  'motives.personal': { group: 'motives', weight: 0, names: false },
  'motives.evidence': { group: 'motives', weight: 0, names: false },
  'motives.fears': { group: 'motives', weight: 0, names: false },
  'motives.ourOffer': { group: 'motives', weight: 0, names: false },
  'dossier.notes': { group: 'notes', weight: 0, names: false },
  'relationship.history': { group: 'notes', weight: 1, names: false },
  'activities.summary': { group: 'activities', weight: 0, names: false },
  itinerary: { group: 'activities', weight: 1, names: false },
} as const satisfies Record<string, { group: SearchGroup | null; weight: number; names: boolean }>;

export type SearchField = keyof typeof FIELD_DEFS;
export const SEARCH_FIELDS = Object.keys(FIELD_DEFS) as SearchField[];

/** Receives each searchable text with its field. */
export type Visit = (field: SearchField, text: string) => void;

const DOSSIER_KEYS = [
  'family',
  'hometown',
  'university',
  'sports',
  'food',
  'pets',
  'books',
  'lastVacation',
  'nextVacation',
  'orgRole',
  'colleagues',
  'goals',
  'ambitions',
] as const;
const MOTIVE_KEYS = ['organizational', 'personal', 'evidence', 'fears', 'ourOffer'] as const;
// Field names made once: the index visits a million texts on a big workspace.
const DOSSIER = DOSSIER_KEYS.map((k) => [`dossier.${k}`, k] as const);
const MOTIVES = MOTIVE_KEYS.map((k) => [`motives.${k}`, k] as const);

/** Visits the searchable texts of a person, most telling first. */
export function visitPersonTexts(p: Person, visit: Visit): void {
  visit('name', p.name);
  visit('alternateName', p.alternateName);
  visit('title', p.title);
  visit('email', p.email);
  visit('phone', p.phone);
  for (const [field, k] of DOSSIER) visit(field, p.dossier[k]);
  for (const [field, k] of MOTIVES) visit(field, p.motives[k]);
  visit('dossier.notes', p.dossier.notes);
  for (const h of p.relationship.history) visit('relationship.history', h.why);
  for (const a of p.activities) {
    visit('activities.summary', a.summary);
  }
  // The plan for the person: whom they lean to and why, what "good" means to them, how to influence them.
  visit('plan', p.leaning.evidence);
  for (const c of p.criteria) visit('plan', c.good);
  for (const e of p.influencePlan) visit('plan', e.text);
  for (const i of p.itinerary) for (const text of [i.city, i.place, i.purpose, i.transport, i.source]) visit('itinerary', text);
}

/** Visits the searchable texts of an account itself (not its people). */
export function visitAccountTexts(a: Account, visit: Visit): void {
  visit('name', a.name);
  visit('alternateName', a.alternateName);
  visit('industry', a.industry);
  visit('territory', a.territory);
  visit('owner', a.owner);
  for (const d of a.departments) visit('departments', d.name);
  for (const c of a.competitors) for (const text of [c.name, c.products, c.repName, c.notes]) visit('competitors', text);
  for (const o of a.opportunities)
    for (const text of [o.name, o.problem, o.purchasePlan, o.timeline]) visit('opportunities', text);
  const b = a.background;
  for (const text of [
    b.structure,
    b.business,
    b.situation,
    b.usingDepartments,
    b.buyingDepartments,
    b.supportingDepartments,
    b.keyContacts,
    b.industryApplications,
    b.address,
  ]) {
    visit('background', text);
  }
  for (const i of b.installedBase) for (const text of [i.product, i.vendor, i.notes]) visit('background', text);
  for (const s of a.setAside) visit('setAside', s.reason);
  for (const action of a.actions) for (const text of [action.text, action.note]) visit('actions', text);
  for (const o of a.opportunities) {
    for (const c of o.criteria) for (const text of [c.text, c.ours.note, ...c.theirs.map((x) => x.note)]) visit('strategy', text);
    for (const theme of o.themes) visit('strategy', theme.text);
  }
  for (const r of a.reviews) for (const text of [r.notes.changed, r.notes.learned, r.notes.decided]) visit('reviews', text);
  const w = a.whitespace;
  for (const line of [...w.products, ...w.units]) visit('strategy', line.name);
  for (const cell of w.cells) visit('strategy', cell.note);
  // Issue 18: the client moves (客户动向) and the meetings' plans and debriefs.
  for (const m of a.clientMoves) for (const text of [m.what, m.source, m.meaning]) visit('clientMoves', text);
  for (const m of a.meetings) {
    for (const text of [m.objective, m.commitment, m.minimum, m.questions, m.bring]) visit('meetings', text);
    if (m.debrief) for (const text of [m.debrief.notes, m.debrief.learned, m.debrief.why]) visit('meetings', text);
  }
}

/** The group a hit on `field` belongs to; `name`/`alternateName` go by who owns them. */
export function groupOf(field: SearchField, ofPerson: boolean): SearchGroup {
  return FIELD_DEFS[field].group ?? (ofPerson ? 'people' : 'accounts');
}

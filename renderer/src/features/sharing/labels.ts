import i18next, { type TFunction } from 'i18next';
import {
  ACTIVITY_KIND_TERMS,
  ALIGNMENT_TERMS,
  ATTITUDE_TERMS,
  BUYING_ROLE_TERMS,
  CUSTOMER_TYPE_TERMS,
  LINK_KIND_TERMS,
  OPPORTUNITY_STATUS_TERMS,
  POTENTIAL_TERMS,
  STAGE_TERMS,
  ZONE_TERMS,
  type Term,
} from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { listItems } from '../../../../shared/i18n/lists';
import { dateParts, formatDate } from '../../../../shared/logic/date-text';

/** Fields whose values are vocabulary keys: shown by their label in the user's language. */
const TERMS_BY_FIELD: Record<string, Record<string, Term>> = {
  attitude: ATTITUDE_TERMS,
  roles: BUYING_ROLE_TERMS,
  customerType: CUSTOMER_TYPE_TERMS,
  stage: STAGE_TERMS,
  from: STAGE_TERMS,
  to: STAGE_TERMS,
  alignment: ALIGNMENT_TERMS,
  kind: { ...LINK_KIND_TERMS, ...ACTIVITY_KIND_TERMS },
  status: OPPORTUNITY_STATUS_TERMS,
  potential: POTENTIAL_TERMS,
  zoneOverride: ZONE_TERMS,
};

/** The plan's records (issue 17). */
const PLAN_COLLECTIONS = ['actions', 'criteria', 'theirs', 'themes', 'influencePlan', 'products', 'units', 'cells'];
/** Lists whose records are named by id in a merge path (the id itself is not a word). */
const COLLECTIONS = new Set(['people', 'links', 'itinerary', 'activities', 'opportunities', 'competitors', 'team', 'departments', 'installedBase', ...PLAN_COLLECTIONS]);

/** The name of an id on either side, if it has one (own entries only: ids may be "toString"). */
const nameOf = (names: Readonly<Record<string, string>>, id: string): string | undefined => (Object.hasOwn(names, id) ? names[id] : undefined);

/** The first of these keys that has a string, else the raw part. */
function word(t: TFunction, part: string, parent: string | undefined, collection?: string): string {
  const keys = [collection ? `sharing.fields.${collection}.${part}` : '', `sharing.paths.${part}`, parent === 'dossier' || parent === 'motives' || parent === 'relationship' ? `person.${parent}.${part}` : '', `person.fields.${part}`, `person.sections.${part}`, `account.fields.${part}`];
  const key = keys.find((k) => k && i18next.exists(k));
  return key ? String(t(key as 'sharing.yes')) : part;
}

/** A merge path in words: `people/p_1/dossier/food` is "Sun Jianhua · Dossier · Food". */
export function pathLabel(path: readonly string[], names: Readonly<Record<string, string>>, t: TFunction): string {
  const words: string[] = [];
  let collection: string | undefined; // the record a field belongs to: an action's "owner" is not the account's
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (COLLECTIONS.has(part) && i + 1 < path.length) {
      collection = part;
      const id = path[++i]!;
      words.push(part === 'people' ? (nameOf(names, id) ?? id) : `${t(`sharing.collections.${part}` as 'sharing.yes')} ${nameOf(names, id) ?? ''}`.trim());
      continue;
    }
    words.push(word(t, part, path[i - 1], collection));
  }
  return words.join(' · ');
}

const MAX_TEXT = 240;
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

/**
 * A value of either side as text: vocabulary keys by their label, ids by the person's name, empty
 * as a dash, objects by their filled fields. `field` is the last part of the value's path.
 */
export function valueText(v: unknown, names: Readonly<Record<string, string>>, t: TFunction, field?: string): string {
  if (v === undefined || v === null || v === '') return t('sharing.empty');
  if (typeof v === 'boolean') return v ? t('sharing.yes') : t('sharing.no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    const terms = field && Object.hasOwn(TERMS_BY_FIELD, field) ? TERMS_BY_FIELD[field] : undefined;
    const term = terms && Object.hasOwn(terms, v) ? terms[v] : undefined;
    if (!term && dateParts(v)) return formatDate(v, currentLanguage()); // dates as everywhere: 4 Dec 2026 / 2026年12月4日
    return clip(term ? term.label[currentLanguage()] : (nameOf(names, v) ?? v));
  }
  if (Array.isArray(v)) return v.length ? clip(listItems(v.map((x) => valueText(x, names, t, field)), currentLanguage())) : t('sharing.empty');
  if (typeof v === 'object') {
    const filled = Object.entries(v as Record<string, unknown>).filter(([k, x]) => k !== 'id' && x !== '' && x !== null && !(Array.isArray(x) && !x.length));
    return filled.length ? clip(filled.map(([k, x]) => `${word(t, k, field)}: ${valueText(x, names, t, k)}`).join('; ')) : t('sharing.empty');
  }
  return String(v);
}

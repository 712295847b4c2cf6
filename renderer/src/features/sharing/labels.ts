import i18next, { type TFunction } from 'i18next';

/** Lists whose records are named by id in a merge path (the id itself is not a word). */
const COLLECTIONS = new Set(['people', 'links', 'itinerary', 'activities', 'opportunities', 'competitors', 'team', 'departments', 'installedBase']);

/** The first of these keys that has a string, else the raw part. */
function word(t: TFunction, part: string, parent: string | undefined): string {
  const keys = [`sharing.paths.${part}`, parent === 'dossier' || parent === 'motives' || parent === 'relationship' ? `person.${parent}.${part}` : '', `person.fields.${part}`, `person.sections.${part}`, `account.fields.${part}`];
  const key = keys.find((k) => k && i18next.exists(k));
  return key ? String(t(key as 'sharing.yes')) : part;
}

/** A merge path in words: `people/p_1/dossier/food` is "Sun Jianhua · Dossier · Food". */
export function pathLabel(path: readonly string[], names: Readonly<Record<string, string>>, t: TFunction): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (COLLECTIONS.has(part) && i + 1 < path.length) {
      const id = path[++i]!;
      words.push(part === 'people' ? (names[id] ?? id) : `${t(`sharing.collections.${part}` as 'sharing.yes')} ${names[id] ?? ''}`.trim());
      continue;
    }
    words.push(word(t, part, path[i - 1]));
  }
  return words.join(' · ');
}

const MAX_TEXT = 240;
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

/** A value of either side as text: ids become names, empty is a dash, objects their filled fields. */
export function valueText(v: unknown, names: Readonly<Record<string, string>>, t: TFunction): string {
  if (v === undefined || v === null || v === '') return t('sharing.empty');
  if (typeof v === 'boolean') return v ? t('sharing.yes') : t('sharing.no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return clip(names[v] ?? v);
  if (Array.isArray(v)) return v.length ? clip(v.map((x) => valueText(x, names, t)).join(', ')) : t('sharing.empty');
  if (typeof v === 'object') {
    const filled = Object.entries(v as Record<string, unknown>).filter(([k, x]) => k !== 'id' && x !== '' && x !== null && !(Array.isArray(x) && !x.length));
    return filled.length ? clip(filled.map(([k, x]) => `${k}: ${valueText(x, names, t)}`).join('; ')) : t('sharing.empty');
  }
  return String(v);
}

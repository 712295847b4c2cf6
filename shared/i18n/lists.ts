import type { Language } from '../taxonomy/keys';

/**
 * Lists as each language writes them (Intl.ListFormat), never joined by hand: English "A, B,
 * and C", Chinese "A、B和C". `names` for people in a sentence, `items` for a run of labels
 * ("Decision maker, Expert" / "决策人、专家").
 */
export const listNames = (names: readonly string[], lang: Language): string => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);

export const listItems = (items: readonly string[], lang: Language): string => new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' }).format(items);

/**
 * At most `max` names, the rest counted by `others(n)`: "Sun Jianhua, Li Hong, and 3 others".
 */
export function listSome(names: readonly string[], lang: Language, others: (count: number) => string, max = 3): string {
  return names.length <= max ? listNames(names, lang) : listNames([...names.slice(0, max), others(names.length - max)], lang);
}

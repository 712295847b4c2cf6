// The notebook's cities as people type them: 北京, Beijing, beijing, bj all name one city. A city is
// known by its own text, by the other language's name from the table (shared/taxonomy/cities.ts),
// and, written in Chinese, by its pinyin and initials (as search finds names, shared/logic/search).
import { CITIES, type CityNames } from '../../taxonomy/cities';
import type { Language } from '../../taxonomy/keys';
import { hasHan } from '../search/fold';
import { pinyinForms } from '../search/pinyin';

/** A name as written, without outer spaces or the 市 ("city") that often ends it in full. */
const bare = (s: string): string => {
  const t = s.normalize('NFKC').trim();
  return t.length > 1 && t.endsWith('市') ? t.slice(0, -1) : t;
};
/** Latin text for comparison: any case, accents, spaces, apostrophes and dashes left out ("Xi'an" = "xian"). */
const latin = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’`\-.·_]/g, '');

const BY_ZH = new Map(CITIES.map((c) => [c.zh, c]));
const BY_LATIN = new Map<string, CityNames>();
for (const c of CITIES) for (const name of [c.en, ...(c.also ?? [])]) BY_LATIN.set(latin(name), c);

/** What a city is known by. */
interface CityForms {
  /** The table's row, when the city is in it. */
  row: CityNames | null;
  /** Names in Chinese (its own, the table's). */
  han: string[];
  /** Names in Latin letters, compared as `latin` writes them: English names and full pinyin. */
  words: string[];
  /** The initials of its Chinese names ("bj"). */
  initials: string[];
}

const formsCache = new Map<string, CityForms>();

function formsOf(city: string): CityForms {
  const key = bare(city);
  const cached = formsCache.get(key);
  if (cached) return cached;
  const row = BY_ZH.get(key) ?? BY_LATIN.get(latin(key)) ?? null;
  const han = new Set<string>();
  const words = new Set<string>();
  const initials = new Set<string>();
  const add = (name: string) => {
    if (!name) return;
    if (!hasHan(name)) return void words.add(latin(name));
    han.add(name);
    const py = pinyinForms(name);
    if (py) {
      words.add(latin(py.full));
      initials.add(latin(py.initials));
    }
  };
  add(key);
  if (row) for (const name of [row.zh, row.en, ...(row.also ?? [])]) add(name);
  const forms = { row, han: [...han], words: [...words].filter(Boolean), initials: [...initials].filter(Boolean) };
  if (formsCache.size > 5000) formsCache.clear(); // trips name a few hundred cities; keep it bounded
  formsCache.set(key, forms);
  return forms;
}

/**
 * Whether a trip's city matches what the user typed, as a filter does while typing: any part of
 * a name in either language, of its pinyin, or the start of its initials. "北", "bei", "Beijing",
 * "BJ" and "北京市" all find a trip to 北京, and 北京 finds one written "Beijing". An empty needle
 * matches every trip.
 */
export function cityMatches(city: string, needle: string): boolean {
  const n = bare(needle);
  if (!n) return true;
  const forms = formsOf(city);
  if (hasHan(n)) return forms.han.some((h) => h.includes(n)) || bare(city).includes(n);
  const typed = latin(n);
  if (!typed) return bare(city).toLowerCase().includes(n.toLowerCase());
  return forms.words.some((w) => w.includes(typed)) || forms.initials.some((i) => i.startsWith(typed));
}

/**
 * The city a needle names whole, as the UI's language writes it, or null when it names none or
 * more than one: "beijing", "Beijing", "北京" and "北京市" name 北京; "北" or "bei" name none yet
 * (a city half typed is no city to ask about). Initials ("bj") name a city only among `known`
 * (the cities of the trips at hand), where they are not ambiguous with one unheard of.
 * `known` cities outside the table are named whole by their own text or pinyin too.
 */
export function cityNamed(needle: string, known: readonly string[], language: Language): string | null {
  const n = bare(needle);
  if (!n) return null;
  const typed = hasHan(n) ? null : latin(n);
  const found = new Map<string, string>();
  const consider = (city: string, byInitials: boolean) => {
    const forms = formsOf(city);
    const whole = typed === null ? forms.han.includes(n) || bare(city) === n : forms.words.includes(typed) || (byInitials && forms.initials.includes(typed));
    if (!whole) return;
    const id = forms.row ? forms.row.zh : bare(city);
    found.set(id, displayName(city, forms, language));
  };
  for (const row of CITIES) consider(row.zh, false);
  for (const city of known) consider(city, true);
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** A city's name in the UI's language: the table's, else its own (a Chinese name in English as its pinyin). */
function displayName(city: string, forms: CityForms, language: Language): string {
  if (forms.row) return language === 'zh-CN' ? forms.row.zh : forms.row.en;
  const own = bare(city);
  if (language === 'en' && hasHan(own)) {
    const py = pinyinForms(own)?.full.replace(/ /g, '');
    if (py) return py[0]!.toUpperCase() + py.slice(1);
  }
  return own;
}

/**
 * Text folding for search. The folded text has exactly the length of the original, so an offset
 * found in folded text is the same offset in the original (snippets and highlights rely on it).
 */

// Characters that `toLowerCase` alone leaves unmatched. U+0001 is kept: it separates documents
// in a search corpus, folded whole (user text never holds it: the index replaces it first).
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_CHAR_FOLD = /[\u0000\u0002-\u001f\u00c0-\u024f\u1e00-\u1eff\u3000\uff01-\uff5e]/;
const COMBINING = /^[\u0300-\u036f]+$/;
const charCache = new Map<string, string>();

function foldChar(c: string): string {
  const cached = charCache.get(c);
  if (cached !== undefined) return cached;
  let out = c;
  const code = c.charCodeAt(0);
  if ((code < 0x20 && code !== 1) || code === 0x3000) out = ' ';
  else {
    // Full-width ASCII (typed with a Chinese IME) is the same letter as half-width.
    const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
    const lower = half.toLowerCase();
    if (lower.length === 1) {
      // é → e, ü → u: the base letter when the rest is only accents.
      const decomposed = lower.normalize('NFD');
      out = decomposed.length > 1 && COMBINING.test(decomposed.slice(1)) ? decomposed[0]! : lower;
    }
  }
  charCache.set(c, out);
  return out;
}

const NEEDS_CHAR_FOLD_ALL = new RegExp(NEEDS_CHAR_FOLD.source, 'g');

/** Lower case, accents and full-width forms folded, line breaks as spaces; same length as `text`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Each replaced character becomes one character, so the length stays.
  if (lower.length === text.length) return NEEDS_CHAR_FOLD.test(lower) ? lower.replace(NEEDS_CHAR_FOLD_ALL, foldChar) : lower;
  // A few characters lower to two (İ → i̇): fold one by one, keeping such a character as it is.
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldChar(text[i]!);
  return out.join('');
}

/** The longest query searched (longer input is cut, as the contract refuses more than this). */
export const MAX_QUERY_LENGTH = 200;

/** A query as it is searched: folded, control characters and runs of spaces made single spaces, trimmed. */
export function normalizeQuery(raw: string): string {
  // U+0001 is the corpus separator: never in a query.
  return fold(raw.slice(0, MAX_QUERY_LENGTH)).replaceAll('\u0001', ' ').replace(/\s+/g, ' ').trim();
}

/** The query as pinyin is searched ("Zhang Zhu-ren" → "zhangzhuren"), or null when it is not pinyin-like. */
export function pinyinQuery(query: string): string | null {
  if (!/^[a-z][a-z' -]*$/.test(query)) return null;
  return query.replace(/[' -]/g, '');
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** True when the text has a Chinese character. */
export const hasHan = (text: string) => HAN.test(text);

const BOUNDARY = /[\s\p{P}\p{S}]/u;
/** Per UTF-16 unit: 1 a word boundary, 2 not, 0 not known yet. */
const boundaryTable = new Uint8Array(65536);
/** True when the character with this code (the one before a match) ends a word: a space, punctuation or a symbol. */
export function isBoundaryCode(code: number): boolean {
  let known = boundaryTable[code]!;
  if (!known) boundaryTable[code] = known = BOUNDARY.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

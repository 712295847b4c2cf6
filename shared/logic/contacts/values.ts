/**
 * What a cell means beyond its text: a manager that says "nobody", name parts joined the way the
 * language writes them, line breaks as the app keeps them.
 */

/** Manager cells that mean "no manager" (exports write NULL, 0, a dash or a word for an empty lookup). */
const NO_MANAGER = new Set([
  'null',
  'nil',
  'none',
  '(none)',
  'n/a',
  'na',
  '#n/a',
  '0',
  '-',
  '--',
  '—',
  '–',
  '/',
  '无',
  '空',
  '没有',
  '暂无',
  '无上级',
]);

/** True when a manager cell names nobody: blank, or one of the words exports use for an empty lookup. */
export const isNoManager = (cell: string): boolean => cell === '' || NO_MANAGER.has(cell.normalize('NFKC').trim().toLowerCase());

/** Han, kana and Hangul: scripts whose names are written family name first, without a space. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
export const hasCjk = (s: string): boolean => CJK.test(s);
const ALL_CJK = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af·・\s]+$/;

/** Headers of the family-name part (Last Name, Surname, 姓, 姓氏…), compared lower-case without spaces. */
const FAMILY_HEADERS = new Set([
  'lastname',
  'familyname',
  'surname',
  'lname',
  'last',
  '姓',
  '姓氏',
  'surnameyomi',
  '姓(片假名)',
  '姓（片假名）',
]);
export const isFamilyHeader = (header: string): boolean =>
  FAMILY_HEADERS.has(
    header
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s_\-.:]/g, ''),
  );

/**
 * A name from its parts, each with the header of its column. Chinese, Japanese and Korean parts
 * are joined without spaces with the family name first (王 + 建国 → 王建国, whether the columns
 * are 姓, 名 or First, Last); other names with spaces and the family name last (Given Middle
 * Family), so one mapping serves a sheet that mixes both.
 */
export function joinName(parts: readonly { value: string; header: string }[]): string {
  const filled = parts.filter((p) => p.value !== '');
  if (filled.length <= 1) return filled[0]?.value ?? '';
  const family = filled.filter((p) => isFamilyHeader(p.header));
  const rest = filled.filter((p) => !isFamilyHeader(p.header));
  if (filled.every((p) => ALL_CJK.test(p.value))) return [...family, ...rest].map((p) => p.value.replace(/\s+/g, '')).join('');
  return [...rest, ...family].map((p) => p.value).join(' ');
}

/** Values of other fields, joined with a space (a department from Department + Sub-department). */
export const joinValues = (values: readonly string[]): string => values.filter(Boolean).join(' ');

/**
 * A name as it should be kept: spaces between Chinese characters dropped ("王\u3000伟", padded to
 * line up two- and three-character names, is 王伟), runs of spaces made one.
 */
export const cleanName = (name: string): string =>
  name
    .replace(/([\u3400-\u9fff\uf900-\ufaff])[\s\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])/g, '$1')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();

/** A cell's text with line breaks as one "\n" (Outlook 2003 writes "\r\r\n" and lone "\r"), trimmed. */
export const cleanText = (text: string): string => (text.includes('\r') ? text.replace(/\r+\n?/g, '\n') : text).trim();

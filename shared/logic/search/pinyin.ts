import { pinyin } from 'pinyin-pro';
import { hasHan } from './fold';

const HAN_CHAR = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/;

/**
 * Pinyin forms of a text for search: each run of Chinese characters as toneless pinyin and as
 * initials, runs separated by a space. "信息科技部 主任（张主任）" gives
 * full "xinxikejibu zhuren zhangzhuren" and initials "xxkjb zr zzr". ü is written v (as typed
 * with an IME: 吕 → "lv"). Names read their first character as a surname (单 → shan, 曾 → zeng).
 * pinyin-pro works from its bundled dictionary: offline, in Node and in the browser alike.
 */
export interface PinyinForms {
  full: string;
  initials: string;
}

interface Syllable {
  /** Offset of the character in the original text (UTF-16). */
  at: number;
  length: number;
  pinyin: string;
}

/** The Chinese runs of a text, each a list of syllables with their offsets. */
function runsOf(text: string, asName: boolean): Syllable[][] {
  // One element per code point: the pinyin of a Chinese character, any other character as it is
  // ('array' is many times faster than pinyin-pro's 'all' form).
  const chars = Array.from(text);
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, surname: asName ? 'head' : 'off' });
  const aligned = syllables.length === chars.length;
  const runs: Syllable[][] = [];
  let run: Syllable[] = [];
  let at = 0;
  chars.forEach((c, i) => {
    const py = aligned ? syllables[i]! : pinyin(c, { toneType: 'none', v: true });
    if (py !== c && HAN_CHAR.test(c) && /^[a-zA-Zü]+$/.test(py)) run.push({ at, length: c.length, pinyin: py.toLowerCase() });
    else if (run.length) {
      runs.push(run);
      run = [];
    }
    at += c.length;
  });
  if (run.length) runs.push(run);
  return runs;
}

/** Full pinyin and initials of the Chinese in `text`, or null when it has none. */
export function pinyinForms(text: string, asName = false): PinyinForms | null {
  if (!hasHan(text)) return null;
  const runs = runsOf(text, asName);
  if (!runs.length) return null;
  return {
    full: runs.map((r) => r.map((s) => s.pinyin).join('')).join(' '),
    initials: runs.map((r) => r.map((s) => s.pinyin[0]).join('')).join(' '),
  };
}

/**
 * Where `query` (pinyin, no spaces) matches in the pinyin of `text`, as an offset range of the
 * original characters, e.g. "zzr" in "主任（张主任）" → the range of 张主任. The first match wins;
 * null when none.
 */
export function pinyinRange(text: string, query: string, form: 'full' | 'initials', asName = false): [number, number] | null {
  for (const run of runsOf(text, asName)) {
    // Each syllable's span in the run's pinyin string, then the syllables the match overlaps.
    let joined = '';
    const spans: [number, number][] = [];
    for (const s of run) {
      const piece = form === 'full' ? s.pinyin : s.pinyin[0]!;
      spans.push([joined.length, joined.length + piece.length]);
      joined += piece;
    }
    const pos = joined.indexOf(query);
    if (pos < 0) continue;
    const end = pos + query.length;
    const first = spans.findIndex(([, e]) => e > pos);
    let last = first;
    while (last + 1 < spans.length && spans[last + 1]![0] < end) last++;
    const a = run[first]!;
    const b = run[last]!;
    return [a.at, b.at + b.length];
  }
  return null;
}

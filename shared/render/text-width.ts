// Text widths without a DOM, for labels laid out in pure code (department frames on the canvas and
// in the SVG drawing). Measured in Chromium from the bundled fonts: Inter 600 for Latin, Noto Sans SC
// for Chinese (one em a character).

/** Advance widths of ASCII 32–126 in Inter 600, in hundredths of an em. */
const ASCII =
  '25 32 52 64 65 100 66 33 37 37 54 67 32 47 32 38 66 42 62 64 67 61 64 58 64 64 32 33 67 67 67 54 100 73 66 74 72 61 59 75 75 28 58 70 57 92 76 77 65 77 65 65 66 74 73 102 72 71 65 37 38 37 48 47 35 57 62 58 62 59 39 63 61 26 26 57 26 90 61 61 62 62 40 55 35 61 59 84 57 59 57 45 36 45 67'
    .split(' ')
    .map(Number);

/** A little wider than measured, so a label laid out here never runs past its box in the real font. */
const SAFETY = 1.04;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of one character, in em. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII[code - 32]! / 100;
  if (WIDE.test(ch)) return 1;
  if (ch === '·') return 0.32;
  return 0.66;
}

/** The width of `text` at `fontSize` px (Inter 600 / Noto Sans SC). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * SAFETY;
}

/**
 * `text` broken into lines no wider than `width`: between words, and between any two Chinese
 * characters; a word longer than a line is broken where it must. Nothing is cut.
 * e.g. wrapText('Materials and Procurement Department', 150, 12) → ['Materials and', 'Procurement', 'Department']
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  // Tokens: a Chinese character alone, or a run of anything else up to and with its spaces.
  const tokens: string[] = [];
  let word = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (word) tokens.push(word);
      tokens.push(ch);
      word = '';
    } else if (/\s/.test(ch)) word += ch;
    else {
      if (/\s$/.test(word)) {
        tokens.push(word);
        word = '';
      }
      word += ch;
    }
  }
  if (word) tokens.push(word);
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (textWidth((line + token).trimEnd(), fontSize) <= width) {
      line += token;
      continue;
    }
    push();
    if (textWidth(token.trimEnd(), fontSize) <= width) {
      line = token.trimStart();
      continue;
    }
    // Longer than a line on its own: character by character.
    for (const ch of token) {
      if (line && textWidth((line + ch).trimEnd(), fontSize) > width) push();
      line += ch;
    }
  }
  push();
  return lines;
}

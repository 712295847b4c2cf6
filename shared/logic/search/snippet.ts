import type { Snippet } from '../../ipc/search';

/** Room for a snippet, in columns: a Chinese (wide) character takes two. */
export const SNIPPET_COLUMNS = 96;
/** Columns kept before the match when a long text is cut. */
const LEAD = 30;

const columns = (code: number) =>
  (code >= 0x2e80 && code < 0xd800) || (code >= 0xf900 && code < 0xfb00) || (code >= 0xff00 && code < 0xff61) ? 2 : 1;
const isLow = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/**
 * The part of `text` around the match [start, end), with the match marked: short texts whole,
 * long ones cut to about SNIPPET_COLUMNS with "…" where cut (at a space when one is near), the
 * match in view. Line breaks become spaces. `whole` keeps the text uncut (names and titles).
 */
export function snippetOf(text: string, start: number, end: number, whole = false): Snippet {
  const flat = text.replace(/[\r\n\t]/g, ' ');
  const marks: [number, number][] = start < end ? [[start, end]] : [];
  let total = 0;
  for (let i = 0; i < flat.length && total <= SNIPPET_COLUMNS; i++) total += columns(flat.charCodeAt(i));
  if (whole || total <= SNIPPET_COLUMNS) return { text: flat, marks };

  let from = start;
  let used = 0;
  while (from > 0 && used < LEAD) used += columns(flat.charCodeAt(--from));
  let to = start;
  for (; to < flat.length && (used < SNIPPET_COLUMNS || to < end); to++) used += columns(flat.charCodeAt(to));
  // A match near the end: use the room left for more text before it.
  while (from > 0 && used < SNIPPET_COLUMNS) used += columns(flat.charCodeAt(--from));
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    if (space >= 0 && space < start && space - from < 12) from = space + 1;
    if (isLow(flat, from)) from--;
  }
  if (to < flat.length && isLow(flat, to)) to++;
  const head = from > 0 ? '…' : '';
  const tail = to < flat.length ? '…' : '';
  const shift = head.length - from;
  return {
    text: head + flat.slice(from, to) + tail,
    marks: marks.map(([a, b]) => [a + shift, Math.min(b, to) + shift]),
  };
}

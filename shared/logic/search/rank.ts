// Ranking. A hit's score, lower first: kind * 32 + field weight * 3 + via rank, where the kind
// is 0 exact (the whole text), 1 prefix, 2 word start, 3 anywhere inside.
import { FIELD_DEFS, SEARCH_FIELDS } from './fields';
import type { Corpus, Part } from './corpus';

export const FIELD_WEIGHT = Uint8Array.from(SEARCH_FIELDS, (f) => FIELD_DEFS[f].weight);
/** Full pinyin ranks with the text itself (张国栋 by "zhang" ties with "Zhang Guodong"; the shorter wins), initials just after. */
export const VIA_RANK = Uint8Array.of(0, 0, 1);
/** Scores are kind * 32 + weight * 3 + via rank: below this. */
export const SCORES = 4 * 32;
/** The kind of match a score stands for: 0 exact, 1 prefix, 2 word start, 3 inside. */
export const matchKind = (score: number): number => score >> 5;

/**
 * What one group found in one query: per owner (a slot: the owner's place across all accounts)
 * the best score, the corpus and document it came from and where in it. Typed arrays reused
 * from query to query, with a generation stamp instead of clearing them.
 */
export class Found {
  stamp = new Int32Array(0);
  score = new Int32Array(0);
  corpus = new Int32Array(0);
  doc = new Int32Array(0);
  at = new Int32Array(0);
  /** The slots touched by this query, in the order found: `touched[0..count)`. */
  touched = new Int32Array(0);
  count = 0;
  capped = false;
  reset(slots: number): void {
    if (this.stamp.length < slots) {
      const size = Math.max(slots, this.stamp.length * 2);
      this.stamp = new Int32Array(size);
      this.score = new Int32Array(size);
      this.corpus = new Int32Array(size);
      this.doc = new Int32Array(size);
      this.at = new Int32Array(size);
      this.touched = new Int32Array(size);
    }
    this.count = 0;
    this.capped = false;
  }
}

/** The best `limit` slots: by score, then shorter text, then account name and owner order. */
export function topOf(f: Found, corpora: Corpus[], corpusPart: Part[], limit: number): number[] {
  // Scores take few values: count them, keep only the slots whose score reaches the top, and
  // order only those (a one-letter query touches tens of thousands of people).
  const counts = new Int32Array(SCORES);
  for (let i = 0; i < f.count; i++) counts[f.score[f.touched[i]!]!]!++;
  let cutoff = 0;
  for (let seen = 0; cutoff < SCORES - 1 && (seen += counts[cutoff]!) < limit;) cutoff++;
  const length = (slot: number) => corpora[f.corpus[slot]!]!.raw[f.doc[slot]!]!.length;
  const name = (slot: number) => corpusPart[f.corpus[slot]!]!.accountName;
  const order = (a: number, b: number) =>
    f.score[a]! - f.score[b]! || length(a) - length(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0) || a - b;
  // The best `limit` of the slots at or above the cutoff, kept in order as they come.
  const best: number[] = [];
  for (let i = 0; i < f.count; i++) {
    const slot = f.touched[i]!;
    if (f.score[slot]! > cutoff) continue;
    if (best.length === limit && order(slot, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(slot, best[at - 1]!) < 0) at--;
    best.splice(at, 0, slot);
    if (best.length > limit) best.pop();
  }
  return best;
}

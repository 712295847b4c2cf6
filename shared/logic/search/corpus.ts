// One account's searchable texts, laid out for fast scanning.
import type { SearchGroup } from './fields';
import { fold } from './fold';

/** Separates documents in a corpus; folded text never holds it (control characters fold to spaces). */
export const SEP = '\u0001';
/** How a document holds a text: the text itself, its full pinyin, its pinyin initials. */
export type Via = 0 | 1 | 2;

/** Who a document is about: the account itself (`id` null) or one of its people. */
export interface Owner {
  id: string | null;
  name: string;
  title: string;
  /** A former person (issue 18): left their post, kept with their dossier off the chart. */
  former?: boolean;
}

/**
 * The documents of one group of one account, concatenated: `SEP doc0 SEP doc1 …`, folded, so one
 * `indexOf` runs over all of them (V8 searches one long string much faster than many short ones).
 * Pinyin documents sit in their own corpus: they are searched with the query's pinyin form.
 */
export interface Corpus {
  group: SearchGroup;
  pinyin: boolean;
  text: string;
  /** Offset in `text` of each document's first character. */
  starts: Int32Array;
  owners: Int32Array;
  fields: Uint8Array;
  vias: Uint8Array;
  /** The first document of the next owner (documents of one owner are contiguous). */
  nextOwner: Int32Array;
  /** The original text of each document, for snippets. */
  raw: string[];
}

export interface Part {
  accountId: string;
  accountName: string;
  owners: Owner[];
  corpora: Corpus[];
}

export class CorpusBuilder {
  private pieces: string[] = [];
  private length = 0;
  private starts: number[] = [];
  private owners: number[] = [];
  private fields: number[] = [];
  private vias: number[] = [];
  private raw: string[] = [];
  constructor(
    readonly group: SearchGroup,
    readonly pinyin: boolean,
  ) {}
  /** Adds a document: `searched` is what is searched (the text, or its pinyin), `raw` what is shown. */
  add(owner: number, field: number, via: Via, searched: string, raw: string): void {
    this.pieces.push(SEP, searched.includes(SEP) ? searched.replaceAll(SEP, ' ') : searched);
    this.starts.push(this.length + 1);
    this.length += searched.length + 1;
    this.owners.push(owner);
    this.fields.push(field);
    this.vias.push(via);
    this.raw.push(raw);
  }
  get empty(): boolean {
    return this.starts.length === 0;
  }
  build(): Corpus {
    const n = this.starts.length;
    const nextOwner = new Int32Array(n);
    for (let i = n - 1; i >= 0; i--)
      nextOwner[i] = i + 1 < n && this.owners[i + 1] === this.owners[i] ? nextOwner[i + 1]! : i + 1;
    return {
      group: this.group,
      pinyin: this.pinyin,
      // Folded once, whole: folding keeps every length, so the offsets hold.
      text: fold(this.pieces.join('') + SEP),
      starts: Int32Array.from(this.starts),
      owners: Int32Array.from(this.owners),
      fields: Uint8Array.from(this.fields),
      vias: Uint8Array.from(this.vias),
      nextOwner,
      raw: this.raw,
    };
  }
}

/** Index of the last start <= pos, searching from `from` on (matches come in order). */
export function docAt(starts: Int32Array, pos: number, from: number): number {
  let lo = from;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

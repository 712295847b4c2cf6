import type { SearchGroupResult, SearchHit, SearchResults } from '../../ipc/search';
import type { Account } from '../../model/account';
import {
  FIELD_DEFS,
  groupOf,
  SEARCH_FIELDS,
  SEARCH_GROUPS,
  visitAccountTexts,
  visitPersonTexts,
  type SearchField,
  type SearchGroup,
} from './fields';
import { CorpusBuilder, docAt, SEP, type Corpus, type Owner, type Part, type Via } from './corpus';
import { isBoundaryCode, normalizeQuery, pinyinQuery } from './fold';
import { pinyinForms, pinyinRange, type PinyinForms } from './pinyin';
import { FIELD_WEIGHT, Found, matchKind, topOf, VIA_RANK } from './rank';
import { snippetOf } from './snippet';

export { SEARCH_FIELDS, SEARCH_GROUPS, type SearchField, type SearchGroup } from './fields';
export { fold, normalizeQuery, pinyinQuery } from './fold';
export { pinyinForms } from './pinyin';

const VIAS = ['text', 'pinyin', 'initials'] as const;
const SEP_CODE = SEP.charCodeAt(0);
const BLANK = /^\s*$/;
/** Groups whose documents are long prose: one hit per person is enough, and a scan may stop early. */
const PROSE: ReadonlySet<SearchGroup> = new Set(['dossier', 'motives', 'notes', 'activities']);
/** A prose group stops counting past this many people (a one-letter query matches nearly all). */
export const PROSE_CAP = 2000;
const FIELD_CODE = new Map(SEARCH_FIELDS.map((f, i) => [f, i]));
const GROUP_NO = new Map(SEARCH_GROUPS.map((g, i) => [g, i]));
/** The group number of each field's hits, on a person and on an account. */
const PERSON_GROUP = SEARCH_FIELDS.map((f) => GROUP_NO.get(groupOf(f, true))!);
const ACCOUNT_GROUP = SEARCH_FIELDS.map((f) => GROUP_NO.get(groupOf(f, false))!);

export interface SearchOptions {
  /** Hits per group (default 8). */
  limit?: number;
}

/**
 * A search index over a workspace's accounts: people, accounts, dossiers, motives, notes and
 * activities. Chinese is found by any substring (one character too) and names and titles by
 * their pinyin, full or initials; Latin text case- and accent-insensitively. Built from accounts
 * in memory; `setAccount` and `removeAccount` refresh one account's part only.
 *
 * @example
 * const index = buildSearchIndex(accounts);
 * index.search('zzr').groups[0].hits[0].person?.name; // '张国栋' (title 信息科技部 主任（张主任）)
 */
export class SearchIndex {
  private readonly parts = new Map<string, Part>();
  private readonly pinyinCache = new Map<string, PinyinForms | null>();

  get accountCount(): number {
    return this.parts.size;
  }

  has(accountId: string): boolean {
    return this.parts.has(accountId);
  }

  /** Adds an account, or replaces what the index holds of it. */
  setAccount(account: Account): void {
    this.parts.set(account.id, this.partOf(account));
    this.layout = null;
  }

  removeAccount(accountId: string): void {
    this.parts.delete(accountId);
    this.layout = null;
  }

  /** Every corpus numbered and every owner given a slot: made again only when an account changes. */
  private layout: { corpora: Corpus[]; corpusPart: Part[]; corpusBase: number[]; slots: number } | null = null;
  private layoutOf() {
    const corpora: Corpus[] = [];
    const corpusPart: Part[] = [];
    const corpusBase: number[] = [];
    let slots = 0;
    for (const part of this.parts.values()) {
      for (const c of part.corpora) {
        corpora.push(c);
        corpusPart.push(part);
        corpusBase.push(slots);
      }
      slots += part.owners.length;
    }
    return { corpora, corpusPart, corpusBase, slots };
  }

  private forms(text: string, asName: boolean): PinyinForms | null {
    const key = (asName ? 'n' : 't') + text;
    let forms = this.pinyinCache.get(key);
    if (forms === undefined) {
      if (this.pinyinCache.size > 200_000) this.pinyinCache.clear(); // names and titles repeat; keep it bounded
      forms = pinyinForms(text, asName);
      this.pinyinCache.set(key, forms);
    }
    return forms;
  }

  private partOf(account: Account): Part {
    // One builder per group, and one more for the pinyin of the groups that name people.
    const builders: (CorpusBuilder | undefined)[] = [];
    const builder = (group: number, pinyin: boolean) =>
      (builders[group * 2 + (pinyin ? 1 : 0)] ??= new CorpusBuilder(SEARCH_GROUPS[group]!, pinyin));
    const owners: Owner[] = [{ id: null, name: account.name, title: '' }];
    let owner = 0;
    const visit = (field: SearchField, text: string) => {
      if (!text || (text.charCodeAt(0) <= 32 && BLANK.test(text))) return;
      const code = FIELD_CODE.get(field)!;
      const group = owner > 0 ? PERSON_GROUP[code]! : ACCOUNT_GROUP[code]!;
      builder(group, false).add(owner, code, 0, text, text);
      if (!FIELD_DEFS[field].names) return;
      const forms = this.forms(text, field !== 'title');
      if (!forms) return;
      const pinyin = builder(group, true);
      pinyin.add(owner, code, 1, forms.full, text);
      pinyin.add(owner, code, 2, forms.initials, text);
    };
    visitAccountTexts(account, visit);
    for (const person of account.people) {
      owners.push({ id: person.id, name: person.name, title: person.title });
      owner = owners.length - 1;
      visitPersonTexts(person, visit);
    }
    // People who left a post stay findable, shown as former.
    for (const person of account.formerPeople) {
      owners.push({ id: person.id, name: person.name, title: person.title, former: true });
      owner = owners.length - 1;
      visitPersonTexts(person, visit);
    }
    const corpora = builders.filter((b): b is CorpusBuilder => !!b && !b.empty).map((b) => b.build());
    return { accountId: account.id, accountName: account.name, owners, corpora };
  }

  private generation = 0;
  private readonly found = new Map<SearchGroup, Found>(SEARCH_GROUPS.map((g) => [g, new Found()]));

  /** Ranked hits per group for a query; an empty query finds nothing. */
  search(rawQuery: string, options: SearchOptions = {}): SearchResults {
    const limit = Math.max(1, Math.floor(options.limit ?? 8));
    const query = normalizeQuery(rawQuery);
    if (!query) return { query: rawQuery, groups: [] };
    const pinyin = pinyinQuery(query);

    const { corpora, corpusPart, corpusBase, slots } = (this.layout ??= this.layoutOf());
    const gen = ++this.generation;
    for (const f of this.found.values()) f.reset(slots);

    for (let ci = 0; ci < corpora.length; ci++) {
      const corpus = corpora[ci]!;
      const needle = corpus.pinyin ? pinyin : query;
      if (!needle) continue;
      const f = this.found.get(corpus.group)!;
      if (f.capped) continue;
      const prose = PROSE.has(corpus.group);
      const { text, starts, owners, fields, vias, raw } = corpus;
      const base = corpusBase[ci]!;
      let doc = 0;
      let pos = text.indexOf(needle);
      while (pos >= 0) {
        // Dense hits fall in this document or the next: look there before searching.
        if (doc + 1 < starts.length && starts[doc + 1]! <= pos) {
          doc = doc + 2 < starts.length && starts[doc + 2]! <= pos ? docAt(starts, pos, doc + 2) : doc + 1;
        }
        const start = starts[doc]!;
        const at = pos - start;
        const kind =
          at === 0
            ? text.charCodeAt(pos + needle.length) === SEP_CODE
              ? 0
              : 1
            : isBoundaryCode(text.charCodeAt(pos - 1))
              ? 2
              : 3;
        const score = kind * 32 + FIELD_WEIGHT[fields[doc]!]! * 3 + VIA_RANK[vias[doc]!]!;
        const slot = base + owners[doc]!;
        const fresh = f.stamp[slot] !== gen;
        if (
          fresh ||
          score < f.score[slot]! ||
          (score === f.score[slot]! && raw[doc]!.length < corpora[f.corpus[slot]!]!.raw[f.doc[slot]!]!.length)
        ) {
          if (fresh) {
            f.stamp[slot] = gen;
            f.touched[f.count++] = slot;
          }
          f.score[slot] = score;
          f.corpus[slot] = ci;
          f.doc[slot] = doc;
          f.at[slot] = at;
        }
        let next = doc + 1;
        if (prose) {
          // One hit per person in prose: go on with the next person.
          next = corpus.nextOwner[doc]!;
          if (fresh && f.count >= PROSE_CAP) {
            f.capped = true;
            break;
          }
        }
        if (next >= starts.length) break;
        pos = text.indexOf(needle, starts[next]!);
      }
    }

    const ranked: { result: SearchGroupResult; standing: number; order: number }[] = [];
    for (const [order, group] of SEARCH_GROUPS.entries()) {
      const f = this.found.get(group)!;
      if (!f.count) continue;
      const top = topOf(f, corpora, corpusPart, limit);
      const hits = top.map((slot) => {
        const corpus = corpora[f.corpus[slot]!]!;
        return hitOf(corpusPart[f.corpus[slot]!]!, corpus, f.doc[slot]!, f.at[slot]!, query, pinyin);
      });
      const best = top[0]!;
      const standing = groupStanding(f.score[best]!, corpora[f.corpus[best]!]!.fields[f.doc[best]!]!);
      ranked.push({ result: { group, hits, total: f.count, capped: f.capped }, standing, order });
    }
    // The group whose best hit matches best comes first, so Enter opens it: 赵东明 for "zhao"
    // before an account whose name holds 招 inside longer text. Ties keep the usual order.
    ranked.sort((a, b) => a.standing - b.standing || a.order - b.order);
    return { query: rawQuery, groups: ranked.map((r) => r.result) };
  }
}

/** Standing by kind of match (exact, prefix, word start, inside) for a name and for other text. */
const NAME_STANDING = [0, 1, 2, 6];
const TEXT_STANDING = [3, 4, 5, 7];

/**
 * How well a group's best hit matches, comparable across groups (lower first). A name (a person's
 * or an account's name, other name or title) matched whole, at its start or at a word's start
 * comes before any other text; then other text matched whole, at its start or a word's start;
 * then matches inside a word, names first. Within a group, names already rank first.
 */
function groupStanding(score: number, field: number): number {
  return (FIELD_DEFS[SEARCH_FIELDS[field]!].names ? NAME_STANDING : TEXT_STANDING)[matchKind(score)]!;
}

function hitOf(part: Part, corpus: Corpus, doc: number, at: number, query: string, pinyin: string | null): SearchHit {
  const field = SEARCH_FIELDS[corpus.fields[doc]!]!;
  const via = corpus.vias[doc]! as Via;
  const raw = corpus.raw[doc]!;
  const owner = part.owners[corpus.owners[doc]!]!;
  const range =
    via === 0
      ? ([at, at + query.length] as const)
      : pinyinRange(raw, pinyin ?? '', via === 1 ? 'full' : 'initials', field !== 'title');
  const whole = FIELD_DEFS[field].names;
  return {
    accountId: part.accountId,
    accountName: part.accountName,
    person: owner.id === null ? null : { id: owner.id, name: owner.name, title: owner.title, former: owner.former ?? false },
    field,
    via: VIAS[via],
    snippet: range ? snippetOf(raw, range[0], range[1], whole) : snippetOf(raw, 0, 0, whole),
  };
}

/** An index of these accounts. */
export function buildSearchIndex(accounts: Iterable<Account>): SearchIndex {
  const index = new SearchIndex();
  for (const a of accounts) index.setAccount(a);
  return index;
}

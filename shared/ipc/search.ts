import { z } from 'zod';
import { SEARCH_FIELDS, SEARCH_GROUPS } from '../logic/search/fields';
import { Id } from '../model/ids';

/** A piece of the matched text, with the matched parts as [start, end) offsets into `text`. */
export const Snippet = z.object({
  text: z.string(),
  marks: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.object({
  accountId: Id,
  accountName: z.string(),
  /** The person the hit is about; null for the account itself. */
  person: z.object({ id: Id, name: z.string(), title: z.string(), former: z.boolean().default(false) }).nullable(),
  /** Which field matched, e.g. `title`, `dossier.hometown`, `activities.summary`. */
  field: z.enum(SEARCH_FIELDS),
  /** How: the text itself, or the pinyin or initials of its Chinese ("zzr" for 张主任). */
  via: z.enum(['text', 'pinyin', 'initials']),
  snippet: Snippet,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchGroupResult = z.object({
  group: z.enum(SEARCH_GROUPS),
  /** The best hits, ranked; at most the asked limit. */
  hits: z.array(SearchHit),
  /** How many accounts or people matched in this group (a lower bound when `capped`). */
  total: z.number().int().nonnegative(),
  /** The scan of this group stopped early: the query matches too much to count. */
  capped: z.boolean(),
});
export type SearchGroupResult = z.infer<typeof SearchGroupResult>;

/** The answer to a search: only groups with hits, in display order. */
export const SearchResults = z.object({
  query: z.string(),
  groups: z.array(SearchGroupResult),
});
export type SearchResults = z.infer<typeof SearchResults>;

export const SEARCH_LIMIT_MAX = 50;
export const SearchInput = z.object({
  query: z.string().max(200),
  /** Hits per group. */
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(8),
});

import { z } from 'zod';
import { LANGUAGES, REDACTION_LEVELS, type Language } from '../taxonomy/keys';
import { Account } from './account';
import { Id, IsoDate, Timestamp } from './ids';

/** What a briefing covers and shares: one account (or one of its opportunities) at a redaction level. */
export const BriefingRequest = z.object({
  accountId: Id,
  /** One opportunity, or null for the whole account. */
  opportunityId: Id.nullable().default(null),
  level: z.enum(REDACTION_LEVELS),
  language: z.enum(LANGUAGES),
  /** A section for each key person, or for everyone. */
  people: z.enum(['key', 'all']).default('key'),
});
export type BriefingRequest = z.infer<typeof BriefingRequest>;
export type BriefingRequestInput = z.input<typeof BriefingRequest>;

/** What the print route receives: the account already redacted to the level by the services. */
export const BriefingData = z.object({
  request: BriefingRequest,
  account: Account,
  preparedBy: z.string(),
  generatedAt: Timestamp,
  /** The day the briefing is "as of" (findings, upcoming trips, open next steps). */
  today: IsoDate,
});
export type BriefingData = z.infer<typeof BriefingData>;

/** A one-person meeting brief before a visit. */
export const MeetingBriefRequest = z.object({
  accountId: Id,
  personId: Id,
  level: z.enum(REDACTION_LEVELS),
  language: z.enum(LANGUAGES),
});
export type MeetingBriefRequest = z.infer<typeof MeetingBriefRequest>;

/** The print route of a briefing: the request in the address, so printing needs no other state. */
export function briefingRoute(r: BriefingRequest): string {
  return `/print/briefing/${r.accountId}/${r.level}/${r.language}/${r.people}${r.opportunityId ? `/${r.opportunityId}` : ''}`;
}

/** The request a briefing route names, or null when the address is not one. */
export function parseBriefingRoute(path: string): BriefingRequest | null {
  const m = /^\/print\/briefing\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (!m) return null;
  const parsed = BriefingRequest.safeParse({ accountId: m[1], level: m[2], language: m[3], people: m[4], opportunityId: m[5] ?? null });
  return parsed.success ? parsed.data : null;
}

export function meetingBriefRoute(r: MeetingBriefRequest): string {
  return `/print/brief/${r.accountId}/${r.personId}/${r.level}/${r.language}`;
}

export function parseMeetingBriefRoute(path: string): MeetingBriefRequest | null {
  const m = /^\/print\/brief\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!m) return null;
  const parsed = MeetingBriefRequest.safeParse({ accountId: m[1], personId: m[2], level: m[3], language: m[4] });
  return parsed.success ? parsed.data : null;
}

/** The portfolio one-pager: every account on the nine-grid, in a language. */
export const portfolioRoute = (language: Language): string => `/print/portfolio/${language}`;

export function parsePortfolioRoute(path: string): Language | null {
  const m = /^\/print\/portfolio\/([^/]+)\/?$/.exec(path);
  const parsed = z.enum(LANGUAGES).safeParse(m?.[1]);
  return parsed.success ? parsed.data : null;
}

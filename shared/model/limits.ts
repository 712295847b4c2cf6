import { z } from 'zod';
import { formatServiceText, serviceText, type ServiceMessageKey, type ServiceText } from '../i18n/service-text';

// How much of the plan to win (issue 17) one account may hold. Each limit is refused with a
// sentence naming it, in the user's language: the schema's own message is the English sentence,
// and the services answer with the same sentence's key (see limitRefusal) for the page to word.

export const LIMITS = {
  /** Actions of one account. */
  actions: 5000,
  /** Decision criteria of one opportunity. */
  opportunityCriteria: 100,
  /** Win themes of one opportunity. */
  themes: 100,
  /** Competitors scored on one criterion (an account has at most 200 competitors). */
  scores: 200,
  /** Criteria one person cares about (at most one per criterion of an opportunity). */
  personCriteria: 100,
  /** Entries of one person's influence plan, both brains together. */
  influenceEntries: 200,
  /** People one action serves. */
  actionPeople: 200,
  /** Product lines of the whitespace grid. */
  whitespaceProducts: 200,
  /** Client units of the whitespace grid. */
  whitespaceUnits: 200,
  /** Cells of the whitespace grid: every product line × every unit. */
  whitespaceCells: 200 * 200,
  /** Reviews of one account: ten years of weekly reviews. */
  reviews: 520,
  /** People who left a post, kept with their dossiers (issue 18). */
  formerPeople: 5000,
  /** Successions of one account. */
  successions: 5000,
  // Issue 18, part C: the account's client moves and meetings.
  /** Client moves of one account. */
  clientMoves: 5000,
  /** People one client move concerns. */
  movePeople: 200,
  /** Meetings (planned and debriefed) of one account. */
  meetings: 2000,
  /** Attendees on one side of a meeting. */
  meetingPeople: 50,
} as const;
export type LimitKey = keyof typeof LIMITS;

const SENTENCES: Record<LimitKey, ServiceMessageKey> = {
  actions: 'limitActions',
  opportunityCriteria: 'limitOpportunityCriteria',
  themes: 'limitThemes',
  scores: 'limitScores',
  personCriteria: 'limitPersonCriteria',
  influenceEntries: 'limitInfluenceEntries',
  actionPeople: 'limitActionPeople',
  whitespaceProducts: 'limitWhitespaceProducts',
  whitespaceUnits: 'limitWhitespaceUnits',
  whitespaceCells: 'limitWhitespaceCells',
  reviews: 'limitReviews',
  formerPeople: 'limitFormerPeople',
  successions: 'limitSuccessions',
  clientMoves: 'limitClientMoves',
  movePeople: 'limitMovePeople',
  meetings: 'limitMeetings',
  meetingPeople: 'limitMeetingPeople',
};

/** The sentence refusing a limit: its key in serviceErrors and the limit, written with a thousands separator. */
export const limitText = (limit: LimitKey): ServiceText =>
  serviceText(SENTENCES[limit], { max: LIMITS[limit].toLocaleString('en') });

/** A list of at most the limit's count; beyond it the schema says the limit's sentence (in English). */
export const limitedList = <T extends z.ZodType>(item: T, limit: LimitKey) =>
  z.array(item).max(LIMITS[limit], { error: () => formatServiceText(limitText(limit), 'en') });

/** The limit a schema's refusal is about, when it is one of these (the first such issue), else null. */
export function limitRefusal(error: z.ZodError): ServiceText | null {
  for (const issue of error.issues) {
    if (issue.code !== 'too_big') continue;
    const limit = (Object.keys(LIMITS) as LimitKey[]).find((l) => issue.message === formatServiceText(limitText(l), 'en'));
    if (limit) return limitText(limit);
  }
  return null;
}

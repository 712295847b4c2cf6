import type { TimelineSource } from '../history/timeline';

/** The account timeline's successions (issue 18): one entry per change of post, on the day the holder left. */
export const successionTimeline: TimelineSource = (account) =>
  account.successions.map((s) => ({ date: s.leftOn, kind: 'succession' as const, id: s.id, personIds: [s.id, s.postId] }));

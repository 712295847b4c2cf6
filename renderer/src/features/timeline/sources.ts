import { PART_C_SOURCES, reviewSource } from '../../../../shared/logic/history/sources';
import type { TimelineSource } from '../../../../shared/logic/history/timeline';
import { successionTimeline } from '../../../../shared/logic/succession/timeline';

/**
 * The sources the account's timeline lists, in the order the same day lists them: reviews first
 * (they sum the day up), then changes of post, client moves, meetings and stage changes.
 */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [reviewSource, successionTimeline, ...PART_C_SOURCES];

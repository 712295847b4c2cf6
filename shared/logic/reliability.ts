import type { Person } from '../model/person';
import { RELATIONSHIP_STAGES } from '../taxonomy/keys';
import { daysBetween, lastContactOf, SILENT_DAYS } from './coverage';

/**
 * How reliable a relationship is (DOMAIN.md §4, 关系的可靠度), 0–100, from three things a rep can
 * check: how far it has come (stage, up to 60), how fresh it is (last contact, up to 25) and how
 * much of it is on record rather than felt (up to 15).
 */
export interface Reliability {
  score: number;
  reasons: ReliabilityReason[];
}

export type ReliabilityReason =
  | { factor: 'stage'; points: number; max: number; stage: Person['relationship']['stage'] }
  /** `days` null: never contacted. */
  | { factor: 'recency'; points: number; max: number; lastContact: string; days: number | null }
  | { factor: 'evidence'; points: number; max: number; motiveEvidence: boolean; stageReason: boolean; activities: number };

const STAGE_POINTS = 15; // per step past "initial": reliance gives 60
/** Points while the last contact is fewer days ago than these; from SILENT_DAYS a key person counts as gone quiet. */
const RECENCY: readonly (readonly [number, number])[] = [
  [14, 25],
  [SILENT_DAYS, 15],
  [90, 5],
];
/** Activities on record that count as a habit of meeting rather than a single encounter. */
const ACTIVITY_HABIT = 3;

export function reliabilityOf(person: Pick<Person, 'relationship' | 'activities' | 'motives'>, today: string): Reliability {
  const stage = person.relationship.stage;
  const stagePoints = RELATIONSHIP_STAGES.indexOf(stage) * STAGE_POINTS;

  const lastContact = lastContactOf(person, today);
  const days = lastContact ? daysBetween(lastContact, today) : null;
  const recencyPoints = days === null ? 0 : (RECENCY.find(([under]) => days < under)?.[1] ?? 0);

  const motiveEvidence = person.motives.evidence.trim() !== '';
  // The latest change into the current stage says why.
  const change = [...person.relationship.history].reverse().find((h) => h.to === stage);
  const stageReason = !!change && change.why.trim() !== '';
  const activities = person.activities.length;
  const evidencePoints = (motiveEvidence ? 5 : 0) + (stageReason ? 5 : 0) + (activities >= ACTIVITY_HABIT ? 5 : 0);

  const reasons: ReliabilityReason[] = [
    { factor: 'stage', points: stagePoints, max: (RELATIONSHIP_STAGES.length - 1) * STAGE_POINTS, stage },
    { factor: 'recency', points: recencyPoints, max: RECENCY[0]![1], lastContact, days },
    { factor: 'evidence', points: evidencePoints, max: 15, motiveEvidence, stageReason, activities },
  ];
  return { score: stagePoints + recencyPoints + evidencePoints, reasons };
}

import type { TFunction } from 'i18next';
import { formatDate } from '../../../../../shared/logic/date-text';
import type { Target } from '../../../../../shared/model/strategy';
import type { Language, RelationshipStage } from '../../../../../shared/taxonomy/keys';
import { LEANING_STRENGTH_TERMS, STAGE_TERMS } from '../../../../../shared/taxonomy/labels';
import type { LeaningBadge } from '../../canvas/leaning-badge';

// The person's plan in words: the tooltips of a card's marks and the panel's summaries, one place
// for both languages (tests/unit/plan-people.test.ts reads them in each).

const strengthWord = (strength: number | null, lang: Language) =>
  strength === 1 || strength === 2 || strength === 3 ? LEANING_STRENGTH_TERMS[strength][lang] : null;

/** "Leans firmly to Northstar Systems" / "坚定倾向北辰系统"; a competitor since removed says so. */
export function leaningSentence(badge: LeaningBadge, t: TFunction, lang: Language): string {
  const name =
    badge.kind === 'us'
      ? t('personPlan.leaning.usName')
      : badge.kind === 'competitor'
        ? badge.name.trim() || t('personPlan.leaning.unnamedCompetitor')
        : t('personPlan.leaning.removedCompetitor');
  const strength = strengthWord(badge.strength, lang);
  return strength ? t('personPlan.card.leansStrength', { name, strength }) : t('personPlan.card.leans', { name });
}

/** What the stage bar reads: the current stage and the target. */
export type StageAndTarget = { relationship: { stage: RelationshipStage }; target: Target };

/** The stage bar's tooltip: the stage, and the target with its date when one is set and differs. */
export function stageSentence(p: StageAndTarget, t: TFunction, lang: Language): string {
  const stage = STAGE_TERMS[p.relationship.stage].label[lang];
  const target = p.target.stage;
  if (!target || target === p.relationship.stage) return t(target ? 'personPlan.card.stageAtTarget' : 'canvas.stage', { stage });
  const words = { stage, target: STAGE_TERMS[target].label[lang] };
  return p.target.by
    ? t('personPlan.card.stageTargetBy', { ...words, by: formatDate(p.target.by, lang) })
    : t('personPlan.card.stageTarget', words);
}

/** Under the target fields: how far there is still to go ("2 stages to go"), reached, or passed. */
export function targetProgress(gap: number | null, t: TFunction): string | null {
  if (gap === null) return null;
  if (gap > 0) return t('personPlan.target.toGo', { count: gap });
  return t(gap === 0 ? 'personPlan.target.reached' : 'personPlan.target.passed');
}

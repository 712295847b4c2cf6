import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_STAGES } from '../../../../shared/taxonomy/keys';
import { currentLanguage } from '../../app/i18n';
import { leaningSentence, stageSentence, type StageAndTarget } from '../person/plan/plan-words';
import type { LeaningBadge } from './leaning-badge';

/**
 * The relationship stage as five segments, the target's segment ringed and those still to climb
 * dashed, so current → target reads at a glance without making the card any bigger.
 */
export function StageMeter({ person: p, className = '' }: { person: StageAndTarget; className?: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const stage = RELATIONSHIP_STAGES.indexOf(p.relationship.stage);
  const target = p.target.stage && p.target.stage !== p.relationship.stage ? RELATIONSHIP_STAGES.indexOf(p.target.stage) : -1;
  const title = stageSentence(p, t, lang);
  return (
    <span
      className={`stage-meter${target >= 0 ? ' has-target' : ''}${className ? ` ${className}` : ''}`}
      title={title}
      aria-label={title}
      role="img"
    >
      {RELATIONSHIP_STAGES.map((s, i) => (
        <span
          key={s}
          className={[i <= stage ? 'on' : '', i === target ? 'target' : '', i > stage && i < target ? 'to-go' : '']
            .filter(Boolean)
            .join(' ')}
        />
      ))}
    </span>
  );
}

/** Whom the person leans to: us, a competitor's mark, or "?" for one since removed; how strongly by its fill; the words on hover. */
export function LeaningMark({
  badge,
  evidence = '',
  className = '',
}: {
  badge: LeaningBadge;
  evidence?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const sentence = leaningSentence(badge, t, lang);
  const why = evidence.trim();
  const mark = badge.kind === 'us' ? t('personPlan.card.usMark') : badge.kind === 'competitor' ? badge.mark : '?';
  return (
    <span
      className={`leaning-badge leaning-${badge.kind} strength-${badge.strength ?? 0}${className ? ` ${className}` : ''}`}
      title={
        why
          ? `${sentence}\n${t('personPlan.card.evidence', { evidence: why.length > 160 ? `${why.slice(0, 159)}…` : why })}`
          : sentence
      }
      aria-label={sentence}
      data-testid="leaning-badge"
    >
      {mark}
    </span>
  );
}

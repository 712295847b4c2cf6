import { useTranslation } from 'react-i18next';
import { stagesToTarget } from '../../../../../shared/logic/plan/people';
import { RELATIONSHIP_STAGES, type RelationshipStage } from '../../../../../shared/taxonomy/keys';
import { STAGE_TERMS } from '../../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../../app/i18n';
import { DateField, SelectField } from '../../../ui/Fields';
import type { SectionProps } from '../sections';
import { targetProgress } from './plan-words';

/**
 * Where the relationship must get to before the decision, and by when: beside the stage, with how
 * far there is still to go. The date shows once a stage is chosen; clearing the target clears its
 * date in the same step.
 */
export function TargetFields({ person: p, edit }: Pick<SectionProps, 'person' | 'edit'>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const progress = targetProgress(stagesToTarget(p), t);
  return (
    <>
      <SelectField<RelationshipStage>
        label={t('personPlan.target.stage')}
        value={p.target.stage}
        none={t('personPlan.target.none')}
        options={RELATIONSHIP_STAGES.map((s) => ({
          value: s,
          label: STAGE_TERMS[s].label[lang],
          title: STAGE_TERMS[s].description[lang],
        }))}
        onChange={(stage) => edit((q) => ({ ...q, target: stage ? { ...q.target, stage } : { stage: null, by: '' } }))}
      />
      {/* A date means nothing without a stage to reach by it. */}
      {p.target.stage ? (
        <DateField
          label={t('personPlan.target.by')}
          value={p.target.by}
          onChange={(by) => edit((q) => ({ ...q, target: { ...q.target, by } }))}
        />
      ) : (
        <span />
      )}
      {progress && (
        <p className="hint field-wide" data-testid="target-progress">
          {progress}
        </p>
      )}
    </>
  );
}

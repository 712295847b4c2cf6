import { useTranslation } from 'react-i18next';
import { stageChangeOf } from '../../../../../shared/logic/history/sources';
import { STAGE_TERMS } from '../../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../../app/i18n';
import type { RowProps } from '../rows';
import { PlainRow } from './PlainRow';

/** A relationship stage moved: whose, from what to what, and why (at full level). */
export function StageChangeRow(props: RowProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const found = stageChangeOf(props.account, props.entry.id);
  if (!found) return <PlainRow {...props} />;
  const { person, change } = found;
  const name = person.name || t('canvas.placeholderName');
  const to = STAGE_TERMS[change.to].label[lang];
  return (
    <div className="timeline-body">
      <p className="timeline-text">
        {change.from
          ? t('timeline.stageChange', { name, from: STAGE_TERMS[change.from].label[lang], to })
          : t('timeline.stageFirst', { name, to })}
      </p>
      {change.why && <p className="timeline-detail">{t('timeline.why', { why: change.why })}</p>}
    </div>
  );
}

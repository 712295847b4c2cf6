import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_STAGES } from '../../../../shared/taxonomy/keys';
import { ATTITUDE_TERMS, BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import type { PersonFlowNode } from './toFlow';

/** A person's card: who, what, which roles, for or against us, how close we are. */
export const PersonNode = memo(function PersonNode({ data, selected }: NodeProps<PersonFlowNode>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const p = data.person;
  const stageIndex = RELATIONSHIP_STAGES.indexOf(p.relationship.stage);
  const attitude = ATTITUDE_TERMS[p.attitude];
  return (
    <div
      className={`person-card attitude-${p.attitude}${selected ? ' selected' : ''}${p.placeholder ? ' placeholder' : ''}`}
      data-testid="person-card"
    >
      <Handle type="target" position={Position.Top} />
      <div className="card-head">
        <span className="attitude-dot" title={`${attitude.label[lang]}: ${attitude.description[lang]}`} aria-label={attitude.label[lang]} />
        <strong className="card-name">{p.placeholder && !p.name ? t('canvas.placeholderName') : p.name}</strong>
        {p.keyPerson && (
          <span className="key-mark" title={t('canvas.keyPerson')} aria-label={t('canvas.keyPerson')}>
            ★
          </span>
        )}
      </div>
      <div className="card-title" title={p.title}>
        {p.title}
        {data.department && <span className="muted"> · {data.department}</span>}
      </div>
      <div className="card-badges">
        {p.customerType && (
          <span className="type-badge" title={CUSTOMER_TYPE_TERMS[p.customerType].concerns[lang]}>
            {CUSTOMER_TYPE_TERMS[p.customerType].label[lang]}
          </span>
        )}
        {p.roles.map((r) => (
          <span key={r} className={`role-badge role-${r}`} title={`${BUYING_ROLE_TERMS[r].label[lang]}: ${BUYING_ROLE_TERMS[r].description[lang]}`}>
            {BUYING_ROLE_TERMS[r].short[lang]}
          </span>
        ))}
      </div>
      <div className="card-foot">
        <span className="influence" title={t('canvas.influence', { value: p.influence })}>
          {'●'.repeat(p.influence)}
          <span className="faint">{'●'.repeat(5 - p.influence)}</span>
        </span>
        <span className="stage-meter" title={t('canvas.stage', { stage: STAGE_TERMS[p.relationship.stage].label[lang] })}>
          {RELATIONSHIP_STAGES.map((s, i) => (
            <span key={s} className={i <= stageIndex ? 'on' : ''} />
          ))}
        </span>
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

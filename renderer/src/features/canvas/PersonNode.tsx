import { Handle, Position, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyingRole } from '../../../../shared/taxonomy/keys';
import { ATTITUDE_TERMS, BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { useCanvasActions, ZoomStepContext, type ZoomStep } from './actions';
import { CUSTOMER_TYPE_ICONS } from './icons';
import { InlineEdit } from './InlineEdit';
import { LeaningMark, StageMeter } from './PlanMarks';
import type { PersonFlowNode } from './toFlow';
import { listItems } from '../../../../shared/i18n/lists';

/** Below this zoom a card shows only the name on its attitude colour, so a big chart stays legible. */
export const FAR_ZOOM = 0.45;
/**
 * Below this the name would be under 7 px: cards become plain blocks of their attitude colour.
 * Rounded, bordered boxes cost software rasterising about three times as much as plain ones on
 * every frame of a pan, and a block mounts half the elements of a far card.
 */
export const BLOCK_ZOOM = 0.22;
export const stepOfZoom = (zoom: number): ZoomStep => (zoom < BLOCK_ZOOM ? 'blocks' : zoom < FAR_ZOOM ? 'far' : 'near');
export const zoomStepOf = (s: ReactFlowState): ZoomStep => stepOfZoom(s.transform[2]);

/** Role badges that fit on one row of a card; beyond, the last place shows "+N". */
const MAX_BADGES = 4;
/** Which roles keep their badge when not all fit: those that decide the deal first. */
const BADGE_ORDER: readonly BuyingRole[] = ['decisionMaker', 'influencer', 'gatekeeper', 'purchaser', 'expert', 'initiator', 'endUser', 'marketing', 'sales', 'customersCustomer'];

declare global {
  interface Window {
    /** Set by the canvas benchmark: renders per card, to prove a drag re-renders one card. */
    __bidmapRenders?: Record<string, number>;
  }
}

const classesOf = (data: PersonFlowNode['data'], selected: boolean) =>
  `person-card attitude-${data.person.attitude}${selected ? ' selected' : ''}${data.person.placeholder ? ' placeholder' : ''}${data.dimmed ? ' dimmed' : ''}${data.found ? ' found' : ''}${data.vacant ? ' vacant' : ''}`;

/**
 * A person's card. Far out it is only the name on the attitude colour (no hooks beyond the
 * zoom: panning a big chart mounts many of these); close up, the full card.
 */
export const PersonNode = memo(function PersonNode(props: NodeProps<PersonFlowNode>) {
  const step = useContext(ZoomStepContext);
  const id = props.data.person.id;
  // Every committed render, for the benchmark's "a drag re-renders one card" check.
  useEffect(() => {
    const counter = window.__bidmapRenders;
    if (counter) counter[id] = (counter[id] ?? 0) + 1;
  });
  if (step === 'near' || props.data.editing) return <FullCard {...props} />;
  return step === 'far' ? <FarCard {...props} /> : <BlockCard {...props} />;
});

/** Furthest out: the attitude colour only; the name is in the tooltip and for screen readers. */
function BlockCard({ data, selected }: NodeProps<PersonFlowNode>) {
  const p = data.person;
  return (
    <div className={`${classesOf(data, selected)} far block`} data-testid="person-card" data-person-id={p.id} title={p.name} aria-label={p.name}>
      <Handle type="target" position={Position.Top} />
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

function FarCard({ data, selected }: NodeProps<PersonFlowNode>) {
  const p = data.person;
  return (
    <div className={`${classesOf(data, selected)} far`} data-testid="person-card" data-person-id={p.id} title={p.name}>
      <Handle type="target" position={Position.Top} />
      <span className="far-name">{p.name}</span>
      {p.keyPerson && <span className="key-mark">★</span>}
      {data.collapsed && <span className="far-count">+{data.reports}</span>}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

function FullCard({ data, selected }: NodeProps<PersonFlowNode>) {
  const { t } = useTranslation();
  const actions = useCanvasActions();
  const lang = currentLanguage();
  const p = data.person;
  const name = p.name || (data.vacant ? t('succession.vacant') : p.placeholder ? t('canvas.placeholderName') : '');
  const attitude = ATTITUDE_TERMS[p.attitude];
  const classes = classesOf(data, selected);
  // One row of badges keeps the card at its declared height (lines attach to its edges).
  const ranked = p.roles.length > MAX_BADGES ? [...p.roles].sort((a, b) => BADGE_ORDER.indexOf(a) - BADGE_ORDER.indexOf(b)) : p.roles;
  const [shownRoles, moreRoles] = p.roles.length > MAX_BADGES ? [ranked.slice(0, MAX_BADGES - 1), ranked.slice(MAX_BADGES - 1)] : [p.roles, []];
  return (
    <div className={classes} data-testid="person-card" data-person-id={p.id}>
      <Handle type="target" position={Position.Top} />
      <div className="card-head">
        <span className="attitude-dot" title={`${attitude.label[lang]}: ${attitude.description[lang]}`} aria-label={attitude.label[lang]} />
        {data.editing === 'name' ? (
          <InlineEdit
            value={p.name}
            label={t('chart.nameLabel')}
            className="card-name-input"
            onCommit={(v) => actions.commitEdit(p.id, 'name', v)}
            onCancel={actions.cancelEdit}
          />
        ) : (
          // The whole name on hover (a long one is cut on the card), then how to edit it.
          <strong className={`card-name${p.name ? '' : ' muted'}`} onDoubleClick={() => actions.startEdit(p.id, 'name')} title={name ? `${name}\n${t('chart.editName')}` : t('chart.editName')}>
            {name || t('chart.newPersonName')}
          </strong>
        )}
        {p.customerType && (
          <span className="type-icon" title={`${CUSTOMER_TYPE_TERMS[p.customerType].label[lang]}: ${CUSTOMER_TYPE_TERMS[p.customerType].concerns[lang]}`}>
            {CUSTOMER_TYPE_ICONS[p.customerType]}
          </span>
        )}
        {p.keyPerson && (
          <span className="key-mark" title={t('canvas.keyPerson')} aria-label={t('canvas.keyPerson')}>
            ★
          </span>
        )}
      </div>
      {data.editing === 'title' ? (
        <InlineEdit value={p.title} label={t('chart.titleLabel')} className="card-title-input" onCommit={(v) => actions.commitEdit(p.id, 'title', v)} onCancel={actions.cancelEdit} />
      ) : (
        <div className="card-title" title={[p.title, data.department].filter(Boolean).join(' · ')} onDoubleClick={() => actions.startEdit(p.id, 'title')}>
          {p.title || <span className="faint">{t('chart.titleLabel')}</span>}
          {data.department && <span className="muted"> · {data.department}</span>}
        </div>
      )}
      <div className="card-badges">
        {shownRoles.map((r) => (
          <span key={r} className={`role-badge role-${r}`} title={`${BUYING_ROLE_TERMS[r].label[lang]}: ${BUYING_ROLE_TERMS[r].description[lang]}`}>
            {BUYING_ROLE_TERMS[r].short[lang]}
          </span>
        ))}
        {moreRoles.length > 0 && (
          <span className="role-badge role-more" title={listItems(moreRoles.map((r) => BUYING_ROLE_TERMS[r].label[lang]), lang)}>
            +{moreRoles.length}
          </span>
        )}
      </div>
      <div className="card-foot">
        <span className="influence" title={t('canvas.influence', { value: p.influence })}>
          {'●'.repeat(p.influence)}
          <span className="faint">{'●'.repeat(5 - p.influence)}</span>
        </span>
        {data.reports > 0 && (
          <button
            type="button"
            className="collapse-toggle nodrag"
            onClick={() => actions.toggleCollapse(p.id)}
            title={t(data.collapsed ? 'chart.expand' : 'chart.collapse', { count: data.reports })}
            aria-expanded={!data.collapsed}
          >
            {data.collapsed ? `▸ ${t('chart.collapsedCount', { count: data.reports })}` : `▾ ${data.reports}`}
          </button>
        )}
        <span className="card-foot-end">
          {data.leaning && <LeaningMark badge={data.leaning} evidence={p.leaning.evidence} />}
          <StageMeter person={p} />
        </span>
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

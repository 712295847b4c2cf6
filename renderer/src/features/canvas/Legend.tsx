import { Panel } from '@xyflow/react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, BUYING_ROLES, CUSTOMER_TYPES, LINK_KINDS, RELATIONSHIP_STAGES } from '../../../../shared/taxonomy/keys';
import {
  ATTITUDE_TERMS,
  BUYING_ROLE_TERMS,
  CUSTOMER_TYPE_TERMS,
  LINK_KIND_TERMS,
  STAGE_TERMS,
} from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { competitorMarks } from '../../../../shared/logic/plan/people';
import { useChart } from './chart-store';
import { CUSTOMER_TYPE_ICONS } from './icons';
import { LeaningMark, StageMeter } from './PlanMarks';

/** Whether the legend is open, kept on this computer (a display preference, not workspace data). */
const OPEN_KEY = 'bidmap.chart.legendOpen';

function readOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'true';
  } catch {
    return false;
  }
}

function saveOpen(open: boolean): void {
  try {
    localStorage.setItem(OPEN_KEY, String(open));
  } catch {
    // Storage refused (a locked-down profile): the legend still opens and closes, it is just not remembered.
  }
}

/**
 * The legend folds to a button in the corner, so it never hides the chart unasked; open, it
 * explains every mark a card shows, drawn as the cards draw it. Open or closed is remembered.
 */
export function Legend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(readOpen);
  const button = useRef<HTMLButtonElement>(null);
  const body = useId();
  const toggle = (next: boolean) => {
    setOpen(next);
    saveOpen(next);
  };
  return (
    <Panel
      position="top-right"
      className={`legend${open ? ' open' : ''}`}
      data-testid="legend"
      onKeyDown={(e) => {
        // Esc folds an open legend, from its button or from inside it, and leaves the focus on the button.
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        toggle(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button-small legend-toggle"
        aria-expanded={open}
        aria-controls={body}
        title={open ? t('legendMarks.hide') : t('legendMarks.show')}
        onClick={() => toggle(!open)}
      >
        {t('canvas.legend')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <div id={body} className="legend-body" role="region" aria-label={t('canvas.legend')} tabIndex={-1}>
          <LegendContent />
        </div>
      )}
    </Panel>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="legend-section">
      <h3>{title}</h3>
      <ul>{children}</ul>
    </section>
  );
}

function LegendContent() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      <Section title={t('legendMarks.lines')}>
        {LINK_KINDS.map((k) => (
          <li key={k} title={LINK_KIND_TERMS[k].description[lang]}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" className={`legend-line edge-${k}`} />
            </svg>
            {LINK_KIND_TERMS[k].label[lang]}
          </li>
        ))}
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" className="legend-line edge-reportsTo legend-dotted" />
          </svg>
          {t('chart.legendDotted')}
        </li>
        <li>
          <span className="legend-frame" aria-hidden="true" />
          {t('legendMarks.department')}
        </li>
      </Section>
      <Section title={t('legendMarks.attitude')}>
        {ATTITUDES.map((a) => (
          <li key={a} title={ATTITUDE_TERMS[a].description[lang]}>
            <span className={`attitude-dot attitude-${a}`} aria-hidden="true" />
            {ATTITUDE_TERMS[a].label[lang]}
          </li>
        ))}
      </Section>
      <Section title={t('legendMarks.card')}>
        <li>
          <span className="legend-mark key-mark" aria-hidden="true">
            ★
          </span>
          {t('legendMarks.keyPerson')}
        </li>
        <li>
          <span className="legend-mark influence" aria-hidden="true">
            ●●●<span className="faint">●●</span>
          </span>
          {t('legendMarks.influence')}
        </li>
        <li title={RELATIONSHIP_STAGES.map((s) => STAGE_TERMS[s].label[lang]).join(' → ')}>
          <span className="legend-mark stage-meter" aria-hidden="true">
            {RELATIONSHIP_STAGES.map((s, i) => (
              <span key={s} className={i <= 2 ? 'on' : ''} />
            ))}
          </span>
          {t('legendMarks.stage')}
        </li>
        <li>
          <span className="legend-mark collapse-toggle" aria-hidden="true">
            ▾ 9
          </span>
          {t('legendMarks.reports')}
        </li>
        <li>
          <span className="legend-mark collapse-toggle" aria-hidden="true">
            ▸ +9
          </span>
          {t('legendMarks.folded')}
        </li>
        <li>
          <span className="legend-placeholder" aria-hidden="true" />
          {t('legendMarks.placeholder')}
        </li>
      </Section>
      <PlanSection />
      <Section title={t('legendMarks.types')}>
        {CUSTOMER_TYPES.map((c) => (
          <li key={c} title={CUSTOMER_TYPE_TERMS[c].concerns[lang]}>
            <span className="legend-mark type-icon" aria-hidden="true">
              {CUSTOMER_TYPE_ICONS[c]}
            </span>
            {CUSTOMER_TYPE_TERMS[c].label[lang]}
          </li>
        ))}
      </Section>
      <Section title={t('legendMarks.roles')}>
        {BUYING_ROLES.map((r) => (
          <li key={r} title={BUYING_ROLE_TERMS[r].description[lang]}>
            <span className={`legend-mark role-badge role-${r}`} aria-hidden="true">
              {BUYING_ROLE_TERMS[r].short[lang]}
            </span>
            {BUYING_ROLE_TERMS[r].label[lang]}
          </li>
        ))}
      </Section>
    </>
  );
}

/** The plan's marks (issue 17): the target on the stage bar, and the leaning badge with each competitor's initials. */
function PlanSection() {
  const { t } = useTranslation();
  const competitors = useChart((s) => s.account?.competitors) ?? [];
  const marks = competitorMarks(competitors);
  return (
    <Section title={t('personPlan.legend.title')}>
      <li>
        <span aria-hidden="true">
          <StageMeter className="legend-mark" person={{ relationship: { stage: 'acquainted' }, target: { stage: 'reliance', by: '' } }} />
        </span>
        {t('personPlan.legend.target')}
      </li>
      <li>
        <span aria-hidden="true">
          <LeaningMark className="legend-mark" badge={{ kind: 'us', strength: 3 }} />
        </span>
        {t('personPlan.legend.leaningUs')}
      </li>
      {competitors.map((c) => (
        <li key={c.id}>
          <span aria-hidden="true">
            <LeaningMark className="legend-mark" badge={{ kind: 'competitor', mark: marks.get(c.id) ?? '?', name: c.name, strength: 3 }} />
          </span>
          {t('personPlan.legend.leaningCompetitor', { name: c.name.trim() || t('personPlan.leaning.unnamedCompetitor') })}
        </li>
      ))}
      <li>
        <span aria-hidden="true">
          <LeaningMark className="legend-mark" badge={{ kind: 'removed', strength: null }} />
        </span>
        {t('personPlan.legend.leaningRemoved')}
      </li>
      <li>
        <span className="legend-strengths" aria-hidden="true">
          {[1, 2, 3].map((n) => (
            <LeaningMark key={n} badge={{ kind: 'competitor', mark: '', name: '', strength: n }} />
          ))}
        </span>
        {t('personPlan.legend.strength')}
      </li>
    </Section>
  );
}

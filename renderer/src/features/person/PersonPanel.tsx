import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from '../briefing/ExportDialog';
import { PersonActions } from '../plan/PersonActions';
import { DebriefPrompt, PersonMeetings } from '../meetings/PersonMeetings';
import { useChart } from '../canvas/chart-store';
import { DossierSection } from './DossierSection';
import { ItinerarySection } from './ItinerarySection';
import { MotivesSection } from './MotivesSection';
import { PlanSection } from './PlanSection';
import { ProfileSection } from './ProfileSection';
import { RelationshipSection } from './RelationshipSection';
import { PersonTimeline } from '../trends/PersonTimeline';
import { usePanelSection } from './panel-store';
import { PERSON_SECTIONS } from './sections';
import { usePersonEdit } from './usePersonEdit';
import { vacancyOf } from '../../../../shared/logic/succession';
import { useSuccession } from '../succession/store';

/**
 * Everything about the selected person, in six sections. Edits save as you type and are undone
 * with the chart's undo (Ctrl/Cmd+Z outside a text field).
 */
export function PersonPanel({ personId, onClose }: { personId: string; onClose(): void }) {
  const { t } = useTranslation();
  const account = useChart((s) => s.account)!;
  const { person, edit, commit } = usePersonEdit(personId);
  const { section, choose } = usePanelSection();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [briefing, setBriefing] = useState(false);
  if (!person) return null;

  // Arrow keys move between the tabs (the WAI-ARIA tabs pattern).
  const onTabKey = (e: KeyboardEvent, i: number) => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    e.preventDefault();
    const next = (i + d + PERSON_SECTIONS.length) % PERSON_SECTIONS.length;
    choose(PERSON_SECTIONS[next]!);
    tabs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const el = e.target as HTMLElement;
    // A dialog opened from the panel closes itself.
    if (el.closest('dialog')) return;
    // Esc in a field keeps what was typed and goes back to the section's tab; elsewhere it closes the panel.
    if (el.matches('input, textarea, select')) tabs.current[PERSON_SECTIONS.indexOf(section)]?.focus();
    else onClose();
    e.stopPropagation();
  };
  const vacant = vacancyOf(account, person) !== null;
  const name = person.name || (vacant ? t('succession.vacant') : t('canvas.placeholderName'));
  const props = { person, edit, commit };
  return (
    <aside className="person-panel" aria-label={t('person.panel', { name })} onKeyDown={onKey} data-testid="person-panel">
      <header className="panel-head">
        <h2 title={person.title}>{name}</h2>
        {!person.placeholder ? (
          <button type="button" className="button button-small" onClick={() => useSuccession.getState().open({ kind: 'leave', personId })}>
            {t('succession.leave')}
          </button>
        ) : (
          vacancyOf(account, person) && (
            <button type="button" className="button button-small button-primary" onClick={() => useSuccession.getState().open({ kind: 'fill', cardId: personId })}>
              {t('succession.fill')}
            </button>
          )
        )}
        <button type="button" className="button button-small" onClick={() => setBriefing(true)}>
          {t('briefing.export.briefButton')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('person.close')}
          title={t('person.close')}
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <DebriefPrompt personId={personId} />
      <div role="tablist" className="tabs" aria-label={t('person.panel', { name })}>
        {PERSON_SECTIONS.map((s, i) => (
          <button
            key={s}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`person-tab-${s}`}
            aria-selected={s === section}
            aria-controls="person-section"
            tabIndex={s === section ? 0 : -1}
            className={`tab${s === section ? ' active' : ''}`}
            onClick={() => choose(s)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(`person.sections.${s}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="person-section" aria-labelledby={`person-tab-${section}`} className="panel-body" key={personId}>
        {section === 'profile' && <ProfileSection {...props} account={account} />}
        {section === 'dossier' && <DossierSection {...props} team={account.team} />}
        {section === 'motives' && <MotivesSection {...props} />}
        {section === 'relationship' && <PersonMeetings personId={personId} name={name} />}
        {section === 'relationship' && <PersonActions personId={personId} name={name} />}
        {section === 'relationship' && <RelationshipSection {...props} team={account.team} />}
        {section === 'relationship' && <PersonTimeline person={person} account={account} />}
        {section === 'plan' && <PlanSection {...props} account={account} />}
        {section === 'itinerary' && <ItinerarySection {...props} />}
      </div>
      {briefing && <ExportDialog account={account} personId={personId} onClose={() => setBriefing(false)} />}
    </aside>
  );
}

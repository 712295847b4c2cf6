import i18next from 'i18next';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from '../briefing/ExportDialog';
import { useChart } from '../canvas/chart-store';
import { DossierSection } from './DossierSection';
import { ItinerarySection } from './ItinerarySection';
import { MotivesSection } from './MotivesSection';
import { ProfileSection } from './ProfileSection';
import { RelationshipSection } from './RelationshipSection';
import { usePanelSection } from './panel-store';
import { PERSON_SECTIONS } from './sections';
import { usePersonEdit } from './usePersonEdit';

/**
 * Everything about the selected person, in five sections. Edits save as you type and are undone
 * with the chart's undo (Ctrl/Cmd+Z outside a text field).
 */
export function PersonPanel({ personId, onClose }: { personId: string; onClose(): void }) {
  const { t } = useTranslation();
  const account = useChart((s) => s.account)!;
  const { person, edit, problem } = usePersonEdit(personId);
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
  const name = person.name || t('canvas.placeholderName');
  const props = { person, edit };
  return (
    <aside className="person-panel" aria-label={t('person.panel', { name })} onKeyDown={onKey} data-testid="person-panel">
      <header className="panel-head">
        <h2 title={person.title}>{name}</h2>
        <button type="button" className="button button-small" onClick={() => setBriefing(true)}>
          {t('briefing.export.briefButton')}
        </button>
        <button type="button" className="button button-small" aria-label={t('person.close')} title={t('person.close')} onClick={onClose}>
          ✕
        </button>
      </header>
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
      {problem && (
        <p className="panel-problem" role="alert">
          {t('person.invalid', { field: fieldLabel(problem.path), reason: t(`person.reasons.${problem.reason}`) })}
        </p>
      )}
      <div role="tabpanel" id="person-section" aria-labelledby={`person-tab-${section}`} className="panel-body" key={personId}>
        {section === 'profile' && <ProfileSection {...props} account={account} />}
        {section === 'dossier' && <DossierSection {...props} team={account.team} />}
        {section === 'motives' && <MotivesSection {...props} />}
        {section === 'relationship' && <RelationshipSection {...props} team={account.team} />}
        {section === 'itinerary' && <ItinerarySection {...props} />}
      </div>
      {briefing && <ExportDialog account={account} personId={personId} onClose={() => setBriefing(false)} />}
    </aside>
  );
}

/** A schema path ("dossier.hometown", "itinerary.2.city") as the label the user sees by the field. */
function fieldLabel(path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1)!;
  const group = { dossier: 'dossier', motives: 'motives', itinerary: 'itinerary', activities: 'activities' }[parts[0]!] ?? 'fields';
  const key = `person.${group}.${last}`;
  return i18next.exists(key) ? String(i18next.t(key as 'person.fields.name')) : path;
}

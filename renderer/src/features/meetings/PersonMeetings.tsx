import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/logic/date-text';
import { canDebrief, debriefsDue, isWith } from '../../../../shared/logic/history/meetings';
import type { Meeting } from '../../../../shared/model/meeting';
import { currentLanguage } from '../../app/i18n';
import { localToday } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { DebriefDialog } from './DebriefDialog';
import { MeetingDialog } from './MeetingDialog';
import '../timeline/timeline.css';

/**
 * The panel's ask: meetings with this person whose day has passed without a debrief, each with
 * a button that opens the debrief. Shown above the panel's sections, whichever is open.
 */
export function DebriefPrompt({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const meetings = useChart((s) => s.account?.meetings);
  const [open, setOpen] = useState<Meeting | null>(null);
  const due = meetings ? debriefsDue({ meetings }, localToday()).filter((m) => m.personId === personId) : [];
  if (due.length === 0 && !open) return null;
  return (
    <>
      {due.map((m) => (
        <div key={m.id} className="debrief-prompt" role="status">
          <span>{t('meetings.dueTitle', { date: formatDate(m.date, lang) })}</span>
          <button type="button" className="button button-small button-primary" onClick={() => setOpen(m)}>
            {t('meetings.debrief')}
          </button>
        </div>
      ))}
      {open && <DebriefDialog meeting={open} onClose={() => setOpen(null)} />}
    </>
  );
}

/** The person's meetings (planned and debriefed, newest first) and "Plan a meeting". */
export function PersonMeetings({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const all = useChart((s) => s.account?.meetings);
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const [debriefing, setDebriefing] = useState<Meeting | null>(null);
  const today = localToday();
  const mine = (all ?? []).filter((m) => isWith(m, personId)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section className="panel-section person-meetings" aria-labelledby="person-meetings-title">
      <h3 id="person-meetings-title">{t('meetings.section')}</h3>
      {mine.length === 0 ? (
        <p className="muted">{t('meetings.none', { name })}</p>
      ) : (
        <ul className="meeting-list">
          {mine.map((m) => (
            <li key={m.id}>
              <strong>{formatDate(m.date, lang)}</strong> · {m.debrief ? t('meetings.past') : t('meetings.upcoming')}
              {m.objective && <div>{m.objective}</div>}
              {m.commitment && <div className="muted">{`${t('meetings.commitment')}: ${m.commitment}`}</div>}
              {m.debrief?.outcome && (
                <div>{t('meetings.outcomeLine', { outcome: t(`meetings.outcomes.${m.debrief.outcome}`) })}</div>
              )}
              <div className="timeline-actions">
                {!m.debrief && canDebrief(m, today) && (
                  <button type="button" className="button button-small button-primary" onClick={() => setDebriefing(m)}>
                    {t('meetings.debrief')}
                  </button>
                )}
                {!m.debrief && (
                  <button type="button" className="button button-small" onClick={() => setEditing(m)}>
                    {t('meetings.edit')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-small" onClick={() => setEditing('new')}>
        {t('meetings.plan')}
      </button>
      {editing && (
        <MeetingDialog personId={personId} meeting={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {debriefing && <DebriefDialog meeting={debriefing} onClose={() => setDebriefing(null)} />}
    </section>
  );
}

import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDebrief } from '../../../../../shared/logic/history/meetings';
import type { DebriefChanges } from '../../../../../shared/model/meeting';
import { ATTITUDE_TERMS, LEANING_TERMS, STAGE_TERMS } from '../../../../../shared/taxonomy/labels';
import type { Account } from '../../../../../shared/model/account';
import type { Language } from '../../../../../shared/taxonomy/keys';
import { currentLanguage } from '../../../app/i18n';
import { listItems } from '../../../../../shared/i18n/lists';
import { localToday } from '../../../ui/format';
import { DebriefDialog } from '../../meetings/DebriefDialog';
import { MeetingDialog } from '../../meetings/MeetingDialog';
import type { RowProps } from '../rows';
import { removeMeeting } from '../history-edit';
import { peopleNames } from './names';
import { PlainRow } from './PlainRow';

/** What a debrief moved, in words: "Attitude: Neutral → Supporter". */
export function changesText(changes: DebriefChanges, account: Account, lang: Language, t: TFunction): string {
  const leaning = (l: { kind: string; competitorId: string | null }) =>
    l.kind === 'competitor'
      ? (account.competitors.find((c) => c.id === l.competitorId)?.name ?? LEANING_TERMS.competitor.label[lang])
      : LEANING_TERMS[l.kind as 'us'].label[lang];
  return [
    changes.stage &&
      `${t('meetings.stage')}: ${STAGE_TERMS[changes.stage.from].label[lang]} → ${STAGE_TERMS[changes.stage.to].label[lang]}`,
    changes.attitude &&
      `${t('meetings.attitude')}: ${ATTITUDE_TERMS[changes.attitude.from].label[lang]} → ${ATTITUDE_TERMS[changes.attitude.to].label[lang]}`,
    changes.leaning && `${t('meetings.leaning')}: ${leaning(changes.leaning.from)} → ${leaning(changes.leaning.to)}`,
  ]
    .filter(Boolean)
    .join(lang === 'zh-CN' ? '；' : '; ');
}

/** A meeting: with whom, its objective; once debriefed, the outcome, what moved and (at full) what happened. */
export function MeetingRow(props: RowProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [open, setOpen] = useState<'edit' | 'debrief' | null>(null);
  const { account } = props;
  const meeting = account.meetings.find((m) => m.id === props.entry.id);
  if (!meeting) return <PlainRow {...props} />;
  const d = meeting.debrief;
  const moved = d ? changesText(d.changes, account, lang, t) : '';
  const ours = meeting.memberIds.flatMap((id) => account.team.find((m) => m.id === id)?.name ?? []);
  return (
    <div className="timeline-body">
      <p className="timeline-text">
        <span className="timeline-badge meeting">{d ? t('meetings.past') : t('meetings.upcoming')}</span>{' '}
        {t('meetings.line', { people: peopleNames(account, props.entry.personIds) })}
        {ours.length > 0 && <span className="muted"> · {listItems(ours, lang)}</span>}
      </p>
      {meeting.objective && <p className="timeline-detail">{t('meetings.objectiveLine', { objective: meeting.objective })}</p>}
      {d && (
        <p className="timeline-detail">
          {t('meetings.outcomeLine', { outcome: d.outcome ? t(`meetings.outcomes.${d.outcome}`) : t('meetings.outcomeNotSaid') })}
        </p>
      )}
      {moved && <p className="timeline-detail">{t('meetings.movedLine', { changes: moved })}</p>}
      {d?.why && <p className="timeline-detail">{t('timeline.why', { why: d.why })}</p>}
      {d?.notes && <p className="timeline-detail muted">{d.notes}</p>}
      {!d && canDebrief(meeting, localToday()) && <p className="timeline-detail due">{t('meetings.notDebriefed')}</p>}
      <div className="timeline-actions">
        {!d && canDebrief(meeting, localToday()) && (
          <button type="button" className="button button-small button-primary" onClick={() => setOpen('debrief')}>
            {t('meetings.debrief')}
          </button>
        )}
        {!d && (
          <button type="button" className="button button-small" onClick={() => setOpen('edit')}>
            {t('meetings.edit')}
          </button>
        )}
        <button type="button" className="button button-small" onClick={() => removeMeeting(meeting.id)}>
          {t('meetings.delete')}
        </button>
      </div>
      {open === 'edit' && <MeetingDialog personId={meeting.personId} meeting={meeting} onClose={() => setOpen(null)} />}
      {open === 'debrief' && <DebriefDialog meeting={meeting} onClose={() => setOpen(null)} />}
    </div>
  );
}

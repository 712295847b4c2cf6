import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/logic/date-text';
import { newId } from '../../../../shared/model/ids';
import type { LeaningValue, Meeting } from '../../../../shared/model/meeting';
import { ACTIVITY_KIND_TERMS, ATTITUDE_TERMS, LEANING_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import {
  ACTIVITY_KINDS,
  ATTITUDES,
  MEETING_OUTCOMES,
  RELATIONSHIP_STAGES,
  type ActivityKind,
  type Attitude,
  type MeetingOutcome,
  type RelationshipStage,
} from '../../../../shared/taxonomy/keys';
import { currentLanguage } from '../../app/i18n';
import { CancelSubmit, Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { saveDebrief, undoToast } from '../timeline/history-edit';

/** A leaning as one select value: its kind, or `competitor:<id>`. */
const leaningKey = (l: LeaningValue) => (l.kind === 'competitor' ? `competitor:${l.competitorId ?? ''}` : l.kind);
const leaningOfKey = (key: string): LeaningValue =>
  key.startsWith('competitor:')
    ? { kind: 'competitor', competitorId: key.slice('competitor:'.length) || null }
    : { kind: key as LeaningValue['kind'], competitorId: null };

/**
 * After a meeting: what happened, whether we got the commitment, what we learned, and in the same
 * step what moved on the person (stage, attitude, leaning) with why. Saving writes the activity and
 * applies it all as one undo step.
 */
export function DebriefDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const person = account.people.find((p) => p.id === meeting.personId);
  const [notes, setNotes] = useState('');
  const [learned, setLearned] = useState('');
  const [outcome, setOutcome] = useState<MeetingOutcome | null>(null);
  const [kind, setKind] = useState<ActivityKind>('visit');
  const [stage, setStage] = useState<RelationshipStage | null>(person?.relationship.stage ?? null);
  const [attitude, setAttitude] = useState<Attitude | null>(person?.attitude ?? null);
  const [leaning, setLeaning] = useState<string>(
    person ? leaningKey({ kind: person.leaning.kind, competitorId: person.leaning.competitorId }) : 'unknown',
  );
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!person) return null;
  const name = person.name || t('canvas.placeholderName');
  const submit = () => {
    const done = saveDebrief(meeting.id, {
      outcome,
      notes,
      learned,
      why,
      stage,
      attitude,
      leaning: leaningOfKey(leaning),
      activityId: newId('a'),
      activityKind: kind,
      activitySummary: t('meetings.activity', { objective: meeting.objective.trim() || formatDate(meeting.date, lang) }),
      today: localToday(),
    });
    if ('refusal' in done) return setError(done.refusal);
    undoToast(t('meetings.debriefSaved', { name }), done.step);
    onClose();
  };
  const leaningOptions = [
    ...(['unknown', 'none', 'us'] as const).map((k) => ({ value: k as string, label: LEANING_TERMS[k].label[lang] })),
    ...account.competitors.map((c) => ({
      value: `competitor:${c.id}`,
      label: t('meetings.leaningCompetitor', { name: c.name }),
    })),
  ];
  return (
    <Dialog
      title={t('meetings.debriefTitle', { date: formatDate(meeting.date, lang), name })}
      onClose={onClose}
      onSubmit={submit}
      className="debrief-dialog"
      actions={<CancelSubmit cancel={t('meetings.cancel')} submit={t('meetings.saveDebrief')} onCancel={onClose} />}
    >
      {(meeting.objective || meeting.commitment) && (
        <dl className="debrief-plan">
          {meeting.objective && (
            <>
              <dt>{t('meetings.objective')}</dt>
              <dd>{meeting.objective}</dd>
            </>
          )}
          {meeting.commitment && (
            <>
              <dt>{t('meetings.commitment')}</dt>
              <dd>{meeting.commitment}</dd>
            </>
          )}
        </dl>
      )}
      <div className="field">
        <label className="field-label" htmlFor="debrief-notes">
          {t('meetings.notes')}
        </label>
        <textarea
          id="debrief-notes"
          rows={3}
          maxLength={4000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          data-autofocus
        />
      </div>
      <SelectField<MeetingOutcome>
        label={t('meetings.outcome')}
        value={outcome}
        none={t('meetings.outcomeNotSaid')}
        options={MEETING_OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcomes.${o}`) }))}
        onChange={setOutcome}
      />
      <SelectField<ActivityKind>
        label={t('meetings.activityKind')}
        value={kind}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_TERMS[k].label[lang] }))}
        onChange={(k) => setKind(k ?? 'visit')}
      />
      <div className="field">
        <label className="field-label" htmlFor="debrief-learned">
          {t('meetings.learned')}
        </label>
        <textarea id="debrief-learned" rows={2} maxLength={4000} value={learned} onChange={(e) => setLearned(e.target.value)} />
      </div>
      <fieldset className="debrief-changes">
        <legend>{t('meetings.changes')}</legend>
        <p className="muted">{t('meetings.changesHint')}</p>
        <div className="form-row">
          <SelectField<RelationshipStage>
            label={t('meetings.stage')}
            value={stage}
            options={RELATIONSHIP_STAGES.map((s) => ({ value: s, label: STAGE_TERMS[s].label[lang] }))}
            onChange={setStage}
          />
          <SelectField<Attitude>
            label={t('meetings.attitude')}
            value={attitude}
            options={ATTITUDES.map((a) => ({ value: a, label: ATTITUDE_TERMS[a].label[lang] }))}
            onChange={setAttitude}
          />
          <SelectField<string>
            label={t('meetings.leaning')}
            value={leaning}
            options={leaningOptions}
            onChange={(v) => v && setLeaning(v)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="debrief-why">
            {t('meetings.why')}
          </label>
          <textarea
            id="debrief-why"
            rows={2}
            maxLength={1000}
            value={why}
            onChange={(e) => setWhy(e.target.value)}
            aria-describedby={error ? 'debrief-error' : undefined}
          />
        </div>
      </fieldset>
      {error && (
        <p id="debrief-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

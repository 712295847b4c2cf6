import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import type { Activity } from '../../../../shared/model/person';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../../shared/taxonomy/keys';
import { ACTIVITY_KIND_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { BufferedText } from '../../ui/BufferedText';
import { CheckField, DateField, SelectField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import type { SectionProps } from './sections';

/** Visits, calls, meals…, newest first; the last contact is derived from it. */
export function ActivityLog({ person: p, edit }: SectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [added, setAdded] = useState<string | null>(null);
  const change = (id: string, c: Partial<Activity>, session?: string) =>
    edit((q) => ({ ...q, activities: q.activities.map((a) => (a.id === id ? { ...a, ...c } : a)) }), session && `activity.${id}.${Object.keys(c)[0]}:${session}`);
  const newest = [...p.activities].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section className="activities">
      <div className="section-head">
        <h3>{t('person.activities.title')}</h3>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const id = newId('act');
            const ok = edit((q) => ({
              ...q,
              activities: [...q.activities, { id, date: localToday(), kind: 'visit', summary: '', nextStep: '', nextStepDue: '', nextStepDone: false, memberIds: [] }],
            }));
            if (ok) setAdded(id);
          }}
        >
          + {t('person.activities.add')}
        </button>
      </div>
      {newest.length === 0 && <p className="muted small">{t('person.activities.empty')}</p>}
      {newest.map((a) => (
        <fieldset key={a.id} className="record" data-testid="activity">
          <div className="section-grid">
            <DateField label={t('person.activities.date')} value={a.date} onChange={(date) => date && change(a.id, { date })} />
            <SelectField<ActivityKind>
              label={t('person.activities.kind')}
              value={a.kind}
              options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_TERMS[k].label[lang], title: ACTIVITY_KIND_TERMS[k].description[lang] }))}
              onChange={(kind) => kind && change(a.id, { kind })}
            />
            <BufferedText label={t('person.activities.summary')} value={a.summary} multiline autoFocus={a.id === added} onCommit={(summary, s) => change(a.id, { summary }, s)} />
            <BufferedText label={t('person.activities.nextStep')} value={a.nextStep} multiline onCommit={(nextStep, s) => change(a.id, { nextStep }, s)} />
            <DateField label={t('person.activities.due')} value={a.nextStepDue} onChange={(nextStepDue) => change(a.id, { nextStepDue })} />
            <CheckField label={t('person.activities.done')} checked={a.nextStepDone} onChange={(nextStepDone) => change(a.id, { nextStepDone })} />
          </div>
          <button
            type="button"
            className="button button-small button-danger record-remove"
            aria-label={t('person.activities.remove')}
            title={t('person.activities.remove')}
            onClick={() => edit((q) => ({ ...q, activities: q.activities.filter((x) => x.id !== a.id) }))}
          >
            ✕
          </button>
        </fieldset>
      ))}
    </section>
  );
}

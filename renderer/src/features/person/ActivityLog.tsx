import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { formatDate } from '../../../../shared/logic/date-text';
import type { Activity, Person } from '../../../../shared/model/person';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../../shared/taxonomy/keys';
import { ACTIVITY_KIND_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { BufferedText } from '../../ui/BufferedText';
import { DateField, SelectField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import { ActivityNextStep } from './ActivityNextStep';
import type { SectionProps } from './sections';

/** Visits, calls, meals…, newest first; the last contact is derived from it. */
export function ActivityLog({ person: p, edit, commit }: SectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [added, setAdded] = useState<string | null>(null);
  const change = (id: string, c: Partial<Activity>, session?: string) => {
    const apply = (q: Person) => ({ ...q, activities: q.activities.map((a) => (a.id === id ? { ...a, ...c } : a)) });
    return session ? commit(apply, `activity.${id}.${Object.keys(c)[0]}:${session}`) : edit(apply);
  };
  /** Removes an activity as one undoable edit and says which, with Undo (it comes back into the person as now). */
  const removeActivity = (a: Activity) => {
    if (!edit((q) => ({ ...q, activities: q.activities.filter((x) => x.id !== a.id) }))) return;
    useApp.getState().toast({
      kind: 'info',
      message: t('person.activities.removed', { kind: ACTIVITY_KIND_TERMS[a.kind].label[lang].toLocaleLowerCase(lang), date: formatDate(a.date, lang) }),
      action: { label: t('toasts.undo'), run: () => void edit((q) => (q.activities.some((x) => x.id === a.id) ? q : { ...q, activities: [...q.activities, a] })) },
    });
  };
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
              activities: [...q.activities, { id, date: localToday(), kind: 'visit', summary: '', memberIds: [], actionId: null }],
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
            <DateField
              required
              label={t('person.activities.date')}
              value={a.date}
              onChange={(date) => change(a.id, { date })}
            />
            <SelectField<ActivityKind>
              label={t('person.activities.kind')}
              value={a.kind}
              options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_TERMS[k].label[lang], title: ACTIVITY_KIND_TERMS[k].description[lang] }))}
              onChange={(kind) => kind && change(a.id, { kind })}
            />
            <BufferedText label={t('person.activities.summary')} value={a.summary} multiline autoFocus={a.id === added} onCommit={(summary, s) => change(a.id, { summary }, s)} />
            <ActivityNextStep activity={a} person={p} />
          </div>
          <button
            type="button"
            className="button button-small button-danger record-remove"
            aria-label={t('person.activities.remove')}
            title={t('person.activities.remove')}
            onClick={() => removeActivity(a)}
          >
            ✕
          </button>
        </fieldset>
      ))}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Motives } from '../../../../shared/model/person';
import { ALIGNMENTS, type Alignment } from '../../../../shared/taxonomy/keys';
import { ALIGNMENT_TERMS, CUSTOMER_TYPE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { BufferedText } from '../../ui/BufferedText';
import { SelectField } from '../../ui/Fields';
import type { SectionProps } from './sections';
import { daysBetween } from '../../../../shared/logic/dates';
import { formatDate } from '../../../../shared/logic/date-text';
import { STALE_MOTIVE_DAYS } from '../../../../shared/logic/coverage';
import { useApp } from '../../app/store';
import { localToday } from '../../ui/format';

const TEXTS = ['organizational', 'personal', 'evidence', 'fears', 'ourOffer'] as const;

/** What the organisation wants and what the person wants, how they align, and how we serve both. */
export function MotivesSection({ person: p, edit, commit }: SectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const set = <K extends keyof Motives>(key: K) => (value: Motives[K], session?: string) =>
    session ? commit((q) => ({ ...q, motives: { ...q.motives, [key]: value } }), `motives.${key}:${session}`) : edit((q) => ({ ...q, motives: { ...q.motives, [key]: value } }));
  const type = p.customerType ? CUSTOMER_TYPE_TERMS[p.customerType] : null;
  return (
    <>
      <div className="hint starting-point">
        {type ? (
          <>
            {t('person.motives.startingPoint', { type: type.label[lang], concerns: type.concerns[lang] })}{' '}
            {!p.motives.organizational.trim() && (
              <button type="button" className="button button-small" onClick={() => set('organizational')(type.concerns[lang])}>
                {t('person.motives.useStartingPoint')}
              </button>
            )}
          </>
        ) : (
          t('person.motives.noType')
        )}
      </div>
      <MotivesReviewed reviewedOn={p.motives.reviewedOn} onMark={() => edit((q) => ({ ...q, motives: { ...q.motives, reviewedOn: localToday() } }))} />
      <div className="section-grid">
        {TEXTS.slice(0, 2).map((key) => (
          <BufferedText key={key} label={t(`person.motives.${key}`)} value={p.motives[key]} multiline onCommit={set(key)} />
        ))}
        <SelectField<Alignment>
          label={t('person.motives.alignment')}
          value={p.motives.alignment}
          none={t('person.fields.notSet')}
          options={ALIGNMENTS.map((a) => ({ value: a, label: ALIGNMENT_TERMS[a].label[lang], title: ALIGNMENT_TERMS[a].description[lang] }))}
          onChange={set('alignment')}
        />
        {TEXTS.slice(2).map((key) => (
          <BufferedText key={key} label={t(`person.motives.${key}`)} value={p.motives[key]} multiline onCommit={set(key)} />
        ))}
      </div>
    </>
  );
}

/**
 * When the analysis was last marked reviewed, stale past the Settings' days, and the button that
 * marks it reviewed today (one undo step). Saving an account review does not mark it: a review
 * looks at the map, not at each person's motives, and stamping them all would hide stale ones.
 */
function MotivesReviewed({ reviewedOn, onMark }: { reviewedOn: string; onMark(): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const staleDays = useApp((s) => s.info?.settings.staleMotiveDays) ?? STALE_MOTIVE_DAYS;
  const today = localToday();
  const age = reviewedOn ? daysBetween(reviewedOn, today) : null;
  return (
    <div className="motives-reviewed row" data-testid="motives-reviewed">
      <span className="muted">{reviewedOn ? t('person.motives.reviewedOn', { date: formatDate(reviewedOn, lang) }) : t('person.motives.neverReviewed')}</span>
      {age !== null && age > staleDays && <span className="badge badge-review-due">{t('person.motives.stale', { days: age })}</span>}
      {reviewedOn !== today && (
        <button type="button" className="button button-small" onClick={onMark}>
          {t('person.motives.markReviewed')}
        </button>
      )}
    </div>
  );
}

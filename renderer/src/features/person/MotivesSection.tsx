import { useTranslation } from 'react-i18next';
import type { Motives } from '../../../../shared/model/person';
import { ALIGNMENTS, type Alignment } from '../../../../shared/taxonomy/keys';
import { ALIGNMENT_TERMS, CUSTOMER_TYPE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { BufferedText } from '../../ui/BufferedText';
import { SelectField } from '../../ui/Fields';
import type { SectionProps } from './sections';

const TEXTS = ['organizational', 'personal', 'evidence', 'fears', 'ourOffer'] as const;

/** What the organisation wants and what the person wants, how they align, and how we serve both. */
export function MotivesSection({ person: p, edit }: SectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const set = <K extends keyof Motives>(key: K) => (value: Motives[K], session?: string) =>
    edit((q) => ({ ...q, motives: { ...q.motives, [key]: value } }), session && `motives.${key}:${session}`);
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

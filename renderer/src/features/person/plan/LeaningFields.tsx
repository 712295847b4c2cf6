import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../../../shared/model/account';
import type { Leaning } from '../../../../../shared/model/strategy';
import type { LeaningKind } from '../../../../../shared/taxonomy/keys';
import { LEANING_STRENGTH_TERMS, LEANING_TERMS } from '../../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../../app/i18n';
import { BufferedText } from '../../../ui/BufferedText';
import { SelectField } from '../../../ui/Fields';
import type { SectionProps } from '../sections';

/** The leaning as one choice: not known, nobody, us, or a competitor of the account (`c:<id>`). */
const choiceOf = (l: Leaning): string => (l.kind === 'competitor' ? `c:${l.competitorId ?? ''}` : l.kind);

/**
 * Whom the person leans to (us, one of the account's competitors by name, nobody, not known), how
 * strongly and on what evidence. A competitor since removed stays chosen, shown as "(removed)".
 */
export function LeaningFields({ person: p, edit, commit, competitors }: SectionProps & { competitors: readonly Competitor[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const l = p.leaning;
  const removed = l.kind === 'competitor' && !competitors.some((c) => c.id === l.competitorId);
  const choose = (value: string) => {
    const [kind, competitorId] = value.startsWith('c:')
      ? (['competitor', value.slice(2)] as const)
      : ([value as LeaningKind, null] as const);
    edit((q) => ({
      ...q,
      // Strength means nothing once nobody is favoured (or it is not known): it goes with the choice.
      leaning: { ...q.leaning, kind, competitorId, strength: kind === 'unknown' || kind === 'none' ? null : q.leaning.strength },
    }));
  };
  const leans = l.kind === 'us' || l.kind === 'competitor';
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('personPlan.leaning.title')}</h3>
      <div className="section-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            {t('personPlan.leaning.kind')}
          </label>
          <select id={`${id}-kind`} value={choiceOf(l)} onChange={(e) => choose(e.target.value)}>
            {(['unknown', 'none', 'us'] as const).map((k) => (
              <option key={k} value={k} title={LEANING_TERMS[k].description[lang]}>
                {LEANING_TERMS[k].label[lang]}
              </option>
            ))}
            {(competitors.length > 0 || removed) && (
              <optgroup label={t('personPlan.leaning.competitors')}>
                {competitors.map((c) => (
                  <option key={c.id} value={`c:${c.id}`}>
                    {c.name.trim() || t('personPlan.leaning.unnamedCompetitor')}
                  </option>
                ))}
                {removed && <option value={choiceOf(l)}>{t('personPlan.leaning.removedOption')}</option>}
              </optgroup>
            )}
          </select>
        </div>
        {leans ? (
          <SelectField<'1' | '2' | '3'>
            label={t('personPlan.leaning.strength')}
            value={l.strength ? (String(l.strength) as '1') : null}
            none={t('personPlan.leaning.strengthNone')}
            options={(['1', '2', '3'] as const).map((n) => ({
              value: n,
              label: `${n} – ${LEANING_STRENGTH_TERMS[Number(n) as 1 | 2 | 3][lang]}`,
            }))}
            onChange={(n) => edit((q) => ({ ...q, leaning: { ...q.leaning, strength: n ? Number(n) : null } }))}
          />
        ) : (
          <span />
        )}
        {competitors.length === 0 && !removed && <p className="hint field-wide">{t('personPlan.leaning.noCompetitors')}</p>}
        <BufferedText
          label={t('personPlan.leaning.evidence')}
          value={l.evidence}
          multiline
          onCommit={(evidence, session) =>
            commit((q) => ({ ...q, leaning: { ...q.leaning, evidence } }), `leaning.evidence:${session}`)
          }
        />
      </div>
    </section>
  );
}

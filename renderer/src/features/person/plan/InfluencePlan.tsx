import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/logic/date-text';
import { actionOfEntry } from '../../../../../shared/logic/plan/people';
import type { Account } from '../../../../../shared/model/account';
import { newId } from '../../../../../shared/model/ids';
import type { InfluenceEntry } from '../../../../../shared/model/strategy';
import { INFLUENCE_PRINCIPLES, type Brain, type InfluencePrinciple } from '../../../../../shared/taxonomy/keys';
import { ACTION_STATUS_TERMS, BRAIN_TERMS, INFLUENCE_PRINCIPLE_TERMS } from '../../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../../app/i18n';
import { BufferedText } from '../../../ui/BufferedText';
import { SelectField } from '../../../ui/Fields';
import type { SectionProps } from '../sections';
import { makeActionOfEntry } from './make-action';

/**
 * Both brains (seed 000): the facts, proof, references, tests and visits that would convince the
 * person, and the levers of trust and impression, each tagged with one of Cialdini's six
 * principles. Any entry becomes an action of the plan in one step.
 */
export function InfluencePlan(props: SectionProps & { account: Pick<Account, 'actions'> }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();
  const add = (brain: Brain) => {
    const entry = newId('inf');
    if (
      props.edit((q) => ({
        ...q,
        influencePlan: [...q.influencePlan, { id: entry, brain, text: '', principle: null, actionId: null }],
      }))
    )
      setAdded(entry);
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('personPlan.influence.title')}</h3>
      {(['rational', 'emotional'] as const).map((brain) => (
        <BrainEntries key={brain} brain={brain} {...props} added={added} onAdd={() => add(brain)} />
      ))}
    </section>
  );
}

function BrainEntries({
  brain,
  person: p,
  edit,
  commit,
  account,
  added,
  onAdd,
}: SectionProps & { account: Pick<Account, 'actions'>; brain: Brain; added: string | null; onAdd(): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const entries = p.influencePlan.filter((e) => e.brain === brain);
  const change = (entryId: string, c: Partial<InfluenceEntry>, session?: string) => {
    const apply = (q: typeof p) => ({ ...q, influencePlan: q.influencePlan.map((x) => (x.id === entryId ? { ...x, ...c } : x)) });
    return session ? commit(apply, `influence.${entryId}.${Object.keys(c)[0]}:${session}`) : edit(apply);
  };
  const entryLabel = t(brain === 'rational' ? 'personPlan.influence.rationalEntry' : 'personPlan.influence.emotionalEntry');
  return (
    <div className={`brain brain-${brain}`} data-testid={`brain-${brain}`}>
      <div className="section-head">
        <h4 title={BRAIN_TERMS[brain].description[lang]}>{BRAIN_TERMS[brain].label[lang]}</h4>
        <button type="button" className="button button-small" onClick={onAdd}>
          + {t(brain === 'rational' ? 'personPlan.influence.addRational' : 'personPlan.influence.addEmotional')}
        </button>
      </div>
      {entries.length === 0 && (
        <p className="muted small">
          {t(brain === 'rational' ? 'personPlan.influence.emptyRational' : 'personPlan.influence.emptyEmotional')}
        </p>
      )}
      {entries.map((e, i) => {
        const action = actionOfEntry(account, e);
        const principle = e.principle ? INFLUENCE_PRINCIPLE_TERMS[e.principle] : null;
        return (
          <fieldset key={e.id} className="record influence-entry" data-testid="influence-entry">
            <div className="section-grid">
              <BufferedText
                label={`${entryLabel} ${i + 1}`}
                value={e.text}
                multiline
                maxLength={1000}
                autoFocus={e.id === added}
                onCommit={(text, s) => change(e.id, { text }, s)}
              />
              {brain === 'emotional' && (
                <div className="field-wide principle-field">
                  <SelectField<InfluencePrinciple>
                    label={`${t('personPlan.influence.principle')} ${i + 1}`}
                    value={e.principle}
                    none={t('personPlan.influence.principleNone')}
                    title={principle ? `${principle.label[lang]}: ${principle.description[lang]}` : undefined}
                    options={INFLUENCE_PRINCIPLES.map((k) => ({
                      value: k,
                      label: `${INFLUENCE_PRINCIPLE_TERMS[k].label[lang]} — ${INFLUENCE_PRINCIPLE_TERMS[k].description[lang]}`,
                      title: INFLUENCE_PRINCIPLE_TERMS[k].description[lang],
                    }))}
                    onChange={(v) => change(e.id, { principle: v })}
                  />
                  {/* The chosen principle's one line in full: a narrow panel cuts it in the closed select. */}
                  {principle && (
                    <p className="hint principle-description" data-testid="principle-description">
                      {principle.description[lang]}
                    </p>
                  )}
                </div>
              )}
              <div className="field-wide entry-action">
                {action ? (
                  <span className="muted small" data-testid="entry-action">
                    ✓{' '}
                    {action.due
                      ? t('personPlan.influence.isActionDue', {
                          status: ACTION_STATUS_TERMS[action.status].label[lang],
                          due: formatDate(action.due, lang),
                        })
                      : t('personPlan.influence.isAction', { status: ACTION_STATUS_TERMS[action.status].label[lang] })}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!e.text.trim()}
                    title={e.text.trim() ? undefined : t('personPlan.influence.makeActionEmpty')}
                    aria-label={`${t('personPlan.influence.makeAction')}: ${entryLabel} ${i + 1}`}
                    onClick={() => makeActionOfEntry(p.id, e.id)}
                  >
                    {t('personPlan.influence.makeAction')}
                  </button>
                )}
              </div>
            </div>
            <button
              type="button"
              className="button button-small button-danger record-remove"
              aria-label={`${t('personPlan.influence.remove')}: ${entryLabel} ${i + 1}`}
              title={t('personPlan.influence.remove')}
              onClick={() => edit((q) => ({ ...q, influencePlan: q.influencePlan.filter((x) => x.id !== e.id) }))}
            >
              ✕
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { criteriaChoices, criterionById } from '../../../../../shared/logic/plan/people';
import type { Account } from '../../../../../shared/model/account';
import type { PersonCriterion } from '../../../../../shared/model/strategy';
import { BufferedText } from '../../../ui/BufferedText';
import { SelectField } from '../../../ui/Fields';
import type { SectionProps } from '../sections';

const PRIORITIES = ['1', '2', '3', '4', '5'] as const;

/**
 * The keyboard case: which decision criteria of the account's open opportunities this person
 * cares about, their own priority, and what "good" means to them. Criteria are made on the
 * opportunity; here they are picked. One since deleted shows "(removed)" with what was said.
 */
export function PersonCriteria({ person: p, edit, commit, account }: SectionProps & { account: Pick<Account, 'opportunities'> }) {
  const { t } = useTranslation();
  const id = useId();
  const [added, setAdded] = useState<string | null>(null);
  const chosen = new Set(p.criteria.map((c) => c.id));
  const open = criteriaChoices(account).filter((c) => !chosen.has(c.criterion.id));
  const byOpportunity = [...new Map(open.map((c) => [c.opportunity.id, c.opportunity])).values()];
  const change = (criterionId: string, c: Partial<PersonCriterion>, session?: string) => {
    const apply = (q: typeof p) => ({ ...q, criteria: q.criteria.map((x) => (x.id === criterionId ? { ...x, ...c } : x)) });
    return session ? commit(apply, `criteria.${criterionId}.${Object.keys(c)[0]}:${session}`) : edit(apply);
  };
  const add = (criterionId: string) => {
    if (edit((q) => ({ ...q, criteria: [...q.criteria, { id: criterionId, priority: 3, good: '' }] }))) setAdded(criterionId);
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('personPlan.criteria.title')}</h3>
      <p className="hint">{t('personPlan.criteria.help')}</p>
      {p.criteria.map((c) => {
        const found = criterionById(account, c.id);
        const name = found ? found.criterion.text.trim() || '—' : t('personPlan.criteria.removed');
        return (
          <fieldset key={c.id} className={`record person-criterion${found ? '' : ' removed'}`} data-testid="person-criterion">
            <legend className="criterion-name" title={found ? undefined : t('personPlan.criteria.removedHelp')}>
              <strong>{name}</strong>
              {found && (
                <span className="muted small">
                  {' '}
                  ·{' '}
                  {t('personPlan.criteria.context', {
                    opportunity: found.opportunity.name || '—',
                    weight: found.criterion.weight,
                  })}
                </span>
              )}
            </legend>
            <div className="section-grid">
              <SelectField<(typeof PRIORITIES)[number]>
                label={t('personPlan.criteria.priority')}
                value={String(c.priority) as '3'}
                options={PRIORITIES.map((n) => ({ value: n, label: t(`personPlan.criteria.priorityLevels.${n}`) }))}
                onChange={(n) => n && change(c.id, { priority: Number(n) })}
              />
              <span />
              <BufferedText
                label={t('personPlan.criteria.good')}
                placeholder={t('personPlan.criteria.goodPlaceholder')}
                value={c.good}
                multiline
                maxLength={1000}
                autoFocus={c.id === added}
                onCommit={(good, s) => change(c.id, { good }, s)}
              />
            </div>
            <button
              type="button"
              className="button button-small button-danger record-remove"
              aria-label={`${t('personPlan.criteria.remove')}: ${name}`}
              title={t('personPlan.criteria.remove')}
              onClick={() => edit((q) => ({ ...q, criteria: q.criteria.filter((x) => x.id !== c.id) }))}
            >
              ✕
            </button>
          </fieldset>
        );
      })}
      {open.length > 0 ? (
        <select
          className="select-small add-criterion"
          aria-label={t('personPlan.criteria.add')}
          value=""
          onChange={(e) => {
            if (e.target.value) add(e.target.value);
            e.target.value = '';
          }}
        >
          <option value="">{t('personPlan.criteria.add')}</option>
          {byOpportunity.map((o) => (
            <optgroup key={o.id} label={o.name || '—'}>
              {open
                .filter((c) => c.opportunity.id === o.id)
                .map(({ criterion }) => (
                  <option key={criterion.id} value={criterion.id}>
                    {criterion.text.trim() || '—'}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      ) : (
        p.criteria.length === 0 && <p className="muted small">{t('personPlan.criteria.none')}</p>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Opportunity } from '../../../../shared/model/account';
import { newId } from '../../../../shared/model/ids';
import { DECISION_QUESTIONS, OPPORTUNITY_STATUSES, type OpportunityStatus } from '../../../../shared/taxonomy/keys';
import { DECISION_QUESTION_TERMS, OPPORTUNITY_STATUS_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { BufferedText } from '../../ui/BufferedText';
import { CheckField, DateField, SelectField } from '../../ui/Fields';
import { MoneyField } from '../../ui/MoneyField';
import { CriteriaBlock } from '../criteria/CriteriaBlock';
import { PeoplePicker } from './PeoplePicker';
import { decisionFieldId, type AccountSectionProps } from './sections';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const;
const TEXTS = ['timeline', 'problem', 'purchasePlan'] as const;

/** Each deal: money, dates, the problem, the plan, who we compete with, and who answers the five questions. */
export function OpportunitiesSection({ account, edit, commit }: AccountSectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [added, setAdded] = useState<string | null>(null);
  const change = (id: string, c: Partial<Opportunity>, session?: string) =>
    commit((a) => ({ opportunities: a.opportunities.map((o) => (o.id === id ? { ...o, ...c } : o)) }), session && `opp.${id}.${Object.keys(c)[0]}:${session}`);
  const add = () => {
    const id = newId('opp');
    if (edit((a) => ({ opportunities: [...a.opportunities, Opportunity.parse({ id, name: '' })] }))) setAdded(id);
  };
  return (
    <>
      <div className="section-head">
        <span />
        <button type="button" className="button button-small" onClick={add}>
          + {t('accountInfo.opportunities.add')}
        </button>
      </div>
      {account.opportunities.length === 0 && <p className="muted small">{t('accountInfo.opportunities.empty')}</p>}
      {account.opportunities.map((o) => (
        <fieldset key={o.id} className="record opportunity" data-testid="opportunity">
          <legend className="sr-only">{o.name}</legend>
          <div className="section-grid wide-grid">
            <BufferedText label={t('accountInfo.opportunities.name')} value={o.name} maxLength={300} autoFocus={o.id === added} onCommit={(name, s) => change(o.id, { name }, s)} className="field-wide" />
            <SelectField<OpportunityStatus>
              label={t('accountInfo.opportunities.status')}
              value={o.status}
              options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: OPPORTUNITY_STATUS_TERMS[s].label[lang] }))}
              onChange={(status) => status && change(o.id, { status })}
            />
            <div className="field-pair">
              <MoneyField
                label={t('accountInfo.opportunities.budget')}
                amount={o.budget.amount}
                currency={o.budget.currency}
                onCommit={(amount, currency, s) => change(o.id, { budget: { amount, currency: currency ?? o.budget.currency } }, s)}
              />
              <SelectField
                label={t('accountInfo.currency')}
                value={o.budget.currency}
                options={[...new Set([...CURRENCIES, o.budget.currency])].map((c) => ({ value: c, label: c }))}
                onChange={(currency) => currency && change(o.id, { budget: { ...o.budget, currency } })}
              />
            </div>
            <DateField label={t('accountInfo.opportunities.decisionDate')} value={o.decisionDate} onChange={(decisionDate) => change(o.id, { decisionDate })} />
            {TEXTS.map((key) => (
              <BufferedText key={key} label={t(`accountInfo.opportunities.${key}`)} value={o[key]} multiline onCommit={(v, s) => change(o.id, { [key]: v }, s)} />
            ))}
            <fieldset className="field-wide checks">
              <legend className="field-label">{t('accountInfo.opportunities.competitors')}</legend>
              {account.competitors.length === 0 && <span className="muted small">{t('accountInfo.opportunities.noCompetitors')}</span>}
              {account.competitors.map((c) => (
                <CheckField
                  key={c.id}
                  label={c.name || '—'}
                  checked={o.competitorIds.includes(c.id)}
                  onChange={(on) => change(o.id, { competitorIds: on ? [...o.competitorIds, c.id] : o.competitorIds.filter((x) => x !== c.id) })}
                />
              ))}
            </fieldset>
          </div>
          <h4>{t('accountInfo.opportunities.decisions')}</h4>
          <div className="section-grid wide-grid">
            {DECISION_QUESTIONS.map((q) => (
              <PeoplePicker
                key={q}
                id={decisionFieldId(o.id, q)}
                label={DECISION_QUESTION_TERMS[q].label[lang]}
                help={DECISION_QUESTION_TERMS[q].description[lang]}
                people={account.people}
                chosen={o.decisions[q]}
                onChange={(ids) => change(o.id, { decisions: { ...o.decisions, [q]: ids } })}
              />
            ))}
          </div>
          <CriteriaBlock account={account} opportunity={o} edit={edit} commit={commit} />
          <button
            type="button"
            className="button button-small button-danger record-remove"
            aria-label={`${t('accountInfo.remove')}: ${o.name}`}
            title={t('accountInfo.remove')}
            onClick={() => edit((a) => ({ opportunities: a.opportunities.filter((x) => x.id !== o.id) }))}
          >
            ✕
          </button>
        </fieldset>
      ))}
    </>
  );
}

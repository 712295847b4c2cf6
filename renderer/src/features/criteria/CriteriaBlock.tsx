import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { canAddCriterion, competitorsInPlay, newCriterion, removeCriterion, theirScore, weightedScore, withTheirScore } from '../../../../shared/logic/strategy/criteria';
import type { Opportunity } from '../../../../shared/model/account';
import { newId } from '../../../../shared/model/ids';
import { CRITERIA_MAX, type Criterion, type Score } from '../../../../shared/model/strategy';
import { BufferedText } from '../../ui/BufferedText';
import type { AccountSectionProps } from '../account/sections';
import { ScoreSelect } from './ScoreSelect';
import { ThemesBlock } from './ThemesBlock';
import { useStrategyEdit } from './useStrategyEdit';
import './criteria.css';

/** The element a finding about an opportunity's criteria focuses (see FindingsView). */
export const criteriaBlockId = (opportunityId: string) => `criteria-${opportunityId}`;

const WEIGHTS = [1, 2, 3, 4, 5] as const;
const one = (n: number) => n.toFixed(1);

/**
 * An opportunity's decision criteria: each with its weight, our score and each competitor-in-play's
 * (1–5, with why), the weighted score of each vendor underneath; then the win themes.
 */
export function CriteriaBlock({ account, opportunity: o, edit, commit }: AccountSectionProps & { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const { apply, refuse } = useStrategyEdit();
  const [added, setAdded] = useState<string | null>(null);
  const rivals = competitorsInPlay(account, o);
  const label = (c: Criterion) => c.text.trim() || t('criteria.unnamed');

  const changeCriteria = (f: (list: Criterion[]) => Criterion[], session?: string) =>
    commit((a) => ({ opportunities: a.opportunities.map((x) => (x.id === o.id ? { ...x, criteria: f(x.criteria) } : x)) }), session && `crit.${o.id}:${session}`);
  const change = (id: string, f: (c: Criterion) => Criterion, session?: string) => changeCriteria((list) => list.map((c) => (c.id === id ? f(c) : c)), session);
  const add = () => {
    if (!canAddCriterion(o)) return refuse(t('criteria.tooMany', { max: CRITERIA_MAX }));
    const id = newId('crit');
    if (changeCriteria((list) => [...list, newCriterion(id)]) === true) setAdded(id);
  };
  const remove = (c: Criterion) => {
    const { opportunities, people } = removeCriterion(account, o.id, c.id);
    apply({ fields: { opportunities }, people }, { done: t('criteria.removed', { criterion: label(c) }) });
  };
  const setScore = (c: Criterion, vendor: string, s: Partial<Score>, session?: string) =>
    change(c.id, (x) => (vendor === 'ours' ? { ...x, ours: { ...x.ours, ...s } } : withTheirScore(x, vendor, s)), session && `${c.id}.${vendor}.${Object.keys(s)[0]}:${session}`);
  const vendors = [{ id: 'ours', name: t('criteria.us') }, ...rivals.map((r) => ({ id: r.id, name: r.name || '—' }))];

  return (
    <div id={criteriaBlockId(o.id)} className="criteria-block" tabIndex={-1} aria-labelledby={`${criteriaBlockId(o.id)}-title`}>
      <div className="section-head">
        <h4 id={`${criteriaBlockId(o.id)}-title`} title={t('criteria.help')}>
          {t('criteria.title')} <span className="count">{o.criteria.length}</span>
        </h4>
        <span className="spacer" />
        {o.criteria.length > 0 && (
          <Link href={`/accounts/${account.id}/criteria/${o.id}`} className="button button-small">
            {t('criteria.openMatrix')}
          </Link>
        )}
        <button type="button" className="button button-small" onClick={add}>
          + {t('criteria.add')}
        </button>
      </div>
      <p className="muted small">{t('criteria.help')}</p>
      {rivals.length === 0 && o.criteria.length > 0 && <p className="muted small">{t('criteria.noCompetitors')}</p>}
      {o.criteria.length === 0 ? (
        <p className="muted small">{t('criteria.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="edit-table criteria-table" data-testid="criteria-table">
            <caption className="sr-only">{t('criteria.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('criteria.text')}</th>
                <th scope="col">{t('criteria.weight')}</th>
                {vendors.map((v) => (
                  <th key={v.id} scope="col" className={v.id === 'ours' ? 'ours' : undefined}>
                    {v.name}
                  </th>
                ))}
                <th>
                  <span className="sr-only">{t('accountInfo.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {o.criteria.map((c, i) => (
                <tr key={c.id} data-testid="criterion">
                  <td className="criterion-text">
                    <BufferedText hideLabel label={t('criteria.textLabel', { n: i + 1 })} value={c.text} maxLength={500} autoFocus={c.id === added} onCommit={(text, s) => change(c.id, (x) => ({ ...x, text }), `${c.id}.text:${s}`)} />
                  </td>
                  <td>
                    <select aria-label={t('criteria.weightLabel', { criterion: label(c) })} value={c.weight} onChange={(e) => change(c.id, (x) => ({ ...x, weight: Number(e.target.value) }))}>
                      {WEIGHTS.map((w) => (
                        <option key={w} value={w}>
                          {t(`criteria.weights.${w}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {vendors.map((v) => {
                    const s = v.id === 'ours' ? c.ours : theirScore(c, v.id);
                    return (
                      <td key={v.id} className={`score-cell${v.id === 'ours' ? ' ours' : ''}`}>
                        <ScoreSelect label={t('criteria.scoreLabel', { vendor: v.name, criterion: label(c) })} value={s.score} onChange={(score) => setScore(c, v.id, { score })} />
                        <BufferedText
                          hideLabel
                          label={t('criteria.noteLabel', { vendor: v.name, criterion: label(c) })}
                          placeholder={t('criteria.why')}
                          value={s.note}
                          maxLength={1000}
                          onCommit={(note, session) => setScore(c, v.id, { note }, session)}
                        />
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" className="button button-small button-danger" aria-label={t('criteria.remove', { criterion: label(c) })} title={t('criteria.remove', { criterion: label(c) })} onClick={() => remove(c)}>
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('criteria.weighted')}
                </th>
                {vendors.map((v) => {
                  const w = weightedScore(o.criteria, v.id);
                  return (
                    <td key={v.id} className={`weighted${v.id === 'ours' ? ' ours' : ''}`} data-testid={`weighted-${v.id}`}>
                      {w.score === null ? t('criteria.notScored') : w.scored === w.of ? t('criteria.weightedValue', { score: one(w.score) }) : t('criteria.weightedPart', { score: one(w.score), scored: w.scored, of: w.of })}
                    </td>
                  );
                })}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <ThemesBlock account={account} opportunity={o} edit={edit} commit={commit} />
    </div>
  );
}

import i18next from 'i18next';
import { briefingFindings, openActions, peopleToDetail } from '../../../../shared/logic/briefing';
import { zoneOf } from '../../../../shared/logic/segmentation';
import type { BriefingData } from '../../../../shared/model/briefing';
import { BUYING_ROLES, DECISION_QUESTIONS } from '../../../../shared/taxonomy/keys';
import { BUYING_ROLE_TERMS, DECISION_QUESTION_TERMS, OPPORTUNITY_STATUS_TERMS, POTENTIAL_TERMS, ZONE_TERMS } from '../../../../shared/taxonomy/labels';
import { describe as describeFinding } from '../findings/describe';
import { formatMoneyExact } from '../../../../shared/logic/money';
import { ChartPages } from './ChartPages';
import { PersonBrief } from './PersonBrief';
import { ChangesOfPostPrint, FormerPeoplePrint } from './SuccessionPrint';
import { LeaningsPrint, OpportunityStrategyPrint, WhitespacePrint } from './StrategyPrint';
import { TrendsPrint } from '../trends/TrendsPrint';
import { listNames } from '../../../../shared/i18n/lists';
import { ownerName } from '../plan/owner';
import { formatDate } from '../../../../shared/logic/date-text';

/**
 * The bid-team briefing, in the request's language, from data the services already cut to its
 * level: cover, org chart, summary with the criteria and win themes, decision map with the
 * leanings, changes of post, gaps and risks, whitespace, people, former people, action plan.
 */
export function BriefingDocument({ data }: { data: BriefingData }) {
  const { account, request, today } = data;
  const lang = request.language;
  const t = i18next.getFixedT(lang);
  const level = request.level;
  const team = level !== 'map';
  const opportunity = request.opportunityId ? account.opportunities.find((o) => o.id === request.opportunityId) : undefined;
  const opportunities = opportunity ? [opportunity] : account.opportunities.filter((o) => o.status === 'open');
  const name = (id: string) => account.people.find((p) => p.id === id)?.name || t('canvas.placeholderName');
  const findings = briefingFindings(account, level, today);
  const people = peopleToDetail(account, request.people);
  const actions = team ? openActions(account) : [];
  const zone = zoneOf(account.segmentation);
  const potential = account.segmentation.potential;
  const levelLabel = t(`briefing.levels.${level}`);

  return (
    <div className="print-doc" lang={lang}>
      <section className="print-page cover">
        <p className="cover-kicker">{t('briefing.kicker')}</p>
        <h1>{account.name}</h1>
        {account.alternateName && <p className="cover-alt">{account.alternateName}</p>}
        {opportunity && <p className="cover-opportunity">{opportunity.name}</p>}
        <dl className="cover-facts">
          <div>
            <dt>{t('briefing.cover.date')}</dt>
            <dd>{formatDate(today, lang)}</dd>
          </div>
          {data.preparedBy && (
            <div>
              <dt>{t('briefing.cover.preparedBy')}</dt>
              <dd>{data.preparedBy}</dd>
            </div>
          )}
          <div>
            <dt>{t('briefing.cover.level')}</dt>
            <dd data-testid="level">
              {levelLabel} — {t(`briefing.levelHelp.${level}`)}
            </dd>
          </div>
          <div>
            <dt>{t('briefing.cover.scope')}</dt>
            <dd>{opportunity ? t('briefing.cover.oneOpportunity') : t('briefing.cover.wholeAccount')} · {t(`briefing.cover.people_${request.people}`)}</dd>
          </div>
        </dl>
        <p className="cover-confidential">{t('briefing.confidential', { level: levelLabel })}</p>
      </section>

      <ChartPages account={account} t={t} lang={lang} firstPage={2} assessment={team} />

      <section className="print-flow">
        {team && (
          <>
            <h2>{t('briefing.summary.title')}</h2>
            <p>
              {potential && zone
                ? t('briefing.summary.cell', { potential: POTENTIAL_TERMS[potential].label[lang], zone: ZONE_TERMS[zone].label[lang], strategy: ZONE_TERMS[zone].strategy[lang] })
                : t('briefing.summary.noCell')}
            </p>
            {opportunities.map((o) => (
              <div key={o.id} className="opportunity-summary">
                <h3>
                  {o.name} <span className="muted">({OPPORTUNITY_STATUS_TERMS[o.status].label[lang]})</span>
                </h3>
                <dl className="facts">
                  <div>
                    <dt>{t('accountInfo.opportunities.budget')}</dt>
                    <dd>{o.budget.amount === null ? '—' : formatMoneyExact(o.budget.amount, o.budget.currency, lang)}</dd>
                  </div>
                  <div>
                    <dt>{t('accountInfo.opportunities.decisionDate')}</dt>
                    <dd>{formatDate(o.decisionDate, lang) || '—'}</dd>
                  </div>
                  {o.timeline && (
                    <div>
                      <dt>{t('accountInfo.opportunities.timeline')}</dt>
                      <dd>{o.timeline}</dd>
                    </div>
                  )}
                  {o.problem && (
                    <div>
                      <dt>{t('accountInfo.opportunities.problem')}</dt>
                      <dd>{o.problem}</dd>
                    </div>
                  )}
                  {o.purchasePlan && (
                    <div>
                      <dt>{t('accountInfo.opportunities.purchasePlan')}</dt>
                      <dd>{o.purchasePlan}</dd>
                    </div>
                  )}
                </dl>
                {o.competitorIds.length > 0 && (
                  <table className="print-table">
                    <caption>{t('accountInfo.opportunities.competitors')}</caption>
                    <thead>
                      <tr>
                        <th>{t('accountInfo.competitors.name')}</th>
                        <th>{t('accountInfo.competitors.products')}</th>
                        <th>{t('accountInfo.competitors.satisfaction')}</th>
                        <th>{t('accountInfo.competitors.repName')}</th>
                        <th>{t('accountInfo.competitors.repRelationship')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {account.competitors
                        .filter((c) => o.competitorIds.includes(c.id))
                        .map((c) => (
                          <tr key={c.id}>
                            <td>{c.name}</td>
                            <td>{c.products}</td>
                            <td>{c.satisfaction ? `${c.satisfaction} / 5` : '—'}</td>
                            <td>{[c.repName, c.repStyle].filter(Boolean).join(' — ')}</td>
                            <td>{c.repRelationship}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                )}
              </div>
            ))}
            {opportunities.map((o) => (
              <OpportunityStrategyPrint key={o.id} account={account} opportunity={o} t={t} lang={lang} />
            ))}
          </>
        )}

        <h2>{t('briefing.decisions.title')}</h2>
        {team &&
          opportunities.map((o) => (
            <table key={o.id} className="print-table">
              <caption>{o.name}</caption>
              <tbody>
                {DECISION_QUESTIONS.map((q) => (
                  <tr key={q}>
                    <th>{DECISION_QUESTION_TERMS[q].label[lang]}</th>
                    <td>{o.decisions[q].length ? listNames(o.decisions[q].map(name), lang) : <em>{t('briefing.decisions.unanswered')}</em>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        <table className="print-table">
          <caption>{t('briefing.decisions.roles')}</caption>
          <tbody>
            {BUYING_ROLES.map((r) => {
              const holders = account.people.filter((p) => p.roles.includes(r));
              return (
                <tr key={r}>
                  <th>{BUYING_ROLE_TERMS[r].label[lang]}</th>
                  <td>{holders.length ? listNames(holders.map((p) => p.name || t('canvas.placeholderName')), lang) : <em>{t('briefing.decisions.nobody')}</em>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {team && <LeaningsPrint account={account} t={t} lang={lang} />}

        <ChangesOfPostPrint account={account} level={level} t={t} lang={lang} />

        {team && (
          <>
            <h2>{t('briefing.findings.title')}</h2>
            {findings.length === 0 ? (
              <p>{t('findings.noneBody')}</p>
            ) : (
              <table className="print-table findings-table">
                <thead>
                  <tr>
                    <th>{t('briefing.findings.finding')}</th>
                    <th>{t('briefing.findings.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {findings.map((f, i) => (
                    <tr key={i}>
                      <td>{describeFinding(f, account, t, lang)}</td>
                      <td>{t(`briefing.actions.${f.kind}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}

        {team && <WhitespacePrint account={account} t={t} lang={lang} />}

        {team && <TrendsPrint account={account} today={today} t={t} lang={lang} />}

        <h2>{request.people === 'key' ? t('briefing.people.key') : t('briefing.people.all')}</h2>
        {people.length === 0 && <p className="muted">{!team && request.people === 'key' ? t('briefing.people.mapKey') : t('briefing.people.none')}</p>}
        {people.map((p) => (
          <PersonBrief key={p.id} person={p} account={account} level={level} t={t} lang={lang} today={today} />
        ))}
        <FormerPeoplePrint account={account} level={level} t={t} lang={lang} />

        {team && (
          <>
            <h2>{t('briefing.plan.title')}</h2>
            {actions.length === 0 ? (
              <p className="muted">{t('briefing.plan.none')}</p>
            ) : (
              <table className="print-table" data-testid="action-plan">
                <thead>
                  <tr>
                    <th>{t('briefing.plan.due')}</th>
                    <th>{t('briefing.plan.owner')}</th>
                    <th>{t('briefing.plan.who')}</th>
                    <th>{t('briefing.plan.step')}</th>
                  </tr>
                </thead>
                <tbody>
                  {actions.map((a) => (
                    <tr key={a.id}>
                      <td>{formatDate(a.due, lang) || '—'}</td>
                      <td>{ownerName(a.owner, account, data.preparedBy, t)}</td>
                      <td>{a.personIds.length ? listNames(a.personIds.map(name), lang) : '—'}</td>
                      <td>{a.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>
    </div>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { statesOverTime } from '../../../../shared/logic/history/states';
import { accountTrend, heatMatrix } from '../../../../shared/logic/history/trends';
import { currentLanguage } from '../../app/i18n';
import { localToday } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { AccountTrendCharts } from './AccountTrendCharts';
import { HeatLegend, HeatMatrixChart } from './HeatMatrixChart';
import { HeatMatrixTable } from './HeatMatrixTable';
import './trends.css';

/** Rows of the heat matrix drawn before "Show all": key people and the most influential come first. */
export const HEAT_ROWS_FIRST = 30;

/** The account's Trends tab: how support, roles covered and risks moved, and who of our team knows whom. */
export function TrendsView() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const today = localToday();
  const trend = useMemo(() => accountTrend(statesOverTime(account, today)), [account, today]);
  const matrix = useMemo(() => heatMatrix(account), [account]);
  const [all, setAll] = useState(false);
  const [asTable, setAsTable] = useState(false);
  const capped = !all && matrix.rows.length > HEAT_ROWS_FIRST;
  const shown = capped ? HEAT_ROWS_FIRST : null;

  return (
    <div className="trends-view" data-testid="trends-view">
      <section aria-labelledby="trends-account-title">
        <h2 id="trends-account-title">{t('trends.title')}</h2>
        <AccountTrendCharts trend={trend} t={t} lang={lang} width={560} figures />
      </section>
      <section aria-labelledby="trends-heat-title" className="heat-section">
        <h2 id="trends-heat-title">{t('trends.heat.title')}</h2>
        {matrix.members.length === 0 || matrix.rows.length === 0 ? (
          <div className="trend-empty" role="status">
            <p>{matrix.members.length === 0 ? t('trends.heat.noTeam') : t('trends.heat.noPeople')}</p>
            {matrix.members.length === 0 && (
              <Link href={`/accounts/${account.id}/details/section-team`} className="button">
                {t('trends.heat.toTeam')}
              </Link>
            )}
          </div>
        ) : (
          <>
            <p className="trend-explain">{t('trends.heat.explain')}</p>
            <div className="heat-bar">
              <HeatLegend t={t} />
              <div className="segmented heat-as" role="radiogroup" aria-label={t('trends.heat.showAs')}>
                <span className="muted small">{t('trends.heat.showAs')}</span>
                {([false, true] as const).map((table) => (
                  <button
                    key={String(table)}
                    type="button"
                    role="radio"
                    aria-checked={asTable === table}
                    className={`button button-small${asTable === table ? ' active' : ''}`}
                    onClick={() => setAsTable(table)}
                  >
                    {t(table ? 'trends.heat.asTable' : 'trends.heat.asChart')}
                  </button>
                ))}
              </div>
            </div>
            <div className="heat-scroll">
              {asTable ? (
                <HeatMatrixTable matrix={matrix} t={t} limit={shown} placeholderName={t('canvas.placeholderName')} />
              ) : (
                <HeatMatrixChart matrix={matrix} t={t} limit={shown} placeholderName={t('canvas.placeholderName')} />
              )}
            </div>
            {matrix.rows.length > HEAT_ROWS_FIRST && (
              <button type="button" className="button button-small" onClick={() => setAll((v) => !v)} aria-expanded={!capped}>
                {capped
                  ? t('trends.heat.showAll', { count: matrix.rows.length })
                  : t('trends.heat.showFirst', { count: HEAT_ROWS_FIRST })}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}

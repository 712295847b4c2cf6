import type { TFunction } from 'i18next';
import { statesOverTime } from '../../../../shared/logic/history/states';
import { accountTrend, heatMatrix } from '../../../../shared/logic/history/trends';
import type { Account } from '../../../../shared/model/account';
import type { Language } from '../../../../shared/taxonomy/keys';
import { AccountTrendCharts } from './AccountTrendCharts';
import { HeatLegend, HeatMatrixChart } from './HeatMatrixChart';
import './trends.css';

/** Rows of the heat matrix a briefing prints: key people and the most influential come first. */
export const HEAT_ROWS_PRINTED = 36;

/**
 * The trends on paper (team and full briefings only; the caller prints none at map level, and a
 * map-level account carries no attitudes or coverage to draw): the account's charts and the
 * coverage heat matrix, as vector SVG.
 */
export function TrendsPrint({ account, today, t, lang }: { account: Account; today: string; t: TFunction; lang: Language }) {
  const trend = accountTrend(statesOverTime(account, today));
  const matrix = heatMatrix(account);
  const left = matrix.rows.length - HEAT_ROWS_PRINTED;
  return (
    <section className="print-trends" data-testid="print-trends">
      <h2>{t('trends.print.title')}</h2>
      <AccountTrendCharts trend={trend} t={t} lang={lang} width={640} />
      {/* On a page of its own, so the legend and the matrix stay together. */}
      <div className="print-heat">
        <h3>{t('trends.heat.title')}</h3>
        {matrix.members.length === 0 || matrix.rows.length === 0 ? (
          <p className="muted">{matrix.members.length === 0 ? t('trends.heat.noTeam') : t('trends.heat.noPeople')}</p>
        ) : (
          <>
            <p className="trend-explain">{t('trends.heat.explain')}</p>
            <HeatLegend t={t} />
            <HeatMatrixChart matrix={matrix} t={t} limit={HEAT_ROWS_PRINTED} placeholderName={t('canvas.placeholderName')} />
            {left > 0 && <p className="muted small">{t('trends.print.heatMore', { count: left })}</p>}
          </>
        )}
      </div>
    </section>
  );
}

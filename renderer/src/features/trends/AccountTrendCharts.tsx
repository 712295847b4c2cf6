import type { TFunction } from 'i18next';
import { hasTrend, type AccountTrend } from '../../../../shared/logic/history/trends';
import type { Language } from '../../../../shared/taxonomy/keys';
import { LineChart } from './LineChart';

interface Props {
  trend: AccountTrend;
  t: TFunction;
  lang: Language;
  width: number;
  /** Each chart's values as a table too (the app; not the briefing). */
  figures?: boolean;
}

const ceiling = (n: number) => Math.max(4, Math.ceil(n / 4) * 4);
const quarters = (max: number) => [0, max / 4, max / 2, (3 * max) / 4, max];

/**
 * The account's three trend charts: support vs opposition among decision makers and influencers
 * (weighted by influence), buying roles covered, open risks. The app and the briefing draw the
 * same ones; before a second date there is one point each and a sentence saying when lines start.
 */
export function AccountTrendCharts({ trend, t, lang, width, figures }: Props) {
  const { points } = trend;
  const dates = points.map((p) => p.date);
  const weightMax = ceiling(Math.max(...points.map((p) => Math.max(p.support, p.opposition)), 0));
  const risksMax = ceiling(Math.max(...points.map((p) => p.openRisks ?? 0), 0));
  const table = figures ? { summary: t('trends.figures'), date: t('trends.person.date') } : undefined;
  return (
    <div className="trend-charts" data-testid="trend-charts">
      {!hasTrend(points) && <p className="trend-note">{t('trends.startsWithReview')}</p>}
      <LineChart
        testId="trend-support"
        title={t('trends.support.title')}
        dates={dates}
        series={[
          { key: 'for', label: t('trends.support.for'), values: points.map((p) => p.support), tone: 'for' },
          { key: 'against', label: t('trends.support.against'), values: points.map((p) => p.opposition), tone: 'against' },
        ]}
        yDomain={[0, weightMax]}
        yTicks={quarters(weightMax)}
        lang={lang}
        width={width}
        lastValue
        figures={table}
        note={t('trends.support.explain')}
      />
      <LineChart
        testId="trend-roles"
        title={t('trends.roles.title', { count: trend.roleCount })}
        dates={dates}
        series={[
          { key: 'roles', label: t('trends.roles.line'), values: points.map((p) => p.rolesCovered.length), tone: 'roles' },
        ]}
        yDomain={[0, trend.roleCount]}
        yTicks={[0, trend.roleCount / 2, trend.roleCount]}
        lang={lang}
        width={width}
        lastValue
        figures={table}
        height={140}
      />
      <LineChart
        testId="trend-risks"
        title={t('trends.risks.title')}
        dates={dates}
        series={[{ key: 'risks', label: t('trends.risks.line'), values: points.map((p) => p.openRisks), tone: 'risks' }]}
        yDomain={[0, risksMax]}
        yTicks={quarters(risksMax)}
        lang={lang}
        width={width}
        lastValue
        figures={table}
        height={140}
      />
    </div>
  );
}

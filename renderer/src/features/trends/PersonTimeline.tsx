import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/logic/date-text';
import { statesOverTime } from '../../../../shared/logic/history/states';
import { hasTrend, personTimeline } from '../../../../shared/logic/history/trends';
import type { Account } from '../../../../shared/model/account';
import type { Person } from '../../../../shared/model/person';
import { RELATIONSHIP_STAGES, type Attitude } from '../../../../shared/taxonomy/keys';
import { ATTITUDE_TERMS, LEANING_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { localToday } from '../../ui/format';
import { LineChart } from './LineChart';
import './trends.css';

/** Attitudes as heights, most for us at the top; 'unknown' has no height (the line breaks). */
const ATTITUDE_LEVEL: Record<Attitude, number | null> = {
  opponent: 1,
  skeptic: 2,
  neutral: 3,
  supporter: 4,
  champion: 5,
  unknown: null,
};
const ATTITUDE_AT = ['opponent', 'skeptic', 'neutral', 'supporter', 'champion'] as const;

/**
 * A person's timeline in their panel: stage, attitude and closeness over time (stage changes,
 * reviews, now) with their contacts marked, and the same points as a table with the leaning.
 */
export function PersonTimeline({ person, account }: { person: Person; account: Account }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localToday();
  const timeline = useMemo(() => personTimeline(person.id, person, statesOverTime(account, today)), [person, account, today]);
  const { points } = timeline;
  const dates = points.map((p) => p.date);
  const marks = timeline.activities.map((a) => a.date);
  const common = { dates, lang, width: 360, height: 118, left: 100, step: true, marks, markLabel: t('trends.person.contact') };
  const name = person.name || t('canvas.placeholderName');

  return (
    <section className="person-timeline" aria-labelledby="person-timeline-title" data-testid="person-timeline">
      <h3 id="person-timeline-title">{t('trends.person.title')}</h3>
      {!hasTrend(points) && <p className="trend-note">{t('trends.person.onePoint', { name })}</p>}
      <LineChart
        {...common}
        testId="timeline-stage"
        title={t('trends.person.stageChart')}
        series={[
          {
            key: 'stage',
            label: t('trends.person.stage'),
            values: points.map((p) => RELATIONSHIP_STAGES.indexOf(p.stage) + 1),
            tone: 'stage',
          },
        ]}
        yDomain={[1, 5]}
        yTicks={[1, 2, 3, 4, 5]}
        yLabel={(v) => STAGE_TERMS[RELATIONSHIP_STAGES[v - 1]!].label[lang]}
      />
      <LineChart
        {...common}
        testId="timeline-attitude"
        title={t('trends.person.attitudeChart')}
        series={[
          {
            key: 'attitude',
            label: t('trends.person.attitude'),
            values: points.map((p) => (p.attitude ? ATTITUDE_LEVEL[p.attitude] : null)),
            tone: 'attitude',
          },
        ]}
        yDomain={[1, 5]}
        yTicks={[1, 2, 3, 4, 5]}
        yLabel={(v) => ATTITUDE_TERMS[ATTITUDE_AT[v - 1]!].label[lang]}
      />
      <LineChart
        {...common}
        testId="timeline-closeness"
        title={t('trends.person.closenessChart')}
        series={[
          { key: 'closeness', label: t('trends.person.closeness'), values: points.map((p) => p.closeness), tone: 'closeness' },
        ]}
        yDomain={[0, 5]}
        yTicks={[1, 3, 5]}
      />
      <table className="timeline-table">
        <thead>
          <tr>
            <th>{t('trends.person.date')}</th>
            <th>{t('trends.person.from')}</th>
            <th>{t('trends.person.stage')}</th>
            <th>{t('trends.person.attitude')}</th>
            <th>{t('trends.person.closeness')}</th>
            <th>{t('trends.person.leaning')}</th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((p, i) => (
            <tr key={i}>
              <td>{formatDate(p.date, lang)}</td>
              <td title={p.why || undefined}>{t(`trends.person.source.${p.from}`)}</td>
              <td>{STAGE_TERMS[p.stage].label[lang]}</td>
              <td>{p.attitude ? ATTITUDE_TERMS[p.attitude].label[lang] : '—'}</td>
              <td>{p.closeness ?? '—'}</td>
              <td>{p.leaning ? LEANING_TERMS[p.leaning].label[lang] : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

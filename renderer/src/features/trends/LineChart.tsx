import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { formatDate } from '../../../../shared/logic/date-text';
import { addDays } from '../../../../shared/logic/dates';
import type { Language } from '../../../../shared/taxonomy/keys';

// One SVG line chart for the app and the print route alike: d3-scale places, d3-shape draws the
// path, React writes the SVG. Nothing animates and nothing is measured in the page, so the same
// props give the same SVG on screen and in the PDF.

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per date; null where it is not known (the line breaks there). */
  values: (number | null)[];
  /** Colour class: trend-tone-<tone> (see trends.css and print.css). */
  tone: string;
}

interface Props {
  title: string;
  /** YYYY-MM-DD, oldest first, one per value. */
  dates: string[];
  series: ChartSeries[];
  yDomain: [number, number];
  yTicks: number[];
  yLabel?: (v: number) => string;
  /** Hold each value until the next (a stage or an attitude), rather than drawing a slope. */
  step?: boolean;
  /** Dates marked on the time axis (a person's activities). */
  marks?: string[];
  markLabel?: string;
  lang: Language;
  width?: number;
  height?: number;
  /** Room for the value labels on the left. */
  left?: number;
  /** Write each line's latest value beside its last point (counts; not for labelled levels). */
  lastValue?: boolean;
  /** A sentence under the chart saying how it is counted. */
  note?: string;
  testId?: string;
  /** The values as a table under a disclosure (the app; a page prints the chart alone). */
  figures?: { summary: string; date: string };
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const TOP = 10;
const BOTTOM = 24;
const RIGHT = 16;

export function LineChart({
  title,
  dates,
  series,
  yDomain,
  yTicks,
  yLabel = String,
  step,
  marks = [],
  markLabel,
  lang,
  width = 560,
  height = 180,
  left = 36,
  lastValue,
  note,
  testId,
  figures,
}: Props) {
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  // One date (or one day twice) still needs a span to sit in: a fortnight either side.
  const [from, to] = first === last ? [addDays(first, -14), addDays(last, 14)] : [first, last];
  const x = scaleUtc()
    .domain([utc(from), utc(to)])
    .range([left, width - RIGHT]);
  const y = scaleLinear()
    .domain(yDomain)
    .range([height - BOTTOM, TOP]);
  // Whole days only: a span of a few days would otherwise get noon ticks, each day written twice.
  // d3 takes the count as a hint and may give more: every other tick is dropped until they fit.
  const room = Math.max(2, Math.floor((width - left) / (lang === 'zh-CN' ? 165 : 125)));
  const days = x.ticks(room).filter((d) => d.getUTCHours() === 0);
  const every = Math.ceil(days.length / room);
  const ticks = days.filter((_, i) => i % every === 0);
  // A label near either end is anchored inwards so it stays inside the picture.
  const anchor = (px: number) => (px > width - RIGHT - 36 ? 'end' : px < left + 36 ? 'start' : 'middle');
  const path = line<{ d: string; v: number | null }>()
    .defined((p) => p.v !== null)
    .x((p) => x(utc(p.d)))
    .y((p) => y(p.v ?? 0))
    .curve(step ? curveStepAfter : curveLinear);

  return (
    <figure className="trend-chart" data-testid={testId}>
      <figcaption className="trend-title">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title} className="trend-svg">
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line className="trend-grid" x1={left} x2={width - RIGHT} y1={y(v)} y2={y(v)} />
            <text className="trend-axis" x={left - 6} y={y(v)} dy="0.32em" textAnchor="end">
              {yLabel(v)}
            </text>
          </g>
        ))}
        {ticks.map((d) => (
          <text key={`x${d.getTime()}`} className="trend-axis" x={x(d)} y={height - 6} textAnchor={anchor(x(d))}>
            {formatDate(d.toISOString().slice(0, 10), lang)}
          </text>
        ))}
        {marks.map((d, i) => (
          <line key={`m${i}`} className="trend-mark" x1={x(utc(d))} x2={x(utc(d))} y1={height - BOTTOM} y2={height - BOTTOM - 6}>
            {markLabel && <title>{`${markLabel} ${formatDate(d, lang)}`}</title>}
          </line>
        ))}
        {series.map((s) => {
          const pts = dates.map((d, i) => ({ d, v: s.values[i] ?? null }));
          const latest = [...pts].reverse().find((p) => p.v !== null);
          return (
            <g key={s.key} className={`trend-tone-${s.tone}`}>
              <path className="trend-line" d={path(pts) ?? ''} />
              {pts.map((p, i) =>
                p.v === null ? null : (
                  <circle key={i} className="trend-dot" cx={x(utc(p.d))} cy={y(p.v)} r={3}>
                    <title>{`${s.label}: ${yLabel(p.v)} (${formatDate(p.d, lang)})`}</title>
                  </circle>
                ),
              )}
              {lastValue && latest && (
                <text
                  className="trend-value"
                  x={x(utc(latest.d)) + (x(utc(latest.d)) > width - RIGHT - 36 ? -6 : 6)}
                  y={y(latest.v ?? 0)}
                  dy="0.32em"
                  textAnchor={x(utc(latest.d)) > width - RIGHT - 36 ? 'end' : 'start'}
                >
                  {yLabel(latest.v ?? 0)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="trend-legend">
          {series.map((s) => (
            <li key={s.key} className={`trend-tone-${s.tone}`}>
              <span className="trend-swatch" aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {note && <p className="trend-explain">{note}</p>}
      {figures && (
        <details className="trend-figures">
          <summary>{figures.summary}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{figures.date}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {/* Newest first, as the other lists of the account over time. */}
              {dates
                .map((d, i) => ({ d, i }))
                .reverse()
                .map(({ d, i }) => (
                  <tr key={`${d}-${i}`}>
                    <th scope="row">{formatDate(d, lang)}</th>
                    {series.map((s) => {
                      const v = s.values[i] ?? null;
                      return <td key={s.key}>{v === null ? '—' : yLabel(v)}</td>;
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

import type { TFunction } from 'i18next';
import type { HeatMatrix } from '../../../../shared/logic/history/trends';

// The coverage heat matrix as SVG: people down, our team members across, each cell coloured by
// how close that member is to that person (1–5). Same SVG in the app and in the briefing.

const ROW_H = 22;
const HEAD_H = 30;
const NAME_W = 190;
const COL_W = 78;
export const CLOSENESS = [1, 2, 3, 4, 5] as const;

/** Cuts a label to what fits its box; the whole label stays in the cell's title. */
function clip(text: string, room: number): string {
  // A CJK character is about twice as wide as a Latin one at the same size.
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
    if (width > room) return `${out}…`;
    out += ch;
  }
  return out;
}

interface Props {
  matrix: HeatMatrix;
  t: TFunction;
  /** The first rows drawn (key people and the most influential come first); all when null. */
  limit: number | null;
  placeholderName: string;
}

export function HeatMatrixChart({ matrix, t, limit, placeholderName }: Props) {
  const rows = limit === null ? matrix.rows : matrix.rows.slice(0, limit);
  const width = NAME_W + matrix.members.length * COL_W + 4;
  const height = HEAD_H + rows.length * ROW_H + 2;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={t('trends.heat.title')}
      className="heat-svg"
      data-testid="heat-matrix"
    >
      {matrix.members.map((m, c) => (
        <g key={m.id}>
          <title>{m.name}</title>
          <text className="heat-head" x={NAME_W + c * COL_W + COL_W / 2} y={HEAD_H - 10} textAnchor="middle">
            {clip(m.name || '—', 11)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const top = HEAD_H + i * ROW_H;
        const name = r.name || placeholderName;
        return (
          <g key={r.personId} data-person={r.personId}>
            <title>{r.title ? `${name} — ${r.title}` : name}</title>
            <text className={`heat-name${r.keyPerson ? ' key' : ''}`} x={4} y={top + ROW_H / 2} dy="0.35em">
              {(r.keyPerson ? '★ ' : '') + clip(name, 24)}
            </text>
            {r.cells.map((v, c) => (
              <g key={matrix.members[c]!.id}>
                <rect
                  className={`heat-cell heat-${v ?? 0}`}
                  x={NAME_W + c * COL_W + 2}
                  y={top + 2}
                  width={COL_W - 4}
                  height={ROW_H - 4}
                  rx={3}
                >
                  <title>
                    {v === null
                      ? t('trends.heat.cellNone', { member: matrix.members[c]!.name, person: name })
                      : t('trends.heat.cell', { member: matrix.members[c]!.name, person: name, closeness: v })}
                  </title>
                </rect>
                <text
                  className={`heat-value heat-${v ?? 0}`}
                  x={NAME_W + c * COL_W + COL_W / 2}
                  y={top + ROW_H / 2}
                  dy="0.35em"
                  textAnchor="middle"
                >
                  {v ?? '·'}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** What the colours mean, as text (prints and reads in both languages). */
export function HeatLegend({ t }: { t: TFunction }) {
  return (
    <ul className="heat-legend" aria-label={t('trends.heat.legend')}>
      <li className="heat-legend-title">{t('trends.heat.legend')}</li>
      <li>
        <span className="heat-swatch heat-0" aria-hidden="true" />
        {t('trends.heat.none')}
      </li>
      {CLOSENESS.map((n) => (
        <li key={n}>
          <span className={`heat-swatch heat-${n}`} aria-hidden="true" />
          {t(`trends.heat.level${n}`)}
        </li>
      ))}
    </ul>
  );
}

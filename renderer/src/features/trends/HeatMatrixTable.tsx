import type { TFunction } from 'i18next';
import type { HeatMatrix } from '../../../../shared/logic/history/trends';

// The coverage heat matrix as a table: the same rows, columns and colours as the chart, read
// cell by cell by a screen reader or from the keyboard, and copied as text into a mail.

interface Props {
  matrix: HeatMatrix;
  t: TFunction;
  /** The first rows shown, as the chart draws them; all when null. */
  limit: number | null;
  placeholderName: string;
}

export function HeatMatrixTable({ matrix, t, limit, placeholderName }: Props) {
  const rows = limit === null ? matrix.rows : matrix.rows.slice(0, limit);
  return (
    <table className="heat-table" data-testid="heat-table">
      <caption className="sr-only">{t('trends.heat.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trends.heat.person')}</th>
          {matrix.members.map((m) => (
            <th key={m.id} scope="col">
              {m.name || '—'}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = r.name || placeholderName;
          return (
            <tr key={r.personId} data-person={r.personId}>
              <th scope="row" className={r.keyPerson ? 'key' : undefined}>
                {r.keyPerson && <span aria-label={t('trends.heat.keyPerson')}>★ </span>}
                {name}
                {r.title && <span className="heat-table-title">{r.title}</span>}
              </th>
              {r.cells.map((v, c) => {
                const member = matrix.members[c]!.name;
                return (
                  <td
                    key={matrix.members[c]!.id}
                    className={`heat-${v ?? 0}`}
                    title={
                      v === null
                        ? t('trends.heat.cellNone', { member, person: name })
                        : t('trends.heat.cell', { member, person: name, closeness: v })
                    }
                  >
                    {v ?? <span aria-label={t('trends.heat.none')}>·</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

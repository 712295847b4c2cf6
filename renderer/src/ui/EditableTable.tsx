import type { ReactNode } from 'react';
import { TEXT_MAX } from '../../../shared/model/ids';
import { BufferedText } from './BufferedText';

export interface Column<T> {
  key: keyof T & string;
  label: string;
  maxLength?: number;
  /** A control other than a text field (a select, a number). */
  render?: (row: T) => ReactNode;
}

interface Props<T extends { id: string }> {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  /** How a row is named to screen readers: "Products of IBM". */
  rowName(row: T): string;
  /** Answers the reason in words when the change is refused (shown under the field). */
  onChange(id: string, change: Partial<T>, session: string): true | string | void;
  onRemove(id: string): void;
  removeLabel: string;
  empty: string;
}

/** Records as a table of fields that save as you type; the first column names the row. */
export function EditableTable<T extends { id: string }>({ caption, rows, columns, rowName, onChange, onRemove, removeLabel, empty }: Props<T>) {
  if (rows.length === 0) return <p className="muted small">{empty}</p>;
  return (
    <div className="table-scroll">
      <table className="edit-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th>
              <span className="sr-only">{removeLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c) => (
                <td key={c.key}>
                  {c.render ? (
                    c.render(row)
                  ) : (
                    <BufferedText
                      hideLabel
                      label={`${c.label}: ${rowName(row)}`}
                      value={String(row[c.key] ?? '')}
                      maxLength={c.maxLength ?? TEXT_MAX}
                      onCommit={(v, session) => onChange(row.id, { [c.key]: v } as Partial<T>, `${row.id}.${c.key}:${session}`)}
                    />
                  )}
                </td>
              ))}
              <td>
                <button type="button" className="button button-small button-danger" aria-label={`${removeLabel}: ${rowName(row)}`} title={removeLabel} onClick={() => onRemove(row.id)}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

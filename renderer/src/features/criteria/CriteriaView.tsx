import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { criteriaMatrix, withPersonCriterion, type MatrixRow } from '../../../../shared/logic/strategy/matrix';
import { fold } from '../../../../shared/logic/strategy/whitespace';
import type { Account } from '../../../../shared/model/account';
import { CRITERIA_MAX, type PersonCriterion } from '../../../../shared/model/strategy';
import { currentLanguage } from '../../app/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { moveInGrid, type GridPos } from '../../ui/grid-keys';
import { useChart } from '../canvas/chart-store';
import { criteriaBlockId } from './CriteriaBlock';
import { MatrixCellEditor } from './MatrixCellEditor';
import { useStrategyEdit } from './useStrategyEdit';
import './criteria.css';

const ROW_H = 40;
const HEAD_H = 64;
const NAME_W = 220;
const COL_W = 176;

/** The opportunity the matrix opens on: the one in the address, else the first open one with criteria. */
export function defaultOpportunity(account: Account, wanted: string | null): string | null {
  if (wanted && account.opportunities.some((o) => o.id === wanted)) return wanted;
  const withCriteria = account.opportunities.filter((o) => o.criteria.length);
  return (withCriteria.find((o) => o.status === 'open') ?? withCriteria[0] ?? account.opportunities[0])?.id ?? null;
}

/**
 * People × an opportunity's criteria: who cares about which, how much, and what "good" means to
 * them (the keyboard case). Rows in view only are drawn, so 300 people × 20 criteria scroll as
 * lightly as 10; the header row and the name column stay in view; arrows move across cells and
 * 1–5, Enter and Delete edit the cell under the focus (each one undo step).
 */
export function CriteriaView({ opportunityId }: { opportunityId: string | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const [, navigate] = useLocation();
  const base = `/accounts/${account.id}`;
  const chosen = defaultOpportunity(account, opportunityId);
  const opportunity = account.opportunities.find((o) => o.id === chosen);
  const [everyone, setEveryone] = useState(false);
  const [find, setFind] = useState('');
  const query = fold(useDeferredValue(find));
  const matrix = useMemo(() => criteriaMatrix(account, chosen ?? '', { everyone, lang }), [account, chosen, everyone, lang]);
  const rows = useMemo(
    () => (query ? matrix.rows.filter((r) => [r.person.name, r.person.alternateName, r.person.title].some((s) => fold(s).includes(query))) : matrix.rows),
    [matrix, query],
  );
  const selectId = useId();

  if (!opportunity)
    return (
      <div className="criteria-view" data-testid="criteria-view">
        <EmptyState title={t('criteria.matrix.noOpportunities')} body={t('criteria.matrix.noOpportunitiesBody')}>
          <Link href={`${base}/details/section-opportunities`} className="button button-primary">
            {t('criteria.matrix.toAccount')}
          </Link>
        </EmptyState>
      </div>
    );
  return (
    <div className="criteria-view" data-testid="criteria-view">
      <div className="criteria-bar">
        <div className="field">
          <label className="field-label" htmlFor={selectId}>
            {t('criteria.matrix.opportunity')}
          </label>
          <select id={selectId} value={opportunity.id} onChange={(e) => navigate(`${base}/criteria/${e.target.value}`, { replace: true })}>
            {account.opportunities.map((o) => (
              <option key={o.id} value={o.id}>
                {(o.name || '—') + ` (${o.criteria.length})`}
              </option>
            ))}
          </select>
        </div>
        {matrix.criteria.length > 0 && (
          <>
            <div className="field">
              <label className="field-label" htmlFor={`${selectId}-find`}>
                {t('criteria.matrix.find')}
              </label>
              <input id={`${selectId}-find`} type="search" value={find} onChange={(e) => setFind(e.target.value)} />
            </div>
            <label className="check">
              <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} /> {t('criteria.matrix.everyone')}
            </label>
            <span className="muted small" data-testid="matrix-summary">
              {everyone || !matrix.indifferent
                ? t('criteria.matrix.summary', { people: rows.length, criteria: matrix.criteria.length })
                : t('criteria.matrix.summaryIndifferent', { people: rows.length, criteria: matrix.criteria.length, indifferent: matrix.indifferent })}
            </span>
            <Link href={`${base}/details/${criteriaBlockId(opportunity.id)}`} className="button button-small">
              {t('criteria.title')}
            </Link>
            <p className="keys muted">{t('criteria.matrix.keys')}</p>
          </>
        )}
      </div>
      {matrix.criteria.length === 0 ? (
        <EmptyState title={t('criteria.matrix.noCriteria')} body={t('criteria.matrix.noCriteriaBody')}>
          <Link href={`${base}/details/${criteriaBlockId(opportunity.id)}`} className="button button-primary">
            {t('criteria.matrix.addCriteria')}
          </Link>
        </EmptyState>
      ) : rows.length === 0 && !query ? (
        <EmptyState title={t('criteria.matrix.nobody')} body={t('criteria.matrix.nobodyBody')}>
          <button type="button" className="button button-primary" onClick={() => setEveryone(true)}>
            {t('criteria.matrix.showEveryone')}
          </button>
        </EmptyState>
      ) : rows.length === 0 ? (
        <p className="matrix-empty muted">{t('criteria.matrix.noMatch', { text: find })}</p>
      ) : (
        <MatrixGrid key={opportunity.id} rows={rows} matrix={matrix} openPerson={(id) => navigate(`${base}/people/${id}`)} />
      )}
    </div>
  );
}

function MatrixGrid({ rows, matrix, openPerson }: { rows: MatrixRow[]; matrix: ReturnType<typeof criteriaMatrix>; openPerson(id: string): void }) {
  const { t } = useTranslation();
  const { apply, refuse } = useStrategyEdit();
  const scroller = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<GridPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<GridPos | null>(null);
  const focusNext = useRef(false);
  const cols = matrix.criteria.length;
  // The compiler leaves this component unmemoized (the virtualizer's functions change as it
  // scrolls): nothing here is passed to a memoized child, so that is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 8, scrollPaddingStart: HEAD_H });
  // A row filter may leave the focus past the end.
  const pos = { row: Math.min(at.row, rows.length - 1), col: Math.min(at.col, cols - 1) };
  const template = `${NAME_W}px repeat(${cols}, ${COL_W}px)`;

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${pos.row}:${pos.col}"]`)?.focus();
  });

  const go = useCallback(
    (next: GridPos) => {
      focusNext.current = true;
      setAt(next);
      virtual.scrollToIndex(next.row, { align: 'auto' });
    },
    [virtual],
  );
  const setCell = (row: MatrixRow, col: number, change: Partial<Omit<PersonCriterion, 'id'>> | null) => {
    const criterion = matrix.criteria[col]!;
    const next = withPersonCriterion(row.person, criterion.id, change);
    if (next === 'tooMany') return refuse(t('criteria.matrix.tooMany', { name: row.person.name, max: CRITERIA_MAX }));
    if (next !== row.person) apply({ people: [next] });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target as HTMLElement).dataset.cell) return;
    const row = rows[pos.row]!;
    const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? ROW_H * 10) - HEAD_H) / ROW_H) - 1);
    const next = moveInGrid(e, pos, { rows: rows.length, cols, page });
    if (next) {
      e.preventDefault();
      go(next);
    } else if (/^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setCell(row, pos.col, { priority: Number(e.key) });
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing(pos);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      setCell(row, pos.col, null);
    }
  };
  const name = (r: MatrixRow) => r.person.name || t('canvas.placeholderName');

  return (
    <div className="matrix-scroll" ref={scroller} style={{ scrollPaddingTop: HEAD_H, scrollPaddingLeft: NAME_W }} onKeyDown={onKeyDown}>
      <div role="grid" aria-label={t('criteria.matrix.title')} aria-rowcount={rows.length + 1} aria-colcount={cols + 1} className="matrix" data-testid="criteria-matrix" style={{ height: HEAD_H + virtual.getTotalSize(), width: NAME_W + cols * COL_W }}>
        <div role="row" aria-rowindex={1} className="matrix-row matrix-headrow" style={{ gridTemplateColumns: template, height: HEAD_H }}>
          <div role="columnheader" aria-colindex={1} className="matrix-head matrix-corner">
            {t('criteria.matrix.person')}
          </div>
          {matrix.criteria.map((c, i) => (
            <div key={c.id} role="columnheader" aria-colindex={i + 2} className="matrix-head" title={c.text}>
              <span className="clip">{c.text.trim() || t('criteria.unnamed')}</span>
              <span className="sub">{t('criteria.matrix.header', { weight: c.weight, carers: matrix.carers[i] })}</span>
            </div>
          ))}
        </div>
        {virtual.getVirtualItems().map((v) => {
          const r = rows[v.index]!;
          return (
            <div key={r.person.id} role="row" aria-rowindex={v.index + 2} className="matrix-row" style={{ gridTemplateColumns: template, height: ROW_H, transform: `translateY(${HEAD_H + v.start}px)` }}>
              <div role="rowheader" aria-colindex={1} className="matrix-name">
                <button type="button" tabIndex={-1} title={t('criteria.matrix.openPerson', { name: name(r) })} onClick={() => openPerson(r.person.id)}>
                  {name(r)}
                </button>
                {r.person.title && <span className="title">{r.person.title}</span>}
              </div>
              {r.cells.map((cell, col) => {
                const criterion = matrix.criteria[col]!.text.trim() || t('criteria.unnamed');
                const here = v.index === pos.row && col === pos.col;
                return (
                  <div
                    key={col}
                    role="gridcell"
                    aria-colindex={col + 2}
                    data-cell={`${v.index}:${col}`}
                    tabIndex={here ? 0 : -1}
                    className={`matrix-cell${cell ? ' cares' : ''}`}
                    aria-label={cell ? t('criteria.matrix.cellCares', { person: name(r), criterion, priority: cell.priority, good: cell.good }) : t('criteria.matrix.cellNot', { person: name(r), criterion })}
                    title={cell?.good || undefined}
                    onClick={() => setAt({ row: v.index, col })}
                    onFocus={() => !here && setAt({ row: v.index, col })}
                    onDoubleClick={() => setEditing({ row: v.index, col })}
                  >
                    {cell && (
                      <>
                        <span className="prio" style={{ ['--p' as string]: cell.priority }}>
                          {cell.priority}
                        </span>
                        <span className="good">{cell.good}</span>
                      </>
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {editing && rows[editing.row] && (
        <MatrixCellEditor
          person={name(rows[editing.row]!)}
          criterion={matrix.criteria[editing.col]!.text.trim() || t('criteria.unnamed')}
          value={rows[editing.row]!.cells[editing.col] ?? null}
          onSave={(change) => setCell(rows[editing.row]!, editing.col, change)}
          onClose={() => {
            setEditing(null);
            go(editing);
          }}
        />
      )}
    </div>
  );
}

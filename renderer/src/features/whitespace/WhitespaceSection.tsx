import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { applyPrefill, planPrefill, type PrefillPlan } from '../../../../shared/logic/strategy/prefill';
import {
  addLines,
  cellAt,
  removeLine,
  splitNames,
  statusOf,
  whitespaceTotals,
  withCell,
  type LineKind,
} from '../../../../shared/logic/strategy/whitespace';
import { formatMoneyShort } from '../../../../shared/logic/money';
import type { Account } from '../../../../shared/model/account';
import { WHITESPACE_LINES_MAX, type WhitespaceCell, type WhitespaceLine } from '../../../../shared/model/strategy';
import { WHITESPACE_STATUSES } from '../../../../shared/taxonomy/keys';
import { WHITESPACE_STATUS_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { moveInGrid, type GridPos } from '../../ui/grid-keys';
import type { AccountSectionProps } from '../account/sections';
import { LineEditor } from './LineEditor';
import { PrefillDialog } from './PrefillDialog';
import { WhitespaceCellEditor, type CellChange } from './WhitespaceCellEditor';
import './whitespace.css';

/**
 * The whitespace grid: our product lines (rows) × the client's units (columns), each cell's status
 * and estimated value, totals per row and column with the open cells counted. Arrows move across
 * cells; 1–5 set the status, Enter opens the cell (whose, which opportunity, value, note, its
 * opportunities and people), Delete clears it; each edit is one undo step.
 */
export function WhitespaceSection({ account, edit }: AccountSectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [, navigate] = useLocation();
  const ws = account.whitespace;
  const totals = useMemo(() => whitespaceTotals(ws), [ws]);
  const [at, setAt] = useState<GridPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<GridPos | null>(null);
  const [prefill, setPrefill] = useState<PrefillPlan | null>(null);
  const [lineEdit, setLineEdit] = useState<{ kind: LineKind; line: WhitespaceLine } | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const focusNext = useRef(false);
  const pos = { row: Math.min(at.row, ws.products.length - 1), col: Math.min(at.col, ws.units.length - 1) };
  const money = (n: number) => formatMoneyShort(n, ws.currency, lang);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-cell="${pos.row}:${pos.col}"]`)?.focus();
  });
  const go = (next: GridPos) => {
    focusNext.current = true;
    setAt(next);
  };
  const setCell = (product: WhitespaceLine, unit: WhitespaceLine, change: Partial<CellChange>) =>
    edit((a) => ({ whitespace: withCell(a.whitespace, product.id, unit.id, change) }));
  const add = (kind: LineKind, names: string[], departmentId: string | null = null): boolean => {
    const result = addLines(account.whitespace, kind, names, departmentId);
    if (result === 'tooMany') {
      const added = names.length;
      useApp.getState().toast({
        kind: 'error',
        message: t(kind === 'products' ? 'whitespace.tooManyProducts' : 'whitespace.tooManyUnits', {
          max: WHITESPACE_LINES_MAX,
          count: ws[kind].length,
          total: ws[kind].length + added,
        }),
      });
      return false;
    }
    return result.added.length ? edit(() => ({ whitespace: result.whitespace })) : true;
  };
  const remove = (kind: LineKind, line: WhitespaceLine) => {
    if (edit((a) => ({ whitespace: removeLine(a.whitespace, kind, line.id) })))
      useApp.getState().toast({ kind: 'info', message: t('whitespace.removed', { name: line.name }) });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (!(e.target as HTMLElement).dataset.cell) return;
    const product = ws.products[pos.row]!;
    const unit = ws.units[pos.col]!;
    const next = moveInGrid(e, pos, { rows: ws.products.length, cols: ws.units.length, page: 10 });
    if (next) {
      e.preventDefault();
      go(next);
    } else if (/^[1-5]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const status = WHITESPACE_STATUSES[Number(e.key) - 1]!;
      const had = cellAt(ws, product.id, unit.id);
      setCell(product, unit, {
        status,
        competitorId: status === 'competitor' ? (had?.competitorId ?? null) : null,
        opportunityId: status === 'pursuing' ? (had?.opportunityId ?? null) : null,
      });
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing(pos);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (cellAt(ws, product.id, unit.id))
        setCell(product, unit, { status: 'open', competitorId: null, opportunityId: null, value: null, note: '' });
    }
  };
  const cellText = (cell: WhitespaceCell | undefined) => {
    const status = statusOf(cell);
    const label = WHITESPACE_STATUS_TERMS[status].label[lang];
    const who =
      status === 'competitor'
        ? account.competitors.find((c) => c.id === cell?.competitorId)?.name
        : status === 'pursuing'
          ? account.opportunities.find((o) => o.id === cell?.opportunityId)?.name
          : undefined;
    return { status, label, who };
  };
  const freeDepartments = account.departments.filter((d) => !ws.units.some((u) => u.departmentId === d.id));

  return (
    <div className="whitespace" data-testid="whitespace">
      <p className="muted small">{t('whitespace.help')}</p>
      <div className="ws-adders">
        <LineAdder
          label={t('whitespace.addProducts')}
          placeholder={t('whitespace.productsPlaceholder')}
          onAdd={(names) => add('products', names)}
        />
        <LineAdder
          label={t('whitespace.addUnits')}
          placeholder={t('whitespace.unitsPlaceholder')}
          onAdd={(names) => add('units', names)}
        />
        {freeDepartments.length > 0 && (
          <select
            aria-label={t('whitespace.addDepartment')}
            value=""
            onChange={(e) => {
              const d = account.departments.find((x) => x.id === e.target.value);
              if (d) add('units', [d.name], d.id);
            }}
          >
            <option value="">{t('whitespace.addDepartment')}</option>
            {freeDepartments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
        {ws.products.length > 0 && ws.units.length > 0 && account.background.installedBase.length > 0 && (
          <button type="button" className="button button-small" onClick={() => setPrefill(planPrefill(account))}>
            {t('whitespace.prefill')}
          </button>
        )}
      </div>
      {ws.products.length === 0 || ws.units.length === 0 ? (
        <div className="ws-empty" role="status">
          <p>{t('whitespace.empty')}</p>
          <p className="muted small">
            {ws.products.length === 0 ? (
              t('whitespace.emptyProducts')
            ) : (
              <Lines kind="products" account={account} remove={remove} />
            )}{' '}
            {ws.units.length === 0 ? t('whitespace.emptyUnits') : <Lines kind="units" account={account} remove={remove} />}
          </p>
        </div>
      ) : (
        <>
          <p className="ws-summary" data-testid="ws-summary">
            {t('whitespace.summary', { value: money(totals.total.value), open: totals.total.open, cells: totals.total.cells })}
          </p>
          <p className="keys muted small">
            {t('whitespace.keys', {
              statuses: WHITESPACE_STATUSES.map((s, i) => `${i + 1} ${WHITESPACE_STATUS_TERMS[s].label[lang]}`).join(' · '),
            })}
          </p>
          <div className="ws-scroll">
            <table
              ref={grid}
              className="ws-grid"
              role="grid"
              aria-label={t('accountInfo.sections.whitespace')}
              onKeyDown={onKeyDown}
            >
              <thead>
                <tr>
                  <th scope="col" className="ws-corner">
                    {t('whitespace.corner')}
                  </th>
                  {ws.units.map((u) => (
                    <th key={u.id} scope="col" className="ws-unit">
                      <button
                        type="button"
                        className="ws-line-name"
                        title={t('whitespace.editLine', { name: u.name })}
                        onClick={() => setLineEdit({ kind: 'units', line: u })}
                      >
                        {u.name}
                      </button>
                      <button
                        type="button"
                        className="ws-remove"
                        aria-label={t('whitespace.removeUnit', { name: u.name })}
                        title={t('whitespace.removeUnit', { name: u.name })}
                        onClick={() => remove('units', u)}
                      >
                        ×
                      </button>
                    </th>
                  ))}
                  <th scope="col" className="ws-total">
                    {t('whitespace.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ws.products.map((p, row) => {
                  const total = totals.products.get(p.id)!;
                  return (
                    <tr key={p.id}>
                      <th scope="row" className="ws-product">
                        <button
                          type="button"
                          className="ws-line-name"
                          title={t('whitespace.editLine', { name: p.name })}
                          onClick={() => setLineEdit({ kind: 'products', line: p })}
                        >
                          {p.name}
                        </button>
                        <button
                          type="button"
                          className="ws-remove"
                          aria-label={t('whitespace.removeProduct', { name: p.name })}
                          title={t('whitespace.removeProduct', { name: p.name })}
                          onClick={() => remove('products', p)}
                        >
                          ×
                        </button>
                      </th>
                      {ws.units.map((u, col) => {
                        const cell = cellAt(ws, p.id, u.id);
                        const { status, label, who } = cellText(cell);
                        const here = row === pos.row && col === pos.col;
                        const spoken =
                          cell?.value != null
                            ? t('whitespace.cellValue', {
                                product: p.name,
                                unit: u.name,
                                status: who ? `${label} (${who})` : label,
                                value: money(cell.value),
                              })
                            : t('whitespace.cell', { product: p.name, unit: u.name, status: who ? `${label} (${who})` : label });
                        return (
                          <td
                            key={u.id}
                            role="gridcell"
                            data-cell={`${row}:${col}`}
                            data-status={status}
                            tabIndex={here ? 0 : -1}
                            className={`ws-cell ws-${status}`}
                            aria-label={spoken}
                            title={cell?.note || spoken}
                            onClick={() => setAt({ row, col })}
                            onFocus={() => !here && setAt({ row, col })}
                            onDoubleClick={() => setEditing({ row, col })}
                          >
                            <span className="ws-status">{label}</span>
                            {who && <span className="ws-who">{who}</span>}
                            {cell?.value != null && <span className="ws-value">{money(cell.value)}</span>}
                          </td>
                        );
                      })}
                      <td className="ws-total" data-testid={`ws-row-total-${row}`}>
                        <span className="ws-value">{money(total.value)}</span>
                        <span className="ws-opencount">{t('whitespace.openCount', { count: total.open })}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('whitespace.total')}</th>
                  {ws.units.map((u, col) => {
                    const total = totals.units.get(u.id)!;
                    return (
                      <td key={u.id} className="ws-total" data-testid={`ws-col-total-${col}`}>
                        <span className="ws-value">{money(total.value)}</span>
                        <span className="ws-opencount">{t('whitespace.openCount', { count: total.open })}</span>
                      </td>
                    );
                  })}
                  <td className="ws-total ws-grand" data-testid="ws-grand-total">
                    <span className="ws-value">{money(totals.total.value)}</span>
                    <span className="ws-opencount">{t('whitespace.openCount', { count: totals.total.open })}</span>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
      {editing && ws.products[editing.row] && ws.units[editing.col] && (
        <WhitespaceCellEditor
          account={account}
          product={ws.products[editing.row]!}
          unit={ws.units[editing.col]!}
          cell={cellAt(ws, ws.products[editing.row]!.id, ws.units[editing.col]!.id)}
          onSave={(change) => setCell(ws.products[editing.row]!, ws.units[editing.col]!, change)}
          onClose={() => {
            setEditing(null);
            go(editing);
          }}
          openPerson={(id) => navigate(`/accounts/${account.id}/people/${id}`)}
        />
      )}
      {lineEdit && (
        <LineEditor
          account={account}
          kind={lineEdit.kind}
          line={lineEdit.line}
          onClose={() => setLineEdit(null)}
          onSave={(change) =>
            edit((a) => ({
              whitespace: {
                ...a.whitespace,
                [lineEdit.kind]: a.whitespace[lineEdit.kind].map((l) => (l.id === lineEdit.line.id ? { ...l, ...change } : l)),
              },
            }))
          }
        />
      )}
      {prefill && (
        <PrefillDialog
          account={account}
          plan={prefill}
          onClose={() => setPrefill(null)}
          onApply={() => {
            if (edit((a) => ({ whitespace: applyPrefill(a.whitespace, prefill.fills) })))
              useApp.getState().toast({ kind: 'info', message: t('whitespace.prefillDone', { count: prefill.fills.length }) });
          }}
        />
      )}
    </div>
  );
}

/** A field for one or several names (one per line, or separated by commas or 、) and its Add button. */
function LineAdder({ label, placeholder, onAdd }: { label: string; placeholder: string; onAdd(names: string[]): boolean }) {
  const [text, setText] = useState('');
  const submit = () => {
    const names = splitNames(text);
    if (names.length && onAdd(names)) setText('');
  };
  return (
    <div className="ws-adder">
      <input
        aria-label={label}
        placeholder={placeholder}
        value={text}
        maxLength={4000}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button type="button" className="button button-small" onClick={submit} disabled={!splitNames(text).length}>
        {label}
      </button>
    </div>
  );
}

/** The lines of one kind while the grid is not drawn yet (the other kind is missing), each removable. */
function Lines({
  kind,
  account,
  remove,
}: {
  kind: LineKind;
  account: Account;
  remove(kind: LineKind, line: WhitespaceLine): void;
}) {
  const { t } = useTranslation();
  return (
    <span className="ws-chips">
      {t(kind === 'products' ? 'whitespace.products' : 'whitespace.units')}:{' '}
      {account.whitespace[kind].map((l) => (
        <span key={l.id} className="ws-chip">
          {l.name}
          <button
            type="button"
            className="ws-remove"
            aria-label={t(kind === 'products' ? 'whitespace.removeProduct' : 'whitespace.removeUnit', { name: l.name })}
            onClick={() => remove(kind, l)}
          >
            ×
          </button>
        </span>
      ))}
    </span>
  );
}

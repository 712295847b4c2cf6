import type { Account, Opportunity } from '../../model/account';
import type { Person } from '../../model/person';
import { newId } from '../../model/ids';
import { WHITESPACE_LINES_MAX, WhitespaceCell, type Whitespace, type WhitespaceLine } from '../../model/strategy';
import type { WhitespaceStatus } from '../../taxonomy/keys';

export type LineKind = 'products' | 'units';

const cellKey = (productId: string, unitId: string) => `${productId}\u0000${unitId}`;
/** The cells of a grid by product line and unit, kept per cells list (lists are replaced, never changed in place). */
const cellIndexes = new WeakMap<readonly WhitespaceCell[], Map<string, WhitespaceCell>>();

/** The cell of a product line and a unit; undefined while nobody has said anything about it. */
export function cellAt(ws: Pick<Whitespace, 'cells'>, productId: string, unitId: string): WhitespaceCell | undefined {
  // A grid of 200 x 200 looks up every cell on each render: one index per cells list, not a scan per cell.
  let index = cellIndexes.get(ws.cells);
  if (!index) {
    index = new Map();
    // The first cell of a place wins, should a merged file hold two.
    for (const c of ws.cells) if (!index.has(cellKey(c.productId, c.unitId))) index.set(cellKey(c.productId, c.unitId), c);
    cellIndexes.set(ws.cells, index);
  }
  return index.get(cellKey(productId, unitId));
}

/** A cell nobody has assessed yet is open: nobody has that product line there as far as we know. */
export const statusOf = (cell: WhitespaceCell | undefined): WhitespaceStatus => cell?.status ?? 'open';

/** What a row or a column adds up to: the estimated value of its cells and how many of them are open. */
export interface LineTotal {
  value: number;
  open: number;
  cells: number;
}

export interface WhitespaceTotals {
  /** By product line id. */
  products: Map<string, LineTotal>;
  /** By unit id. */
  units: Map<string, LineTotal>;
  total: LineTotal;
}

/**
 * Totals per product line (row) and unit (column), and of the whole grid: the estimated values
 * added up and the open cells counted (a cell not yet assessed counts as open). Cells of lines
 * since removed are not counted.
 */
export function whitespaceTotals(ws: Whitespace): WhitespaceTotals {
  const zero = (): LineTotal => ({ value: 0, open: 0, cells: 0 });
  const products = new Map(ws.products.map((p) => [p.id, zero()]));
  const units = new Map(ws.units.map((u) => [u.id, zero()]));
  const total = zero();
  for (const p of ws.products)
    for (const u of ws.units) {
      const cell = cellAt(ws, p.id, u.id);
      const value = cell?.value ?? 0;
      const open = statusOf(cell) === 'open' ? 1 : 0;
      for (const t of [products.get(p.id)!, units.get(u.id)!, total]) {
        t.value += value;
        t.open += open;
        t.cells++;
      }
    }
  return { products, units, total };
}

/** The grid with one cell changed (made when it did not exist yet). */
export function withCell(ws: Whitespace, productId: string, unitId: string, change: Partial<Omit<WhitespaceCell, 'id' | 'productId' | 'unitId'>>): Whitespace {
  const had = cellAt(ws, productId, unitId);
  const cells = had
    ? ws.cells.map((c) => (c === had ? { ...c, ...change } : c))
    : [...ws.cells, WhitespaceCell.parse({ id: newId('wsc'), productId, unitId, ...change })];
  return { ...ws, cells };
}

/**
 * The grid with new product lines or units named `names` (blank names and names already there
 * skipped); 'tooMany' when they would pass WHITESPACE_LINES_MAX.
 * @example addLines(ws, 'units', ['郑州', '洛阳']) // two units more, or 'tooMany'
 */
export function addLines(ws: Whitespace, kind: LineKind, names: readonly string[], departmentId: string | null = null): { whitespace: Whitespace; added: WhitespaceLine[] } | 'tooMany' {
  const have = new Set(ws[kind].map((l) => l.name.trim()));
  const added: WhitespaceLine[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || have.has(name)) continue;
    have.add(name);
    added.push({ id: newId(kind === 'products' ? 'wsp' : 'wsu'), name, departmentId: kind === 'units' ? departmentId : null });
  }
  if (ws[kind].length + added.length > WHITESPACE_LINES_MAX) return 'tooMany';
  return { whitespace: { ...ws, [kind]: [...ws[kind], ...added] }, added };
}

/** Names typed for several lines at once: one per line, or separated by commas or 、. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The grid without a product line or a unit, and without its cells. */
export function removeLine(ws: Whitespace, kind: LineKind, id: string): Whitespace {
  const key = kind === 'products' ? 'productId' : 'unitId';
  return { ...ws, [kind]: ws[kind].filter((l) => l.id !== id), cells: ws.cells.filter((c) => c[key] !== id) };
}

/** The people of a unit that is a department on the chart: its own and its sub-departments'. */
export function unitPeople(account: Pick<Account, 'people' | 'departments'>, unit: WhitespaceLine): Person[] {
  if (!unit.departmentId) return [];
  const within = new Set([unit.departmentId]);
  // Sub-departments of sub-departments too; a loop in the parents cannot run for ever.
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of account.departments)
      if (d.parentId && within.has(d.parentId) && !within.has(d.id)) {
        within.add(d.id);
        grew = true;
      }
  }
  return account.people.filter((p) => p.departmentId !== null && within.has(p.departmentId));
}

/** The opportunities of a cell: the one it is pursued by, and any other that names its product line and its unit. */
export function cellOpportunities(account: Pick<Account, 'opportunities'>, cell: WhitespaceCell | undefined, product: WhitespaceLine, unit: WhitespaceLine): Opportunity[] {
  const named = (o: Opportunity) => {
    const text = fold(`${o.name} ${o.purchasePlan}`);
    return namesIn(product.name).some((n) => text.includes(n)) && namesIn(unit.name).some((n) => text.includes(n));
  };
  return account.opportunities.filter((o) => o.id === cell?.opportunityId || named(o));
}

/** Lower case, full-width forms folded, spaces squeezed: how names are compared. */
export const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The names a line goes by, folded: its name, each part of a name written "Servers / 服务器", and an
 * English plural's singular ("servers" finds "server"). Parts shorter than two characters are too vague.
 */
export function namesIn(name: string): string[] {
  const parts = [name, ...name.split(/[/|,，、;；]+/)].map(fold).filter((s) => s.length >= 2);
  const singular = parts.filter((s) => /^[a-z][a-z ]{3,}s$/.test(s)).map((s) => s.slice(0, -1));
  return [...new Set([...parts, ...singular])];
}

import type { Account } from '../../model/account';
import type { Whitespace } from '../../model/strategy';
import { cellAt, fold, namesIn, statusOf, withCell } from './whitespace';

/** What one row of the installed base says about one cell of the grid. */
export interface PrefillCell {
  productId: string;
  unitId: string;
  /** The installed-base row it comes from. */
  installedId: string;
  status: 'ours' | 'competitor';
  /** The competitor, when the vendor is one of the account's; null for ours or another vendor. */
  competitorId: string | null;
  /** The vendor as the row writes it (for another vendor than a listed competitor). */
  vendor: string;
  note: string;
}

/** A row of the installed base that names a unit but cannot fill a cell, and why. */
export interface PrefillSkip {
  installedId: string;
  unitIds: string[];
  reason: 'noProductLine' | 'noVendor';
}

export interface PrefillPlan {
  /** Cells it fills: open and never assessed or noted. */
  fills: PrefillCell[];
  /** Cells it would fill but leaves as they are: the rep already set them (or an earlier row fills them). */
  kept: (PrefillCell & { why: 'alreadySet' | 'twice' })[];
  skipped: PrefillSkip[];
}

/** How reps write "us" as the vendor of the installed base. */
const US = new Set(['我方', '我们', '我司', '本公司', '我公司', 'us', 'ours', 'we', 'our company', 'ourselves']);

/**
 * What the installed base says about the grid, before anything is written: each row that names a
 * unit (its name, or its department's, in the product, the vendor or the notes) fills the cells of
 * the product lines its product or notes name, as ours (the vendor is us), a listed competitor's, or
 * another vendor's. Cells the rep already set, or noted, are never overwritten: they are listed as kept.
 */
export function planPrefill(account: Pick<Account, 'background' | 'competitors' | 'departments' | 'whitespace'>): PrefillPlan {
  const ws = account.whitespace;
  const deptName = (id: string | null) => (id ? (account.departments.find((d) => d.id === id)?.name ?? '') : '');
  const unitNames = ws.units.map((u) => ({ id: u.id, names: [...new Set([...namesIn(u.name), ...namesIn(deptName(u.departmentId))])] }));
  const productNames = ws.products.map((p) => ({ id: p.id, names: namesIn(p.name) }));
  const plan: PrefillPlan = { fills: [], kept: [], skipped: [] };
  const taken = new Set<string>();
  for (const row of account.background.installedBase) {
    const whole = fold(`${row.product} ${row.vendor} ${row.notes}`);
    const units = unitNames.filter((u) => u.names.some((n) => whole.includes(n))).map((u) => u.id);
    if (!units.length) continue;
    const what = fold(`${row.product} ${row.notes}`);
    const products = productNames.filter((p) => p.names.some((n) => what.includes(n))).map((p) => p.id);
    const vendor = fold(row.vendor);
    if (!products.length || !vendor) {
      plan.skipped.push({ installedId: row.id, unitIds: units, reason: !products.length ? 'noProductLine' : 'noVendor' });
      continue;
    }
    const competitor = US.has(vendor) ? null : account.competitors.find((c) => sameVendor(fold(c.name), vendor));
    const status = US.has(vendor) ? 'ours' : 'competitor';
    const note = [row.product, row.quantity && `× ${row.quantity}`, row.since && `(${row.since})`].filter(Boolean).join(' ');
    for (const productId of products)
      for (const unitId of units) {
        const fill: PrefillCell = { productId, unitId, installedId: row.id, status, competitorId: competitor?.id ?? null, vendor: row.vendor.trim(), note };
        const key = `${productId}\u0000${unitId}`;
        const cell = cellAt(ws, productId, unitId);
        if (taken.has(key)) plan.kept.push({ ...fill, why: 'twice' });
        else if (cell && (statusOf(cell) !== 'open' || cell.note.trim() || cell.value !== null)) plan.kept.push({ ...fill, why: 'alreadySet' });
        else plan.fills.push(fill);
        taken.add(key);
      }
  }
  return plan;
}

/** Names of one vendor: the same once folded, or one holding the other ("Northstar" and "Northstar Systems"). */
const sameVendor = (a: string, b: string) => a.length >= 2 && b.length >= 2 && (a === b || a.includes(b) || b.includes(a));

/** The grid with the plan's cells filled (a competitor not listed keeps its vendor's name in the note). */
export function applyPrefill(ws: Whitespace, fills: readonly PrefillCell[]): Whitespace {
  let next = ws;
  for (const f of fills) {
    const note = f.status === 'competitor' && !f.competitorId && f.vendor ? `${f.vendor}: ${f.note}` : f.note;
    next = withCell(next, f.productId, f.unitId, { status: f.status, competitorId: f.competitorId, note });
  }
  return next;
}

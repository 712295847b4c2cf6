import type { Opportunity, Segmentation } from '../model/account';
import type { Zone } from '../taxonomy/keys';

/** Our share of the account's purchases (0–1), or null when either figure is unknown. */
export function shareOf(s: Pick<Segmentation, 'annualPurchases' | 'ourRevenue'>): number | null {
  if (s.annualPurchases == null || s.ourRevenue == null || s.annualPurchases <= 0) return null;
  return s.ourRevenue / s.annualPurchases;
}

/**
 * The nine-grid zone: under 10% growth, 10–30% development, over 30% consolidation,
 * unless the rep set it by hand. Example: 12% share gives 'development'.
 */
export function zoneOf(s: Segmentation): Zone | null {
  if (s.zoneOverride) return s.zoneOverride;
  const share = shareOf(s);
  if (share == null) return null;
  if (share < 0.1) return 'growth';
  if (share <= 0.3) return 'development';
  return 'consolidation';
}

/** The budgets of the open opportunities, summed per currency (largest first); unknown budgets count zero. */
export function openValueOf(opportunities: readonly Pick<Opportunity, 'status' | 'budget'>[]): { amount: number; currency: string }[] {
  const sums = new Map<string, number>();
  for (const o of opportunities) {
    if (o.status !== 'open' || o.budget.amount == null) continue;
    sums.set(o.budget.currency, (sums.get(o.budget.currency) ?? 0) + o.budget.amount);
  }
  return [...sums].map(([currency, amount]) => ({ amount, currency })).sort((a, b) => b.amount - a.amount);
}

/**
 * The segmentation after moving an account to a nine-grid cell: the potential is the row; the
 * zone follows from the share when the share already gives that column, else it is set by hand.
 */
export function moveToCell(s: Segmentation, potential: Segmentation['potential'], zone: Zone): Segmentation {
  const computed = zoneOf({ ...s, zoneOverride: null });
  return { ...s, potential, zoneOverride: computed === zone ? null : zone };
}

import type { Segmentation } from '../model/account';
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

import type { Language } from '../../../../shared/taxonomy/keys';

/** "¥2,380,000" / "CN¥238万": compact where it helps reading a grid, in the UI's language. */
export function formatMoney(amount: number, currency: string, lang: Language): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
  } catch {
    return `${amount.toLocaleString(lang)} ${currency}`;
  }
}

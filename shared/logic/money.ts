import { AMOUNT_MAX } from '../model/account';
import type { Language } from '../taxonomy/keys';

/**
 * Amounts as reps type them, in either language: "1200万", "1,200万元", "1.2亿", "12M", "about 12M",
 * "$12m", "12,000,000", "CN¥12.0M", "1200w". No npm library reads both the Chinese units (万, 亿)
 * and the Western ones (k, M, bn) with currency signs, so this is a small, tested reader.
 */

export type MoneyRefusal = 'unreadable' | 'range' | 'negative' | 'tooLarge' | 'separators';

export type ParsedMoney =
  /** `amount` null: the field was emptied. `currency`: one the text named without doubt. */
  { ok: true; amount: number | null; currency: string | null } | { ok: false; reason: MoneyRefusal };

/** Words that hedge an amount ("about 12M", "1200万左右"): the amount is still the number. */
const HEDGES = [
  'approximately',
  'approx.',
  'approx',
  'around',
  'about',
  'circa',
  'roughly',
  'some',
  'ca.',
  '~',
  '≈',
  '约',
  '大约',
  '大概',
  '左右',
  '上下',
  '将近',
  '近',
  '余',
  '多',
];

/**
 * Currency marks and the ISO code each means; `¥` alone is CNY unless the field is in JPY. Tried
 * longest first, so "港元" is not read as "元".
 */
const CURRENCY_MARKS: readonly [string, string][] = (
  [
    ['cn¥', 'CNY'],
    ['rmb', 'CNY'],
    ['cny', 'CNY'],
    ['人民币', 'CNY'],
    ['元', 'CNY'],
    ['块', 'CNY'],
    ['us$', 'USD'],
    ['usd', 'USD'],
    ['美元', 'USD'],
    ['美金', 'USD'],
    ['hk$', 'HKD'],
    ['hkd', 'HKD'],
    ['港元', 'HKD'],
    ['港币', 'HKD'],
    ['jp¥', 'JPY'],
    ['jpy', 'JPY'],
    ['日元', 'JPY'],
    ['円', 'JPY'],
    ['eur', 'EUR'],
    ['€', 'EUR'],
    ['欧元', 'EUR'],
    ['gbp', 'GBP'],
    ['£', 'GBP'],
    ['英镑', 'GBP'],
    ['$', 'USD'],
    ['¥', '¥'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Units after the number, longest first so "百万" is not read as "百" then "万". */
const UNITS: readonly [string, number][] = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['bn', 1e9],
  ['mm', 1e6],
  ['mn', 1e6],
  ['mio', 1e6],
  ['b', 1e9],
  ['m', 1e6],
  ['k', 1e3],
  // "1200w" is how Chinese reps write 1200万 in chats.
  ['w', 1e4],
];

/**
 * Reads an amount typed in a money field. `fieldCurrency` decides what a bare `¥` means.
 * Example: parseMoney('1,200万元') → { ok: true, amount: 12000000, currency: 'CNY' }.
 */
export function parseMoney(text: string, fieldCurrency = 'CNY'): ParsedMoney {
  let s = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (s === '') return { ok: true, amount: null, currency: null };
  let currency: string | null = null;
  // Marks may stand before or after the number, hedges anywhere: take them out one by one.
  for (let changed = true; changed;) {
    changed = false;
    for (const hedge of HEDGES) {
      if (s.startsWith(hedge) || s.endsWith(hedge)) {
        s = (s.startsWith(hedge) ? s.slice(hedge.length) : s.slice(0, -hedge.length)).trim();
        changed = true;
      }
    }
    for (const [mark, code] of CURRENCY_MARKS) {
      if (s.startsWith(mark) || s.endsWith(mark)) {
        s = (s.startsWith(mark) ? s.slice(mark.length) : s.slice(0, -mark.length)).trim();
        currency ??= code === '¥' ? (fieldCurrency === 'JPY' ? 'JPY' : 'CNY') : code;
        changed = true;
      }
    }
  }
  if (s.startsWith('-') || s.startsWith('−')) return { ok: false, reason: 'negative' };
  let multiplier = 1;
  for (const [unit, size] of UNITS) {
    const before = s.slice(0, -unit.length).trim();
    // "1200多万": a hedge may sit between the number and its unit.
    const bare = HEDGES.reduce((b, h) => (b.endsWith(h) ? b.slice(0, -h.length).trim() : b), before);
    if (s.endsWith(unit) && /[\d.]$/.test(bare)) {
      s = bare;
      multiplier = size;
      break;
    }
  }
  // "10-12M", "10到12万", "10 to 12": two amounts.
  if (/\d\s*(?:-|–|—|~|到|至|to)\s*\d/.test(s)) return { ok: false, reason: 'range' };
  const value = readNumber(s);
  if (typeof value === 'string') return { ok: false, reason: value };
  const amount = Math.round(value * multiplier * 100) / 100;
  if (amount > AMOUNT_MAX) return { ok: false, reason: 'tooLarge' };
  return { ok: true, amount, currency };
}

/** A plain number with thousands separators (, ， ' _ or spaces in groups of three) and a decimal point. */
function readNumber(s: string): number | 'unreadable' | 'separators' {
  if (!/^[\d.,'_ ]+$/.test(s) || !/\d/.test(s)) return 'unreadable';
  const [whole, ...decimals] = s.split('.');
  if (decimals.length > 1) {
    // "1.200.000": dots as thousands separators, as many Europeans write.
    if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return 'separators';
    return Number(s.replace(/\./g, ''));
  }
  const groups = whole!.split(/[,'_ ]/);
  if (groups.length > 1 && !(groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)))
    return 'separators';
  const digits = groups.join('') + (decimals.length ? `.${decimals[0]}` : '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return 'unreadable';
  return Number(digits);
}

/** The currency's sign as the language writes it ("¥", "CN¥", "US$"), or its code. */
function currencySign(currency: string, lang: Language): string {
  try {
    const part = new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}

const grouped = (n: number, lang: Language, digits = 2) => n.toLocaleString(lang, { maximumFractionDigits: digits });

/**
 * An amount as a reader of the language counts it, short: "¥1,200万" / "¥1.2亿" in Chinese (万 and
 * 亿 are how Chinese reads money), "CN¥12.0M" in English.
 */
export function formatMoneyShort(amount: number, currency: string, lang: Language): string {
  if (lang === 'zh-CN') {
    const sign = currencySign(currency, lang);
    if (amount >= 1e8) return `${sign}${grouped(amount / 1e8, lang)}亿`;
    if (amount >= 1e4) return `${sign}${grouped(amount / 1e4, lang)}万`;
    return `${sign}${grouped(amount, lang)}`;
  }
  if (amount < 1e4) return formatMoneyExact(amount, currency, lang);
  try {
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return `${grouped(amount, lang)} ${currency}`;
  }
}

/** The whole amount with the language's grouping: "CN¥2,380,000" / "¥2,380,000". */
export function formatMoneyExact(amount: number, currency: string, lang: Language): string {
  try {
    const cents = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      minimumFractionDigits: cents,
      maximumFractionDigits: cents,
    }).format(amount);
  } catch {
    return `${grouped(amount, lang)} ${currency}`;
  }
}

/** What a money field shows when not being typed in: the amount with grouping, no sign ("2,380,000"). */
export const moneyFieldText = (amount: number | null, lang: Language): string => (amount === null ? '' : grouped(amount, lang));

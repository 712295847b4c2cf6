import { describe, expect, test } from 'vitest';
import { formatMoneyExact, formatMoneyShort, moneyFieldText, parseMoney } from '../../shared/logic/money';

// Issue 15, item 2: money fields read amounts the way reps type them, in both languages.
describe('reading an amount as a rep types it', () => {
  const twelveMillion = [
    '1200万',
    '1,200万元',
    '12M',
    'about 12M',
    '12,000,000',
    '¥1,200万',
    'CN¥12.0M',
    '1200w',
    '12 million',
    '约1200多万元左右',
    '１２００万',
    '12 000 000',
    '0.12亿',
    '12mm',
    '12,000k',
  ];
  test.each(twelveMillion)('%s is 12,000,000', (text) => {
    const read = parseMoney(text);
    expect(read).toMatchObject({ ok: true, amount: 12_000_000 });
  });

  test('currency signs and words name the currency; a bare ¥ follows the field (CNY unless JPY)', () => {
    expect(parseMoney('$12m')).toEqual({ ok: true, amount: 12e6, currency: 'USD' });
    expect(parseMoney('US$ 3,000')).toEqual({ ok: true, amount: 3000, currency: 'USD' });
    expect(parseMoney('€2.5k')).toEqual({ ok: true, amount: 2500, currency: 'EUR' });
    expect(parseMoney('300万港元')).toEqual({ ok: true, amount: 3e6, currency: 'HKD' });
    expect(parseMoney('5 million GBP')).toEqual({ ok: true, amount: 5e6, currency: 'GBP' });
    expect(parseMoney('¥500万')).toEqual({ ok: true, amount: 5e6, currency: 'CNY' });
    expect(parseMoney('¥500万', 'JPY')).toEqual({ ok: true, amount: 5e6, currency: 'JPY' });
    expect(parseMoney('12M')).toEqual({ ok: true, amount: 12e6, currency: null });
  });

  test('units: 千 万 亿 千万 百万, k M B bn, with decimals', () => {
    expect(parseMoney('1.2亿')).toMatchObject({ amount: 120_000_000 });
    expect(parseMoney('3千万')).toMatchObject({ amount: 30_000_000 });
    expect(parseMoney('2.5百万')).toMatchObject({ amount: 2_500_000 });
    expect(parseMoney('5千')).toMatchObject({ amount: 5000 });
    expect(parseMoney('3.5bn')).toMatchObject({ amount: 3_500_000_000 });
    expect(parseMoney('2B')).toMatchObject({ amount: 2_000_000_000 });
    expect(parseMoney('12.345')).toMatchObject({ amount: 12.35 });
    expect(parseMoney('1.200.000')).toMatchObject({ amount: 1_200_000 });
  });

  test('an emptied field clears the amount', () => {
    expect(parseMoney('')).toEqual({ ok: true, amount: null, currency: null });
    expect(parseMoney('   ')).toEqual({ ok: true, amount: null, currency: null });
  });

  test('what cannot be read is refused with its reason, never guessed', () => {
    expect(parseMoney('twelve-ish')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseMoney('TBD')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseMoney('M')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseMoney('10-12M')).toEqual({ ok: false, reason: 'range' });
    expect(parseMoney('800到1000万')).toEqual({ ok: false, reason: 'range' });
    expect(parseMoney('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoney('1200,5')).toEqual({ ok: false, reason: 'separators' });
    expect(parseMoney('1.2.3')).toEqual({ ok: false, reason: 'separators' });
    expect(parseMoney('9999999亿亿')).toMatchObject({ ok: false });
    expect(parseMoney('2000万亿')).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('writing an amount for a reader of the language', () => {
  test('Chinese counts in 万 and 亿 with grouping; English in compact units', () => {
    expect(formatMoneyShort(12_000_000, 'CNY', 'zh-CN')).toBe('¥1,200万');
    expect(formatMoneyShort(120_000_000, 'CNY', 'zh-CN')).toBe('¥1.2亿');
    expect(formatMoneyShort(5000, 'CNY', 'zh-CN')).toBe('¥5,000');
    expect(formatMoneyShort(12_000_000, 'CNY', 'en')).toBe('CN¥12.0M');
    expect(formatMoneyShort(2_380_000, 'USD', 'en')).toBe('$2.4M');
  });
  test('the exact amount keeps the language grouping (briefings): never 2380000', () => {
    expect(formatMoneyExact(2_380_000, 'CNY', 'en')).toBe('CN¥2,380,000');
    expect(formatMoneyExact(2_380_000, 'CNY', 'zh-CN')).toBe('¥2,380,000');
    expect(formatMoneyExact(12.5, 'USD', 'en')).toBe('$12.50');
  });
  test('a money field shows the stored amount grouped, and reads it back the same', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = moneyFieldText(2_380_000, lang);
      expect(text).toBe('2,380,000');
      expect(parseMoney(text)).toMatchObject({ ok: true, amount: 2_380_000 });
    }
    expect(moneyFieldText(null, 'en')).toBe('');
  });
});

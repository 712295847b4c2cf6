import { describe, expect, it } from 'vitest';
import { dateParts, formatDate, formatDateRange, formatDateTime, parseDateText, storedDate } from '../../shared/logic/date-text';
import { formatDay, formatDays } from '../../shared/logic/itinerary/format';
import { Person, datesTurnedBack, endsBeforeStart } from '../../shared/model/person';

const typed = (text: string, allowNoYear = false) => {
  const r = parseDateText(text, { allowNoYear });
  return typeof r === 'string' ? r : storedDate(r);
};

describe('one date format per language', () => {
  it('writes a date the way each language reads it, whatever the machine', () => {
    expect(formatDate('2026-12-04', 'en')).toBe('4 Dec 2026');
    expect(formatDate('2026-12-04', 'zh-CN')).toBe('2026年12月4日');
    expect(formatDate('2026-09-30', 'en')).toBe('30 Sep 2026');
    expect(formatDate('2026-12-04', 'en', { weekday: true })).toBe('Fri 4 Dec 2026');
    expect(formatDate('2026-12-04', 'zh-CN', { weekday: true })).toBe('2026年12月4日 周五');
    expect(formatDate('2026-12-04', 'en', { noYear: true })).toBe('4 Dec');
    expect(formatDate('2026-12-04', 'zh-CN', { noYear: true })).toBe('12月4日');
    expect(formatDate('', 'en')).toBe('');
  });

  it('writes a birthday without a year as day and month', () => {
    expect(formatDate('--12-04', 'en')).toBe('4 Dec');
    expect(formatDate('--12-04', 'zh-CN')).toBe('12月4日');
    expect(formatDate('--02-29', 'en', { weekday: true })).toBe('29 Feb');
  });

  it('writes spans, the notebook’s near days and moments in the same format', () => {
    expect(formatDateRange('2026-12-04', '2026-12-10', 'en')).toBe('4 Dec 2026 – 10 Dec 2026');
    expect(formatDateRange('2026-12-04', '', 'zh-CN')).toBe('2026年12月4日');
    expect(formatDays('2026-12-07', '2026-12-09', 'zh-CN')).toBe('12月7日 – 12月9日');
    expect(formatDay('2026-12-07', 'en', true)).toBe('Mon 7 Dec');
    const moment = new Date(2026, 10, 23, 21, 33).toISOString(); // local time, as shown
    expect(formatDateTime(moment, 'en')).toBe('23 Nov 2026, 21:33');
    expect(formatDateTime(moment, 'zh-CN')).toBe('2026年11月23日 21:33');
  });

  it('shows text that is not a date as it is, rather than hiding it', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(dateParts('2026-02-30')).toBeNull();
  });
});

describe('reading a typed date', () => {
  it('takes both languages’ ways of writing a date', () => {
    for (const text of [
      '2026-12-04',
      '2026-12-4',
      '2026/12/4',
      '2026.12.04',
      '2026年12月4日',
      '２０２６年１２月４日',
      '20261204',
      '4 Dec 2026',
      '4 December 2026',
      'Dec 4, 2026',
      'December 4th 2026',
      '04 dec 2026',
      ' 4  Dec  2026 ',
    ]) {
      expect(typed(text), text).toBe('2026-12-04');
    }
    expect(typed('25/12/2026')).toBe('2026-12-25');
    expect(typed('12/25/2026')).toBe('2026-12-25');
  });

  it('says why it cannot: not a date, no such day, day or month first, no year', () => {
    expect(typed('next Tuesday')).toBe('notADate');
    expect(typed('11/30/2026 10:00')).toBe('notADate');
    expect(typed('2026-02-30')).toBe('noSuchDay');
    expect(typed('31 Apr 2026')).toBe('noSuchDay');
    expect(typed('4/12/2026')).toBe('ambiguous');
    expect(typed('4 Dec')).toBe('needsYear');
    expect(typed('12月4日')).toBe('needsYear');
  });

  it('takes a day and month without a year where one is allowed (a birthday)', () => {
    expect(typed('4 Dec', true)).toBe('--12-04');
    expect(typed('Dec 4', true)).toBe('--12-04');
    expect(typed('12月4日', true)).toBe('--12-04');
    expect(typed('--12-04', true)).toBe('--12-04');
    expect(typed('29 Feb', true)).toBe('--02-29');
    expect(typed('30 Feb', true)).toBe('noSuchDay');
    expect(typed('1971-03-18', true)).toBe('1971-03-18');
  });

  it('reads back every date it writes, in both languages', () => {
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2025, 0, 1); day += 86_400_000 * 3) {
      const iso = new Date(day).toISOString().slice(0, 10);
      for (const lang of ['en', 'zh-CN'] as const) expect(typed(formatDate(iso, lang))).toBe(iso);
      for (const lang of ['en', 'zh-CN'] as const)
        expect(typed(formatDate(`--${iso.slice(5)}`, lang), true)).toBe(`--${iso.slice(5)}`);
    }
  });
});

describe('birthdays without a year in the person schema', () => {
  const person = (birthday: string) => Person.safeParse({ id: 'p1', name: 'Li', dossier: { birthday } });
  it('accepts a full date, a day and month, or nothing; refuses a day that does not exist', () => {
    expect(person('1971-03-18').success).toBe(true);
    expect(person('--03-18').success).toBe(true);
    expect(person('--02-29').success).toBe(true);
    expect(person('').success).toBe(true);
    expect(person('--02-30').success).toBe(false);
    expect(person('--13-01').success).toBe(false);
    expect(person('03-18').success).toBe(false);
  });
});

describe('date ranges that run backwards', () => {
  const base = Person.parse({
    id: 'p1',
    name: 'Li',
    itinerary: [{ id: 't1', from: '2026-12-04', to: '2026-12-10', city: '北京' }],
  });
  it('are an end before a start, both known', () => {
    expect(endsBeforeStart('2026-12-04', '2026-12-03')).toBe(true);
    expect(endsBeforeStart('2026-12-04', '2026-12-04')).toBe(false);
    expect(endsBeforeStart('2026-12-04', '')).toBe(false);
  });
  it('made by an edit are found; one already stored that way and left alone is not the edit’s doing', () => {
    const back = { ...base, itinerary: [{ ...base.itinerary[0]!, to: '2026-11-30' }] };
    expect(datesTurnedBack(base, back)).toBe('itinerary.0.to');
    expect(datesTurnedBack(back, { ...back, name: 'Li Wei' })).toBeNull();
    expect(datesTurnedBack(base, { ...base, name: 'Li Wei' })).toBeNull();
  });
});

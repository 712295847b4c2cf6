import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/services/session';
import { Workspace } from '../../electron/services/store/workspace';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { formatDate } from '../../shared/logic/date-text';
import { windowAhead } from '../../shared/logic/dates';
import { recordReview } from '../../shared/logic/history/review-record';
import { agendaDays, agendaToIcs, buildAgenda, filterAgenda } from '../../shared/logic/itinerary';
import { Account, ACCOUNT_SCHEMA_VERSION, type AccountInput } from '../../shared/model/account';
import type { Agenda } from '../../shared/model/agenda';
import { Review } from '../../shared/model/review';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

// Issue 18: an account whose review is due shows in the notebook (and its .ics) like the trips,
// birthdays and actions do, on the day it falls due, or today when its day has passed.

const TODAY = '2026-12-07';
const WINDOW = windowAhead(TODAY, 14); // 7 to 21 December
const stamp = '2026-10-01T09:00:00.000Z';

const account = (id: string, name: string, extra: Partial<AccountInput> = {}): Account =>
  Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id, name, createdAt: stamp, updatedAt: stamp, ...extra });
/** The account reviewed on each of `dates`, in order. */
const reviewedOn = (a: Account, ...dates: string[]): Account =>
  dates.reduce<Account>(
    (acc, date, i) => ({
      ...acc,
      reviews: [
        ...acc.reviews,
        Review.parse(
          recordReview(acc, {
            id: `r${i}`,
            date,
            at: `${date}T10:00:00.000Z`,
            by: 'Li Na',
            notes: { changed: '', learned: '', decided: '' },
          }),
        ),
      ],
    }),
    a,
  );

/** Weekly, last reviewed 3 December: due 10 December, inside the window. */
const weekly = reviewedOn(account('weekly', 'Henan Power', { reviewCadence: 'weekly' }), '2026-11-26', '2026-12-03');
/** Monthly, last reviewed 20 October: due since 20 November, still not made. */
const overdue = reviewedOn(account('overdue', 'Bank of the North', { reviewCadence: 'monthly' }), '2026-10-20');
/** Monthly, last reviewed 1 December: next due 1 January, after the window. */
const notYet = reviewedOn(account('notyet', 'Shandong Telecom', { reviewCadence: 'monthly' }), '2026-12-01');
/** Fortnightly, never reviewed: due at once. */
const never = account('never', '河南电力', { reviewCadence: 'fortnightly' });
/** No cadence, last reviewed long ago: nothing asks for a review. */
const noCadence = reviewedOn(account('none', 'Zhejiang Grid', { reviewCadence: 'none' }), '2025-01-02');

const all = [weekly, overdue, notYet, never, noCadence];

describe('reviews due in the notebook', () => {
  const agenda = buildAgenda(all, WINDOW, '', TODAY);

  it('lists an account due in the window on its due day, with its cadence and last review', () => {
    expect(agenda.reviews.find((r) => r.accountId === 'weekly')).toEqual({
      accountId: 'weekly',
      accountName: 'Henan Power',
      cadence: 'weekly',
      lastReview: '2026-12-03',
      dueOn: '2026-12-10',
      date: '2026-12-10',
    });
  });

  it('lists a review due before the window on today, keeping the day it fell due; one never made is due today', () => {
    expect(agenda.reviews.find((r) => r.accountId === 'overdue')).toMatchObject({ dueOn: '2026-11-20', date: TODAY });
    expect(agenda.reviews.find((r) => r.accountId === 'never')).toMatchObject({
      cadence: 'fortnightly',
      lastReview: '',
      dueOn: TODAY,
      date: TODAY,
    });
  });

  it('leaves out a review not yet due in the window and an account without a cadence', () => {
    expect(agenda.reviews.map((r) => r.accountId)).toEqual(['overdue', 'never', 'weekly']);
  });

  it('a window that does not hold today shows only the reviews falling due inside it', () => {
    const later = buildAgenda(all, { from: '2026-12-25', to: '2027-01-10' }, '', TODAY);
    expect(later.reviews.map((r) => [r.accountId, r.date])).toEqual([['notyet', '2027-01-01']]);
    // A review made in the window moves the next due day out of it.
    expect(buildAgenda([reviewedOn(weekly, '2026-12-08')], WINDOW, '', TODAY).reviews.map((r) => r.dueOn)).toEqual([
      '2026-12-15',
    ]);
  });

  it('falls on its day in the list; filtered by account, off with its switch, gone for a city or key people only', () => {
    const days = agendaDays(agenda);
    expect(days.find((d) => d.date === TODAY)!.reviews.map((r) => r.accountId)).toEqual(['overdue', 'never']);
    expect(days.find((d) => d.date === '2026-12-10')!.reviews.map((r) => r.accountId)).toEqual(['weekly']);
    expect(filterAgenda(agenda, { accountIds: ['weekly'] }).reviews.map((r) => r.accountId)).toEqual(['weekly']);
    expect(filterAgenda(agenda, { reviews: false }).reviews).toEqual([]);
    expect(filterAgenda(agenda, { city: '北京' }).reviews).toEqual([]);
    expect(filterAgenda(agenda, { keyOnly: true }).reviews).toEqual([]);
    expect(filterAgenda(agenda, {}).reviews).toEqual(agenda.reviews);
  });

  it('is the same whatever order the accounts come in', () => {
    expect(buildAgenda([...all].reverse(), WINDOW, '', TODAY)).toEqual(agenda);
  });
});

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('reviews due in the .ics', () => {
  const agenda = buildAgenda(all, WINDOW, '', TODAY);

  it('one all-day event per account on the day the list shows it, its UID the account’s review', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const s = STRINGS[language].review;
      const got = events(agendaToIcs([], [], { language, stamp }, [], agenda.reviews));
      expect(got.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
        ['overdue.review@bidmap', TODAY, '2026-12-08', true],
        ['never.review@bidmap', TODAY, '2026-12-08', true],
        ['weekly.review@bidmap', '2026-12-10', '2026-12-11', true],
      ]);
      const [late, first, due] = got;
      expect(due!.summary).toBe(fill(s.ics.summary, { account: 'Henan Power' }));
      expect(first!.summary).toBe(fill(s.ics.summary, { account: '河南电力' }));
      // The day it fell due, the last review (or none) and the cadence, in the language.
      expect(late!.description).toContain(formatDate('2026-11-20', language));
      expect(late!.description).toContain(formatDate('2026-10-20', language));
      expect(late!.description).toContain(s.cadences.monthly);
      expect(first!.description).toContain(s.never);
      expect(due!.description).toContain(s.cadences.weekly);
    }
  });

  it('the export call writes them with the list’s filters, and none with reviews turned off', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    await ws.add(all);
    await ws.close();
    const host = new TestHost();
    const s = await openSession({
      workspaceDir: dir,
      host,
      appDataDir: null,
      defaultLanguage: 'en',
      seedDemoIfEmpty: false,
      checkOutputs: true,
      today: () => TODAY,
    });
    const window = { ...WINDOW, today: TODAY };
    const { value: got } = (await s.invoke('agenda', window)) as { value: Agenda };
    expect(got.reviews.map((r) => r.accountId)).toEqual(['overdue', 'never', 'weekly']);
    const out = join(await tempDir(), 'notebook.ics');
    host.answerSave(out);
    expect(await s.invoke('exportCalendar', { ...window, accountIds: ['weekly', 'never'], language: 'zh-CN' })).toEqual({
      ok: true,
      value: { path: out, count: 2 },
    });
    expect(events(await readFile(out, 'utf8')).map((e) => e.uid)).toEqual(['never.review@bidmap', 'weekly.review@bidmap']);
    host.answerSave(out);
    expect(await s.invoke('exportCalendar', { ...window, reviews: false, language: 'en' })).toEqual({
      ok: true,
      value: { path: out, count: 0 },
    });
    await s.close();
  });
});

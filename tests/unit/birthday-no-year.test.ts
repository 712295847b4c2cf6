// A birthday may be known as a day and month only ("--12-09", as vCard writes it): the notebook,
// the daily notice, the .ics, a shared file, the merge, redaction and search all take it, and
// nobody "turns 46" by guess.
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBidmap } from '../../electron/services/sharing/read-bidmap';
import { agendaToIcs, birthdaysInWindow, buildAgenda, upcomingNotice } from '../../shared/logic/itinerary';
import { redactAccount } from '../../shared/logic/redaction';
import { buildSearchIndex } from '../../shared/logic/search';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import type { Account } from '../../shared/model/account';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/birthdays/year-unknown.bidmap');
const TODAY = '2026-12-07';
const WEEK = { from: TODAY, to: '2026-12-14' };

async function port(): Promise<Account> {
  return readBidmap('year-unknown.bidmap', new Uint8Array(await readFile(FIXTURE))).file.accounts[0]!;
}

describe('a birthday without a year', () => {
  it('is read from a shared file as written', async () => {
    const account = await port();
    expect(account.people.map((p) => p.dossier.birthday)).toEqual(['--12-09', '1980-12-10', '--02-29']);
  });

  it('comes round every year, with no age; 29 February falls on the 28th in a common year', () => {
    expect(birthdaysInWindow('--12-09', WEEK)).toEqual([{ date: '2026-12-09', age: null }]);
    expect(birthdaysInWindow('--12-09', { from: '2026-12-01', to: '2027-12-31' }).map((b) => b.date)).toEqual([
      '2026-12-09',
      '2027-12-09',
    ]);
    expect(birthdaysInWindow('--02-29', { from: '2027-02-20', to: '2027-03-05' })).toEqual([{ date: '2027-02-28', age: null }]);
    expect(birthdaysInWindow('--02-29', { from: '2028-02-20', to: '2028-03-05' })).toEqual([{ date: '2028-02-29', age: null }]);
  });

  it('shows in the notebook, the daily notice and the .ics without "turns N"', async () => {
    const account = await port();
    const agenda = buildAgenda([account], WEEK);
    expect(agenda.birthdays.map((b) => [b.personName, b.date, b.age])).toEqual([
      ['王海', '2026-12-09', null],
      ['刘倩', '2026-12-10', 46],
    ]);
    expect(upcomingNotice([account], TODAY, 'en')!.body.split('\n')).toEqual([
      '王海: birthday 9 Dec',
      '刘倩: birthday 10 Dec (turns 46)',
    ]);
    expect(upcomingNotice([account], TODAY, 'zh-CN')!.body.split('\n')).toEqual([
      '王海：12月9日 生日',
      '刘倩：12月10日 生日（46 岁）',
    ]);
    for (const [language, wang, liu] of [
      ['zh-CN', '王海生日', '刘倩生日（46 岁）'],
      ['en', '王海: birthday', '刘倩: birthday (turns 46)'],
    ] as const) {
      const ics = agendaToIcs(agenda.trips, agenda.birthdays, { language, stamp: '2026-12-07T08:00:00.000Z' });
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
        [wang, '2026-12-09'],
        [liu, '2026-12-10'],
      ]);
    }
  });

  it('is personal: kept at the full level, cut from team and map files', async () => {
    const account = await port();
    expect(redactAccount(account, 'full').people[0]!.dossier.birthday).toBe('--12-09');
    expect(redactAccount(account, 'team').people[0]!.dossier.birthday).toBe('');
    expect(redactAccount(account, 'map').people[0]!.dossier.birthday).toBe('');
  });

  it('merges like any field: a year learnt on their side is taken, a day known here is kept', async () => {
    const base = await port();
    const theirs = {
      ...base,
      people: base.people.map((p) => (p.id === 'wang' ? { ...p, dossier: { ...p.dossier, birthday: '1971-12-09' } } : p)),
    };
    const mine = {
      ...base,
      people: base.people.map((p) => (p.id === 'zhou' ? { ...p, dossier: { ...p.dossier, birthday: '--03-01' } } : p)),
    };
    const { account } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(account.people.map((p) => p.dossier.birthday)).toEqual(['1971-12-09', '1980-12-10', '--03-01']);
  });

  it('does not trouble search: the people are found, and the date text is not searched', async () => {
    const index = buildSearchIndex([await port()]);
    expect(index.search('wh').groups[0]!.hits[0]!.person?.name).toBe('王海');
    expect(index.search('--12-09').groups).toEqual([]);
  });
});

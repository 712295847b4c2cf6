import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localIsoDate, windowAhead } from '../../shared/logic/dates';
import {
  agendaDays,
  birthdayIn,
  birthdaysInWindow,
  buildAgenda,
  cityMatches,
  filterAgenda,
  formatDays,
  tripSpan,
  upcomingNotice,
  whoWillBeIn,
  type AgendaSource,
} from '../../shared/logic/itinerary';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { Agenda } from '../../shared/model/agenda';

const TODAY = '2026-11-23';
const stamp = '2026-11-23T10:00:00.000Z';

type PersonInput = Record<string, unknown> & { id: string };
function account(id: string, name: string, people: PersonInput[]): Account {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id,
    name,
    createdAt: stamp,
    updatedAt: stamp,
    people: people.map((p) => ({ name: p.id, ...p })),
  });
}
const trip = (id: string, from: string, to = '', city = 'Beijing', extra: Record<string, string> = {}) => ({
  id,
  from,
  to,
  city,
  ...extra,
});
const ids = (agenda: { trips: { trip: { id: string } }[] }) => agenda.trips.map((t) => t.trip.id);

describe('dates', () => {
  it('adds days across months, years and leap days, in any time zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween(TODAY, addDays(TODAY, 400))).toBe(400);
  });

  it('reads today off a moment where the machine is', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localIsoDate(new Date(2027, 0, 5, 0, 0))).toBe('2027-01-05');
  });

  it('takes "the next N days" as today and the N days after it, as coverage does', () => {
    expect(windowAhead(TODAY, 14)).toEqual({ from: TODAY, to: '2026-12-07' });
  });
});

describe('a trip’s days', () => {
  it('is skipped with no start; no end or an end before the start is one day', () => {
    expect(tripSpan({ from: '', to: '2026-12-01' })).toBeNull();
    expect(tripSpan({ from: '2026-12-01', to: '' })).toEqual({ start: '2026-12-01', end: '2026-12-01' });
    expect(tripSpan({ from: '2026-12-01', to: '2026-11-20' })).toEqual({ start: '2026-12-01', end: '2026-12-01' });
    expect(tripSpan({ from: '2026-12-01', to: '2026-12-03' })).toEqual({ start: '2026-12-01', end: '2026-12-03' });
  });
});

describe('the agenda across accounts', () => {
  const henan = account('henan', 'Henan Power', [
    {
      id: 'guo',
      title: 'Deputy GM',
      keyPerson: true,
      itinerary: [
        trip('past', '2026-11-01', '2026-11-05'),
        trip('endsToday', '2026-11-20', TODAY),
        trip('underWay', '2026-11-22', '2026-11-26', 'Luoyang'),
        trip('lastDay', '2026-12-07', '2026-12-09'),
        trip('afterWindow', '2026-12-08'),
        trip('noEnd', '2026-11-30', '', '北京市'),
        trip('reversed', '2026-11-28', '2026-11-01', 'Xi’an'),
        trip('noStart', '', '2026-11-30'),
      ],
    },
    { id: 'sun', itinerary: [trip('sunBeijing', '2026-11-30', '2026-12-01', 'beijing')] },
  ]);
  const bank = account('bank', 'Jiangcheng Bank', [
    { id: 'zhang', keyPerson: true, itinerary: [trip('zhangBeijing', '2026-11-30', '2026-12-02', 'Ｂｅｉｊｉｎｇ')] },
  ]);
  const window = windowAhead(TODAY, 14);
  const agenda = buildAgenda([henan, bank], window);

  it('lists every trip taking a day of the window, by start date, from every account', () => {
    expect(Agenda.parse(agenda)).toEqual(agenda);
    expect(agenda).toMatchObject({ from: TODAY, to: '2026-12-07' });
    // A trip ending today and one under way count; one starting on the window's last day too.
    expect(ids(agenda)).toEqual(['endsToday', 'underWay', 'reversed', 'noEnd', 'sunBeijing', 'zhangBeijing', 'lastDay']);
    const zhang = agenda.trips.find((t) => t.trip.id === 'zhangBeijing')!;
    expect(zhang).toMatchObject({
      accountId: 'bank',
      accountName: 'Jiangcheng Bank',
      personId: 'zhang',
      personName: 'zhang',
      keyPerson: true,
      start: '2026-11-30',
      end: '2026-12-02',
    });
    expect(agenda.trips.find((t) => t.trip.id === 'reversed')).toMatchObject({ start: '2026-11-28', end: '2026-11-28' });
  });

  it('is the same whatever order the accounts come in', () => {
    expect(buildAgenda([bank, henan], window)).toEqual(agenda);
  });

  it('filters by city in any case, width and language (北京市 is Beijing), by account and by key people', () => {
    const beijing = ['endsToday', 'noEnd', 'sunBeijing', 'zhangBeijing', 'lastDay'];
    expect(ids(filterAgenda(agenda, { city: 'BEI' }))).toEqual(beijing);
    expect(ids(filterAgenda(agenda, { city: '北京' }))).toEqual(beijing);
    expect(ids(filterAgenda(agenda, { city: '北京市' }))).toEqual(beijing);
    expect(ids(filterAgenda(agenda, { city: '洛阳' }))).toEqual(['underWay']);
    expect(ids(filterAgenda(agenda, { city: '  ' }))).toEqual(ids(agenda));
    expect(ids(filterAgenda(agenda, { accountIds: ['bank'] }))).toEqual(['zhangBeijing']);
    expect(ids(filterAgenda(agenda, { accountIds: [] }))).toEqual(ids(agenda));
    expect(ids(filterAgenda(agenda, { keyOnly: true }))).not.toContain('sunBeijing');
    expect(ids(filterAgenda(agenda, { city: 'beijing', accountIds: ['henan'], keyOnly: true }))).toEqual(['endsToday', 'noEnd', 'lastDay']);
    expect(cityMatches('Xi’an', 'xi')).toBe(true);
    expect(cityMatches('Shanghai', 'beijing')).toBe(false);
  });

  it('answers "who will be in <city> between <dates>" with each person once', () => {
    const who = whoWillBeIn([henan, bank], 'Beijing', { from: '2026-11-30', to: '2026-12-01' });
    // guo's trip to 北京市 is a trip to Beijing too.
    expect(who.map((w) => w.person.personId)).toEqual(['guo', 'sun', 'zhang']);
    expect(whoWillBeIn([henan, bank], 'beijing', { from: '2026-11-20', to: '2026-12-31' }).map((w) => [w.person.personId, w.trips.map((t) => t.trip.id)])).toEqual([
      ['guo', ['endsToday', 'noEnd', 'lastDay', 'afterWindow']],
      ['sun', ['sunBeijing']],
      ['zhang', ['zhangBeijing']],
    ]);
    expect(whoWillBeIn([henan, bank], 'Shanghai', window)).toEqual([]);
  });

  it('groups by day: trips under way sit on the first day, then each on its start', () => {
    const days = agendaDays(agenda);
    expect(days.map((d) => [d.date, d.trips.map((t) => t.trip.id)])).toEqual([
      [TODAY, ['endsToday', 'underWay']],
      ['2026-11-28', ['reversed']],
      ['2026-11-30', ['noEnd', 'sunBeijing', 'zhangBeijing']],
      ['2026-12-07', ['lastDay']],
    ]);
  });

  it('lists placeholders’ trips, flagged, but not their birthdays', () => {
    const a = account('x', 'X', [
      {
        id: 'cfo',
        name: 'CFO',
        placeholder: true,
        keyPerson: true,
        dossier: { birthday: '1970-11-25' },
        itinerary: [trip('t', TODAY)],
      },
    ]);
    const got = buildAgenda([a], window);
    expect(got.trips.map((t) => [t.personId, t.placeholder])).toEqual([['cfo', true]]);
    expect(got.birthdays).toEqual([]);
  });
});

describe('birthdays of key people', () => {
  const people = (birthdays: Record<string, string>, key = true): AgendaSource =>
    account(
      'a',
      'A',
      Object.entries(birthdays).map(([id, birthday]) => ({ id, keyPerson: key, dossier: { birthday } })),
    );

  it('falls on its next day in the window with the age turned; others are left out', () => {
    const a = people({ soon: '1966-11-30', today: '1980-11-23', past: '1970-11-22', later: '1975-12-08', none: '' });
    const got = buildAgenda([a], windowAhead(TODAY, 14)).birthdays;
    expect(got.map((b) => [b.personId, b.date, b.age])).toEqual([
      ['today', '2026-11-23', 46],
      ['soon', '2026-11-30', 60],
    ]);
    expect(got[1]!.born).toBe('1966-11-30');
    expect(buildAgenda([people({ soon: '1966-11-30' }, false)], windowAhead(TODAY, 14)).birthdays).toEqual([]);
  });

  it('wraps from December into January', () => {
    const got = buildAgenda([people({ ny: '1970-01-02', eve: '1971-12-31' })], windowAhead('2026-12-28', 7)).birthdays;
    expect(got.map((b) => [b.personId, b.date, b.age])).toEqual([
      ['eve', '2026-12-31', 55],
      ['ny', '2027-01-02', 57],
    ]);
  });

  it('puts 29 February on the 28th in a common year, on the 29th in a leap year', () => {
    expect(birthdayIn('1964-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('1964-02-29', 2028)).toBe('2028-02-29');
    expect(birthdaysInWindow('1964-02-29', windowAhead('2027-02-27', 3))).toEqual([{ date: '2027-02-28', age: 63 }]);
    expect(birthdaysInWindow('1964-02-29', windowAhead('2027-03-01', 3))).toEqual([]);
  });

  it('counts each birthday in a window longer than a year, and none before the birth', () => {
    expect(birthdaysInWindow('1990-06-01', { from: '2026-05-30', to: '2027-06-01' }).map((b) => b.date)).toEqual([
      '2026-06-01',
      '2027-06-01',
    ]);
    expect(birthdaysInWindow('2026-11-25', windowAhead(TODAY, 7))).toEqual([]);
  });
});

describe('the daily notice', () => {
  const a = account('henan', 'Henan Power', [
    {
      id: 'guo',
      name: '郭振',
      keyPerson: true,
      dossier: { birthday: '1966-11-25' },
      itinerary: [trip('t1', '2026-11-27', '2026-11-29', '北京')],
    },
    { id: 'sun', name: '孙建华', itinerary: [trip('t2', '2026-11-24', '', '北京')] },
    { id: 'li', name: '李明', keyPerson: true, itinerary: [trip('t3', '2026-12-07', '', '上海')] },
  ]);

  it('lists key people’s trips and birthdays of the next 7 days, soonest first, in the user’s language', () => {
    const en = upcomingNotice([a], TODAY, 'en')!;
    expect(en.title).toBe('Bidmap: 2 things to know this week');
    expect(en.body.split('\n')).toEqual(['郭振: birthday 25 Nov (turns 60)', '郭振 → 北京, 27 Nov – 29 Nov']);
    const zh = upcomingNotice([a], TODAY, 'zh-CN')!;
    expect(zh.body.split('\n')).toEqual(['郭振：11月25日 生日（60 岁）', '郭振 → 北京，11月27日 – 11月29日']);
    expect(formatDays('2026-11-27', '2026-11-27', 'en')).toBe('27 Nov');
    expect(zh.body).not.toContain('孙建华');
  });

  it('says nothing when there is nothing, and folds a long list', () => {
    expect(upcomingNotice([a], '2027-03-01', 'en')).toBeNull();
    const busy = account('b', 'B', [
      { id: 'k', keyPerson: true, itinerary: Array.from({ length: 8 }, (_, i) => trip(`t${i}`, addDays(TODAY, i))) },
    ]);
    const notice = upcomingNotice([busy], TODAY, 'en')!;
    expect(notice.title).toBe('Bidmap: 8 things to know this week');
    expect(notice.body.split('\n')).toHaveLength(6);
    expect(notice.body).toMatch(/…and 3 more in the notebook$/);
  });
});

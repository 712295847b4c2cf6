import { describe, expect, it } from 'vitest';
import { windowAhead } from '../../shared/logic/dates';
import { buildAgenda, cityMatches, cityNamed, filterAgenda, whoWillBeIn } from '../../shared/logic/itinerary';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { CITIES } from '../../shared/taxonomy/cities';

const TODAY = '2026-12-07';
const trip = (id: string, city: string) => ({ id, from: '2026-12-09', to: '2026-12-10', city });
const account = Account.parse({
  schemaVersion: ACCOUNT_SCHEMA_VERSION,
  id: 'a',
  name: 'Henan Power',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  people: [
    { id: 'zhang', name: '张主任', itinerary: [trip('t1', '北京')] },
    { id: 'li', name: 'Li Hong', itinerary: [trip('t2', 'Beijing')] },
    { id: 'ma', name: '马骏', itinerary: [trip('t3', "Xi'an")] },
    { id: 'zhou', name: '周凯', itinerary: [trip('t4', '北海')] },
    { id: 'wu', name: '吴国庆', itinerary: [trip('t5', '洛阳市')] },
    { id: 'he', name: '何伟', itinerary: [trip('t6', '上海')] },
  ],
});
const agenda = buildAgenda([account], windowAhead(TODAY, 14));
const who = (city: string) => filterAgenda(agenda, { city }).trips.map((t) => t.personName).sort();

describe('the notebook’s city filter, in either language', () => {
  it('finds 北京 by beijing, Beijing, BJ, 北京 and 北京市, and a trip written "Beijing" by 北京', () => {
    for (const typed of ['beijing', 'Beijing', 'BEIJING', 'bj', 'Bj', '北京', '北京市', ' 北京 ', 'Peking', 'ｂｅｉｊｉｎｇ']) {
      expect(who(typed), typed).toEqual(['Li Hong', '张主任']);
    }
  });

  it('finds by part of a name while it is typed, in both scripts', () => {
    expect(who('北')).toEqual(['Li Hong', '周凯', '张主任']);
    expect(who('bei')).toEqual(['Li Hong', '周凯', '张主任']);
    expect(who('xi')).toEqual(['马骏']);
    expect(who('西安')).toEqual(['马骏']);
    expect(who('xian')).toEqual(['马骏']);
    expect(who('luoyang')).toEqual(['吴国庆']);
    expect(who('洛阳')).toEqual(['吴国庆']);
    expect(who('ly')).toEqual(['吴国庆']);
    expect(who('Shanghai')).toEqual(['何伟']);
    expect(who('guangzhou')).toEqual([]);
    // Initials match from their start only: "j" is no city.
    expect(cityMatches('北京', 'j')).toBe(true); // "beijing" holds it
    expect(cityMatches('北京', 'jb')).toBe(false);
  });

  it('knows cities the table does not by their own text, pinyin and initials', () => {
    expect(cityMatches('驻马店', 'zhumadian')).toBe(true);
    expect(cityMatches('驻马店', 'zmd')).toBe(true);
    expect(cityMatches('Timbuktu', 'timb')).toBe(true);
    expect(cityMatches('Timbuktu', '北京')).toBe(false);
  });

  it('asks "who will be in <city>" only for a whole city name, named as the UI writes it', () => {
    const known = agenda.trips.map((t) => t.trip.city);
    for (const typed of ['北京', '北京市', 'beijing', 'Beijing', 'bj', 'Peking']) {
      expect(cityNamed(typed, known, 'zh-CN'), typed).toBe('北京');
      expect(cityNamed(typed, known, 'en'), typed).toBe('Beijing');
    }
    // Half a city is no city yet.
    for (const typed of ['北', 'bei', 'b', 'xi', 'Beij', '']) expect(cityNamed(typed, known, 'zh-CN'), typed).toBeNull();
    expect(cityNamed('xian', known, 'zh-CN')).toBe('西安');
    expect(cityNamed('洛阳', known, 'en')).toBe('Luoyang');
    // A city in the table but on no trip is still a city: the answer is "nobody".
    expect(cityNamed('Harbin', known, 'zh-CN')).toBe('哈尔滨');
    // A city outside the table, known from a trip: by its text or pinyin, named in English by its pinyin.
    expect(cityNamed('北海', known, 'zh-CN')).toBe('北海');
    expect(cityNamed('beihai', known, 'en')).toBe('Beihai');
    // Initials name a city only among the trips at hand, and only when one matches.
    expect(cityNamed('hrb', known, 'en')).toBeNull();
    expect(cityNamed('bh', known, 'en')).toBe('Beihai');
    expect(cityNamed('Atlantis', known, 'en')).toBeNull();
  });

  it('answers the question with the travellers, whichever language the trip was written in', () => {
    expect(whoWillBeIn([account], 'Beijing', windowAhead(TODAY, 14)).map((t) => t.person.personName).sort()).toEqual(['Li Hong', '张主任']);
    expect(whoWillBeIn([account], '北京', windowAhead(TODAY, 14)).map((t) => t.person.personName).sort()).toEqual(['Li Hong', '张主任']);
  });

  it('keeps one row per city in the table, each with both names', () => {
    expect(new Set(CITIES.map((c) => c.zh)).size).toBe(CITIES.length);
    expect(new Set(CITIES.map((c) => c.en.toLowerCase())).size).toBe(CITIES.length);
    for (const c of CITIES) {
      expect(c.zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(c.en).toMatch(/^[A-Z][A-Za-z' ]+$/);
    }
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { windowAhead } from '../../shared/logic/dates';
import { agendaToIcs, buildAgenda, tripLocation, tripSummary } from '../../shared/logic/itinerary';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';

const TODAY = '2026-11-23';
const STAMP = '2026-11-23T10:00:00.000Z';

const henan = Account.parse({
  schemaVersion: ACCOUNT_SCHEMA_VERSION,
  id: 'henan',
  name: '河南电力，用电处; 服务器招标',
  createdAt: STAMP,
  updatedAt: STAMP,
  people: [
    {
      id: 'guo',
      name: '张主任',
      title: '副总经理',
      keyPerson: true,
      dossier: { birthday: '1966-11-30' },
      itinerary: [
        {
          id: 'hn_i05',
          from: '2026-12-01',
          to: '2026-12-03',
          city: '北京',
          place: '国家电网总部附近的会议酒店',
          transport: '高铁 郑州东—北京西, G80; 二等座 \\ 靠窗',
          purpose: '国网营销工作会，顺便拜访国网信通公司的几位老同事并商量明年信息化规划的合作方向',
          source: '孙建华\n电话里提到',
        },
        { id: 'day', from: '2026-11-25', city: 'Zhengzhou' },
      ],
    },
  ],
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the notebook as an .ics file', () => {
  const agenda = buildAgenda([henan], windowAhead(TODAY, 14));
  const text = agendaToIcs(agenda.trips, agenda.birthdays, { language: 'zh-CN', stamp: STAMP });

  it('is RFC 5545: CRLF line ends, lines of at most 75 octets, a calendar around the events', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    // The long purpose could not fit: it is folded (a continuation line starts with a space).
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Folding never cuts a Chinese character in two.
    expect(text).not.toContain('\uFFFD');
  });

  it('escapes commas, semicolons, backslashes and new lines, and parses back to the same text', () => {
    expect(text).toContain('\\, G80\\; 二等座 \\\\ 靠窗');
    const [trip] = parse(text).filter((e) => e.uid === 'henan.guo.hn_i05@bidmap');
    expect(trip).toBeDefined();
    expect(trip!.summary).toBe('张主任 → 北京 · 国网营销工作会，顺便拜访国网信通公司的几位老同事并商量明年信息化规划的合作方向');
    expect(trip!.location).toBe('北京 国家电网总部附近的会议酒店');
    expect(trip!.description.split('\n')).toEqual([
      '人物：张主任，副总经理',
      '交通：高铁 郑州东—北京西, G80; 二等座 \\ 靠窗',
      '目的：国网营销工作会，顺便拜访国网信通公司的几位老同事并商量明年信息化规划的合作方向',
      '消息来源：孙建华',
      '电话里提到',
      '客户：河南电力，用电处; 服务器招标',
    ]);
  });

  it('has all-day events: DTSTART is the first day, DTEND the day after the last', () => {
    const events = parse(text);
    const trip = events.find((e) => e.uid === 'henan.guo.hn_i05@bidmap')!;
    expect(trip.startDate.isDate).toBe(true);
    expect(trip.startDate.toString()).toBe('2026-12-01');
    expect(trip.endDate.toString()).toBe('2026-12-04');
    expect(text).toContain('DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261204');
    const oneDay = events.find((e) => e.uid === 'henan.guo.day@bidmap')!;
    expect([oneDay.startDate.toString(), oneDay.endDate.toString()]).toEqual(['2026-11-25', '2026-11-26']);
    expect(oneDay.summary).toBe('张主任 → Zhengzhou');
    // Someone else's trip does not make the rep busy.
    expect(text.match(/TRANSP:TRANSPARENT/g)).toHaveLength(3);
  });

  it('lists the birthdays shown, and stamps every event with the given time', () => {
    const birthday = parse(text).find((e) => e.uid === 'henan.guo.birthday-2026-11-30@bidmap')!;
    expect(birthday.summary).toBe('张主任生日（60 岁）');
    expect(birthday.startDate.toString()).toBe('2026-11-30');
    expect(birthday.description).toBe('人物：张主任，副总经理\n客户：河南电力，用电处; 服务器招标');
    expect(text.match(/DTSTAMP:20261123T100000Z/g)).toHaveLength(3);
  });

  it('is the same file for the same input, and keeps each event’s UID across exports', () => {
    expect(agendaToIcs(agenda.trips, agenda.birthdays, { language: 'zh-CN', stamp: STAMP })).toBe(text);
    const later = agendaToIcs(agenda.trips, [], { language: 'en', stamp: '2026-11-30T08:00:00.000Z' });
    expect(parse(later).map((e) => e.uid)).toEqual(['henan.guo.day@bidmap', 'henan.guo.hn_i05@bidmap']);
    expect(parse(later)[1]!.description).toMatch(/^Person: 张主任, 副总经理\nTransport: /);
  });

  it('words summary and location for each language; an empty list is a valid empty calendar', () => {
    const trip = agenda.trips.find((t) => t.trip.id === 'hn_i05')!;
    expect(tripLocation(trip, 'en')).toBe('国家电网总部附近的会议酒店, 北京');
    expect(tripSummary({ ...trip, trip: { ...trip.trip, city: '', place: '', purpose: '' } })).toBe('张主任');
    expect(parse(agendaToIcs([], [], { language: 'en', stamp: STAMP }))).toEqual([]);
  });
});

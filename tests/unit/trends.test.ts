import { describe, expect, it } from 'vitest';
import type { AccountState, PersonState } from '../../shared/logic/history/states';
import { stateNow, statesOverTime } from '../../shared/logic/history/states';
import { accountTrend, hasTrend, heatMatrix, personTimeline } from '../../shared/logic/history/trends';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { Person } from '../../shared/model/person';
import { redactAccount } from '../../shared/logic/redaction';

// Trends (issue 18, part B): the account's support vs opposition, roles covered and open risks
// over dated states, a person's timeline, and the coverage heat matrix. The states are made by
// hand, as reviews will record them.

function ps(id: string, over: Partial<PersonState> = {}): PersonState {
  return {
    id,
    name: id,
    title: '',
    departmentId: null,
    attitude: 'neutral',
    influence: 3,
    stage: 'initial',
    roles: [],
    keyPerson: false,
    leaning: { kind: 'unknown', competitorId: null, strength: null },
    closeness: null,
    ...over,
  };
}
function state(date: string, people: PersonState[], openRisks: number | null = null, now = false): AccountState {
  return {
    date,
    source: now ? { kind: 'now' } : { kind: 'review', id: `r_${date}` },
    people: Object.fromEntries(people.map((p) => [p.id, p])),
    openRisks,
  };
}

describe('accountTrend', () => {
  it('weighs champions and supporters against skeptics and opponents among decision makers and influencers only', () => {
    const s = state('2026-10-01', [
      ps('dm', { roles: ['decisionMaker'], attitude: 'champion', influence: 5 }),
      ps('inf', { roles: ['influencer', 'expert'], attitude: 'supporter', influence: 2 }),
      ps('opp', { roles: ['decisionMaker'], attitude: 'opponent', influence: 4 }),
      ps('skp', { roles: ['influencer'], attitude: 'skeptic', influence: 1 }),
      ps('neu', { roles: ['decisionMaker'], attitude: 'neutral', influence: 5 }),
      ps('unk', { roles: ['influencer'], attitude: 'unknown', influence: 5 }),
      // A fervent end user sways nothing in this chart.
      ps('user', { roles: ['endUser'], attitude: 'champion', influence: 5 }),
      ps('foe', { roles: ['purchaser'], attitude: 'opponent', influence: 5 }),
    ]);
    const [p] = accountTrend([s]).points;
    expect(p).toMatchObject({ date: '2026-10-01', support: 7, opposition: 5 });
  });

  it('counts the buying roles someone holds, in taxonomy order, against the ten there are', () => {
    const trend = accountTrend([
      state('2026-09-01', [ps('a', { roles: ['expert', 'decisionMaker'] }), ps('b', { roles: ['decisionMaker'] })]),
      state('2026-10-01', [ps('a', { roles: ['expert', 'decisionMaker'] }), ps('c', { roles: ['initiator', 'gatekeeper'] })]),
    ]);
    expect(trend.roleCount).toBe(10);
    expect(trend.points.map((p) => p.rolesCovered)).toEqual([
      ['decisionMaker', 'expert'],
      ['initiator', 'gatekeeper', 'decisionMaker', 'expert'],
    ]);
  });

  it('follows people who left: their weight drops out of the later points', () => {
    const champion = ps('luo', { roles: ['decisionMaker'], attitude: 'champion', influence: 5 });
    const opponent = ps('wang', { roles: ['influencer'], attitude: 'opponent', influence: 3 });
    const trend = accountTrend([
      state('2026-08-01', [champion, opponent], 4),
      state('2026-09-01', [champion, { ...opponent, attitude: 'skeptic' }], 3),
      state('2026-10-01', [champion], 2, true),
    ]);
    expect(trend.points.map((p) => [p.support, p.opposition, p.openRisks])).toEqual([
      [5, 3, 4],
      [5, 3, 2 + 1],
      [5, 0, 2],
    ]);
    expect(trend.points.map((p) => p.source.kind)).toEqual(['review', 'review', 'now']);
  });

  it('keeps an unrecorded risk count as unknown, not zero', () => {
    const trend = accountTrend([state('2026-08-01', [], null), state('2026-09-01', [], 0)]);
    expect(trend.points.map((p) => p.openRisks)).toEqual([null, 0]);
  });

  it('has a trend only from two dates on: the single "now" point is not one', () => {
    expect(hasTrend(accountTrend([state('2026-10-01', [], 1, true)]).points)).toBe(false);
    expect(hasTrend(accountTrend([state('2026-10-01', []), state('2026-10-01', [], 1, true)]).points)).toBe(false);
    expect(hasTrend(accountTrend([state('2026-09-01', []), state('2026-10-01', [], 1, true)]).points)).toBe(true);
  });

  it('reads the account as it is now through statesOverTime (one point today)', () => {
    const account = Account.parse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'acme',
      name: 'Acme',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      people: [
        { id: 'a', name: 'A', roles: ['decisionMaker'], attitude: 'supporter', influence: 4 },
        { id: 'b', name: 'B', roles: ['influencer'], attitude: 'opponent', influence: 2 },
        // A post known before its holder is nobody's support yet.
        { id: 'c', name: '', placeholder: true, roles: ['decisionMaker'], attitude: 'champion', influence: 5 },
      ],
    });
    const trend = accountTrend(statesOverTime(account, '2026-12-07'));
    expect(trend.points).toHaveLength(1);
    expect(trend.points[0]).toMatchObject({
      date: '2026-12-07',
      support: 4,
      opposition: 2,
      rolesCovered: ['influencer', 'decisionMaker'],
    });
    expect(trend.points[0]!.openRisks).toBe(stateNow(account, '2026-12-07').openRisks);
  });
});

describe('personTimeline', () => {
  const person = Person.parse({
    id: 'luo',
    name: 'Luo Yongqiang',
    relationship: {
      stage: 'familiar',
      history: [
        { date: '2026-03-02', from: null, to: 'initial' },
        { date: '2026-06-10', from: 'initial', to: 'acquainted', why: 'Reference visit' },
        { date: '2026-09-15', from: 'acquainted', to: 'familiar' },
      ],
    },
    activities: [
      { id: 'a2', date: '2026-07-01', kind: 'siteVisit' },
      { id: 'a1', date: '2026-04-01', kind: 'call' },
    ],
  });

  it('puts stage changes and states in date order, a stage change carrying what was last known before it', () => {
    const states = [
      state('2026-05-01', [
        ps('luo', {
          stage: 'initial',
          attitude: 'opponent',
          closeness: 1,
          leaning: { kind: 'competitor', competitorId: 'c1', strength: 3 },
        }),
      ]),
      state('2026-08-01', [ps('luo', { stage: 'acquainted', attitude: 'skeptic', closeness: 2 })]),
      state(
        '2026-12-07',
        [
          ps('luo', {
            stage: 'familiar',
            attitude: 'neutral',
            closeness: 3,
            leaning: { kind: 'us', competitorId: null, strength: 1 },
          }),
        ],
        0,
        true,
      ),
    ];
    const t = personTimeline('luo', person, states);
    expect(t.gone).toBe(false);
    expect(t.points.map((p) => [p.date, p.from, p.stage, p.attitude, p.closeness, p.leaning])).toEqual([
      ['2026-03-02', 'stageChange', 'initial', null, null, null],
      ['2026-05-01', 'review', 'initial', 'opponent', 1, 'competitor'],
      ['2026-06-10', 'stageChange', 'acquainted', 'opponent', 1, 'competitor'],
      ['2026-08-01', 'review', 'acquainted', 'skeptic', 2, 'unknown'],
      ['2026-09-15', 'stageChange', 'familiar', 'skeptic', 2, 'unknown'],
      ['2026-12-07', 'now', 'familiar', 'neutral', 3, 'us'],
    ]);
    expect(t.points[2]!.why).toBe('Reference visit');
    expect(t.activities).toEqual([
      { date: '2026-04-01', kind: 'call' },
      { date: '2026-07-01', kind: 'siteVisit' },
    ]);
  });

  it('on one day, the recorded state follows the stage changes of that day', () => {
    const t = personTimeline('luo', person, [
      state('2026-09-15', [ps('luo', { stage: 'familiar', attitude: 'supporter' })], 0, true),
    ]);
    const last = t.points.slice(-2);
    expect(last.map((p) => p.from)).toEqual(['stageChange', 'now']);
  });

  it('a single point when only the account now knows the person', () => {
    const t = personTimeline('new', Person.parse({ id: 'new', name: 'New' }), [
      state('2026-12-07', [ps('new', { attitude: 'supporter' })], 0, true),
    ]);
    expect(t.points).toHaveLength(1);
    expect(hasTrend(t.points)).toBe(false);
  });

  it('someone who left is named by the states that had them, and marked gone', () => {
    const states = [
      state('2026-05-01', [ps('wang', { attitude: 'opponent', stage: 'acquainted' })]),
      state('2026-12-07', [], 0, true),
    ];
    const t = personTimeline('wang', null, states);
    expect(t.gone).toBe(true);
    expect(t.points.map((p) => [p.date, p.attitude])).toEqual([['2026-05-01', 'opponent']]);
    expect(t.activities).toEqual([]);
  });
});

describe('heatMatrix', () => {
  const account = Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    team: [
      { id: 'm1', name: 'Yang Fan' },
      { id: 'm2', name: 'Lin Tao' },
    ],
    people: [
      { id: 'a', name: 'A', influence: 2, relationship: { coverage: [{ memberId: 'm2', closeness: 4 }] } },
      { id: 'b', name: 'B', influence: 5 },
      {
        id: 'k',
        name: 'K',
        keyPerson: true,
        influence: 1,
        relationship: {
          coverage: [
            { memberId: 'm1', closeness: 2 },
            { memberId: 'gone', closeness: 5 },
          ],
        },
      },
      { id: 'c', name: 'C', influence: 2 },
      { id: 'p', name: '', placeholder: true, keyPerson: true },
    ],
  });

  it('lists key people first, then by influence, then in chart order; placeholders left out', () => {
    expect(heatMatrix(account).rows.map((r) => r.personId)).toEqual(['k', 'b', 'a', 'c']);
  });

  it('fills each member column with their closeness; a removed member has no column', () => {
    const m = heatMatrix(account);
    expect(m.members.map((x) => x.id)).toEqual(['m1', 'm2']);
    expect(Object.fromEntries(m.rows.map((r) => [r.personId, r.cells]))).toEqual({
      k: [2, null],
      b: [null, null],
      a: [null, 4],
      c: [null, null],
    });
  });

  it('is empty without a team or without people', () => {
    expect(heatMatrix({ ...account, team: [] }).members).toEqual([]);
    expect(heatMatrix({ ...account, people: [] }).rows).toEqual([]);
  });
});

describe('levels: trends are team level', () => {
  const account = Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    team: [{ id: 'm1', name: 'Yang Fan' }],
    people: [
      {
        id: 'a',
        name: 'A',
        roles: ['decisionMaker'],
        attitude: 'champion',
        influence: 5,
        relationship: {
          stage: 'trust',
          coverage: [{ memberId: 'm1', closeness: 4 }],
          history: [{ date: '2026-06-01', from: 'familiar', to: 'trust', why: 'Dinner after the site visit' }],
        },
      },
      { id: 'b', name: 'B', roles: ['influencer'], attitude: 'opponent', influence: 3 },
    ],
  });
  const today = '2026-12-07';

  it('a map-level account draws no support, no opposition, no coverage and no stage history', () => {
    const map = redactAccount(account, 'map');
    const [point] = accountTrend(statesOverTime(map, today)).points;
    expect(point).toMatchObject({ support: 0, opposition: 0 });
    // Who holds which buying role is on the map: that chart still reads.
    expect(point!.rolesCovered).toEqual(['influencer', 'decisionMaker']);
    expect(heatMatrix(map).members).toEqual([]);
    const a = map.people.find((p) => p.id === 'a')!;
    expect(personTimeline('a', a, statesOverTime(map, today)).points.map((p) => p.from)).toEqual(['now']);
  });

  it('a team-level account draws them all, but not why a stage moved (a note, full level)', () => {
    const team = redactAccount(account, 'team');
    const [point] = accountTrend(statesOverTime(team, today)).points;
    expect(point).toMatchObject({ support: 5, opposition: 3 });
    expect(heatMatrix(team).rows.find((r) => r.personId === 'a')!.cells).toEqual([4]);
    const a = team.people.find((p) => p.id === 'a')!;
    const change = personTimeline('a', a, statesOverTime(team, today)).points[0]!;
    expect(change).toMatchObject({ from: 'stageChange', stage: 'trust', why: '' });
    const full = personTimeline('a', account.people[0]!, statesOverTime(account, today)).points[0]!;
    expect(full.why).toBe('Dinner after the site visit');
  });
});

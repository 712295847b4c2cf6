import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_ACCOUNT_IDS } from '../../electron/services/demo';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import {
  applyDebrief,
  debriefsDue,
  listDebriefsDue,
  nextMeetingWith,
  type DebriefInput,
} from '../../shared/logic/history/meetings';
import { PART_C_SOURCES, stageChangeOf } from '../../shared/logic/history/sources';
import { accountTimeline, type TimelineSource } from '../../shared/logic/history/timeline';
import { redactAccount } from '../../shared/logic/redaction';
import { buildSearchIndex } from '../../shared/logic/search';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import { Account, ACCOUNT_SCHEMA_VERSION, AccountFields } from '../../shared/model/account';
import { ChartPatch } from '../../shared/model/chart-patch';
import { formatServiceText } from '../../shared/i18n/service-text';
import { LIMITS, limitRefusal, limitText } from '../../shared/model/limits';
import { RECORD_DATE_SENTENCE } from '../../shared/model/record-date';
import { exportTo, openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 18, part C: client moves (客户动向), meetings and their debriefs, and the timeline's
// sources. What the timeline lists and in which order, what a debrief does to its person, which
// level carries what (in the very bytes of a .bidmap), how a colleague's copy merges, and that bad
// dates and too many records are refused with a sentence.

const T = '2026-11-22T09:00:00.000Z';

function account(): Account {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme Power',
    createdAt: T,
    updatedAt: T,
    team: [{ id: 'm_ann', name: 'Ann' }],
    competitors: [{ id: 'c_ns', name: 'Northstar' }],
    opportunities: [{ id: 'o1', name: 'Servers phase 2' }],
    people: [
      {
        id: 'dir',
        name: 'Director Lee',
        attitude: 'neutral',
        relationship: { stage: 'initial', history: [{ date: '2026-10-01', from: null, to: 'initial', why: 'Met at the expo' }] },
        leaning: { kind: 'competitor', competitorId: 'c_ns', strength: 2, evidence: 'Ran the Northstar pilot' },
      },
      { id: 'eng', name: 'Engineer Wu' },
    ],
    clientMoves: [
      {
        id: 'mv1',
        date: '2026-11-02',
        kind: 'budget',
        what: 'Budget approved for phase 2',
        source: 'Sun, by phone',
        meaning: 'Tender in Q1',
        personIds: ['dir'],
        opportunityId: 'o1',
      },
      { id: 'mv2', date: '2026-11-10', kind: 'competitor', what: 'Northstar demo at the IT Center', personIds: ['eng'] },
    ],
    meetings: [
      {
        id: 'mt1',
        date: '2026-11-20',
        personId: 'dir',
        personIds: ['eng'],
        memberIds: ['m_ann'],
        objective: 'Walk through the reference results',
        commitment: 'Joins the site visit',
        minimum: 'Reads the report',
      },
      { id: 'mt2', date: '2026-11-30', personId: 'eng', objective: 'Test plan review' },
    ],
  });
}

const input = (over: Partial<DebriefInput> = {}): DebriefInput => ({
  outcome: 'minimum',
  notes: 'He read the report and asked for the raw logs',
  learned: 'The tender opens in March',
  why: '',
  stage: null,
  attitude: null,
  leaning: null,
  activityId: 'a_new',
  activitySummary: 'Meeting: Walk through the reference results',
  today: '2026-11-22',
  ...over,
});

describe('the timeline of client moves, meetings and stage changes', () => {
  it('lists every record once, newest first, each pointing at its record and the people it concerns', () => {
    const entries = accountTimeline(account(), PART_C_SOURCES);
    expect(entries.map((e) => `${e.date} ${e.kind} ${e.id}`)).toEqual([
      '2026-11-30 meeting mt2',
      '2026-11-20 meeting mt1',
      '2026-11-10 clientMove mv2',
      '2026-11-02 clientMove mv1',
      '2026-10-01 stageChange dir#0',
    ]);
    // A meeting concerns its person first, then their other attendees.
    expect(entries[1]!.personIds).toEqual(['dir', 'eng']);
    expect(stageChangeOf(account(), 'dir#0')?.change.why).toBe('Met at the expo');
    expect(stageChangeOf(account(), 'dir#7')).toBeNull();
  });

  it('keeps the sources’ order on the same day, and takes sources it does not know (reviews, successions)', () => {
    const review: TimelineSource = () => [{ date: '2026-11-10', kind: 'review', id: 'r1', personIds: [] }];
    const entries = accountTimeline(account(), [...PART_C_SOURCES, review]);
    expect(entries.filter((e) => e.date === '2026-11-10').map((e) => e.kind)).toEqual(['clientMove', 'review']);
  });

  it('an empty account has an empty timeline', () => {
    expect(
      accountTimeline(
        Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: 'x', name: 'X', createdAt: T, updatedAt: T }),
        PART_C_SOURCES,
      ),
    ).toEqual([]);
  });
});

describe('meetings: the next one, those due a debrief', () => {
  it('the next meeting with a person is the earliest from today on not yet debriefed, as organiser or attendee', () => {
    const a = account();
    expect(nextMeetingWith(a, 'dir', '2026-11-18')?.id).toBe('mt1');
    expect(nextMeetingWith(a, 'eng', '2026-11-18')?.id).toBe('mt1');
    expect(nextMeetingWith(a, 'dir', '2026-11-21')).toBeNull();
    expect(nextMeetingWith(a, 'eng', '2026-11-21')?.id).toBe('mt2');
  });

  it('the meeting brief prints only a meeting planned for the person, not one they merely attend', () => {
    const a = account();
    expect(nextMeetingWith(a, 'dir', '2026-11-18', { plannedFor: true })?.id).toBe('mt1');
    expect(nextMeetingWith(a, 'eng', '2026-11-18', { plannedFor: true })?.id).toBe('mt2');
  });

  it('a meeting is due a debrief once its day has passed, until it has one; across accounts oldest first', () => {
    const a = account();
    expect(debriefsDue(a, '2026-11-20')).toEqual([]);
    expect(debriefsDue(a, '2026-11-21').map((m) => m.id)).toEqual(['mt1']);
    const done = applyDebrief(a, 'mt1', input());
    if (!done.ok) throw new Error(done.reason);
    expect(debriefsDue({ meetings: done.meetings }, '2026-12-05').map((m) => m.id)).toEqual(['mt2']);
    const list = listDebriefsDue(
      [a, { ...a, id: 'other', name: 'Other', meetings: [{ ...a.meetings[0]!, id: 'old', date: '2026-01-05' }] }],
      '2026-11-25',
      1,
    );
    expect(list).toEqual({
      total: 2,
      rows: [
        {
          accountId: 'other',
          accountName: 'Other',
          meetingId: 'old',
          date: '2026-01-05',
          personId: 'dir',
          personName: 'Director Lee',
        },
      ],
    });
  });
});

describe('a debrief', () => {
  it('writes the activity, the outcome and the notes, and moves nothing it was not told to', () => {
    const r = applyDebrief(account(), 'mt1', input());
    if (!r.ok) throw new Error(r.reason);
    expect(r.person.activities).toEqual([
      {
        id: 'a_new',
        date: '2026-11-20',
        kind: 'visit',
        summary: 'He read the report and asked for the raw logs\n\nThe tender opens in March',
        memberIds: ['m_ann'],
        actionId: null,
      },
    ]);
    expect(r.person.relationship).toEqual(account().people[0]!.relationship);
    expect(r.meetings.find((m) => m.id === 'mt1')?.debrief).toMatchObject({
      date: '2026-11-22',
      outcome: 'minimum',
      changes: { stage: null, attitude: null, leaning: null },
      activityId: 'a_new',
    });
  });

  it('writes the activity as the kind of meeting it was: a visit unless said', () => {
    const r = applyDebrief(account(), 'mt1', input({ activityKind: 'meal' }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.person.activities.map((a) => a.kind)).toEqual(['meal']);
  });

  it('moves the stage into the history with its why, dated on the meeting, and the attitude and the leaning (its evidence the why)', () => {
    const why = 'Asked for our logs himself';
    const r = applyDebrief(
      account(),
      'mt1',
      input({ stage: 'acquainted', attitude: 'skeptic', leaning: { kind: 'us', competitorId: null }, why }),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.person.relationship.stage).toBe('acquainted');
    expect(r.person.relationship.history.at(-1)).toEqual({ date: '2026-11-20', from: 'initial', to: 'acquainted', why });
    expect(r.person.attitude).toBe('skeptic');
    expect(r.person.leaning).toEqual({ kind: 'us', competitorId: null, strength: 2, evidence: why });
    expect(r.meetings.find((m) => m.id === 'mt1')?.debrief?.changes).toEqual({
      stage: { from: 'initial', to: 'acquainted' },
      attitude: { from: 'neutral', to: 'skeptic' },
      leaning: { from: { kind: 'competitor', competitorId: 'c_ns' }, to: { kind: 'us', competitorId: null } },
    });
    // The stage change is on the timeline with its why.
    const next = { ...account(), people: [r.person, account().people[1]!], meetings: r.meetings };
    const change = accountTimeline(next, PART_C_SOURCES).find((e) => e.kind === 'stageChange' && e.date === '2026-11-20')!;
    expect(stageChangeOf(next, change.id)?.change.why).toBe(why);
  });

  it('a value set to what it already is is no change; a change without a why, or before the day, is refused', () => {
    const same = applyDebrief(
      account(),
      'mt1',
      input({ stage: 'initial', attitude: 'neutral', leaning: { kind: 'competitor', competitorId: 'c_ns' } }),
    );
    expect(same.ok && same.person.relationship.history.length).toBe(1);
    expect(applyDebrief(account(), 'mt1', input({ stage: 'trust', why: '  ' }))).toEqual({ ok: false, reason: 'whyRequired' });
    expect(applyDebrief(account(), 'mt2', input())).toEqual({ ok: false, reason: 'notYet' });
    expect(applyDebrief(account(), 'nope', input())).toEqual({ ok: false, reason: 'noMeeting' });
  });

  it('is one patch the schema takes: the person and the meetings together (one undo step)', () => {
    const r = applyDebrief(account(), 'mt1', input({ stage: 'acquainted', why: 'Asked for the logs' }));
    if (!r.ok) throw new Error(r.reason);
    expect(ChartPatch.safeParse({ people: [r.person], fields: { meetings: r.meetings } }).success).toBe(true);
  });
});

describe('bad input is refused with a sentence', () => {
  it('dates out of range, for a move and a meeting', () => {
    for (const date of ['1890-01-01', '2101-01-01']) {
      for (const fields of [
        { clientMoves: [{ id: 'x', date, what: 'w' }] },
        { meetings: [{ id: 'x', date, personId: 'dir' }] },
      ]) {
        const r = AccountFields.safeParse(fields);
        expect(r.success).toBe(false);
        expect(r.error?.issues[0]?.message).toBe(RECORD_DATE_SENTENCE);
      }
    }
    expect(AccountFields.safeParse({ clientMoves: [{ id: 'x', date: '2100-12-31' }] }).success).toBe(true);
  });

  it('too many client moves, meetings or attendees, each naming its limit', () => {
    const moves = Array.from({ length: LIMITS.clientMoves + 1 }, (_, i) => ({ id: `m${i}`, date: '2026-01-01' }));
    const r = AccountFields.safeParse({ clientMoves: moves });
    expect(r.success).toBe(false);
    expect(limitRefusal(r.error!)).toEqual(limitText('clientMoves'));
    expect(formatServiceText(limitText('clientMoves'), 'zh-CN')).toContain('5,000');
    const crowd = Array.from({ length: LIMITS.meetingPeople + 1 }, (_, i) => `p${i}`);
    const m = AccountFields.safeParse({ meetings: [{ id: 'x', date: '2026-01-01', personId: 'dir', personIds: crowd }] });
    expect(limitRefusal(m.error!)).toEqual(limitText('meetingPeople'));
  });

  it('the services refuse a patch with a date out of range and keep the account as it was; a listDebriefsDue with junk is refused', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    const desk = await openDesk(dir);
    const before = desk.session.workspace().get('henan');
    const failure = await desk.failure('patchChart', {
      id: 'henan',
      patch: { fields: { meetings: [{ id: 'x', date: '0226-01-01', personId: 'hn_p15' }] } },
    } as never);
    expect(failure.code).toBe('invalidInput');
    expect(desk.session.workspace().get('henan').meetings).toEqual(before.meetings);
    expect((await desk.failure('listDebriefsDue', { today: '2026-13-45' } as never)).code).toBe('invalidInput');
    expect((await desk.failure('listDebriefsDue', { today: '2026-11-22', limit: 0 } as never)).code).toBe('invalidInput');
    // The demo's debriefed meeting is not due; a past one without a debrief is.
    const today = new Date().toISOString().slice(0, 10);
    expect((await desk.call('listDebriefsDue', { today })).total).toBe(0);
    await desk.call('patchChart', {
      id: 'henan',
      patch: ChartPatch.parse({
        fields: { meetings: [...before.meetings, { id: 'past', date: '2026-01-05', personId: 'hn_p15', objective: '' }] },
      }),
    });
    expect((await desk.call('listDebriefsDue', { today })).rows).toMatchObject([
      { accountId: 'henan', meetingId: 'past', personId: 'hn_p15' },
    ]);
    await desk.session.close();
  });
});

describe('levels: moves, plans and outcomes at team, debrief notes at full, nothing at map', () => {
  it('redacts each record to its level', () => {
    const r = applyDebrief(account(), 'mt1', input({ stage: 'acquainted', why: 'Asked for the logs' }));
    if (!r.ok) throw new Error(r.reason);
    const a = { ...account(), people: [r.person, account().people[1]!], meetings: r.meetings };
    const map = redactAccount(a, 'map');
    expect([map.clientMoves, map.meetings]).toEqual([[], []]);
    const team = redactAccount(a, 'team');
    expect(team.clientMoves).toEqual(a.clientMoves);
    const debriefed = team.meetings.find((m) => m.id === 'mt1')!;
    expect(debriefed).toMatchObject({
      objective: a.meetings[0]!.objective,
      commitment: 'Joins the site visit',
      minimum: 'Reads the report',
    });
    expect(debriefed.debrief).toMatchObject({
      outcome: 'minimum',
      changes: { stage: { from: 'initial', to: 'acquainted' } },
      notes: '',
      learned: '',
      why: '',
    });
    expect(redactAccount(a, 'full')).toEqual(a);
  });

  it.each(['en', 'zh-CN'] as const)('in the bytes of a .bidmap of the demo (%s)', async (lang) => {
    const demo = buildDemoAccounts(lang, new Date().toISOString());
    const moves = demo.flatMap((a) => a.clientMoves.flatMap((m) => [m.what, m.meaning, m.source]));
    const plans = demo.flatMap((a) => a.meetings.flatMap((m) => [m.objective, m.commitment, m.minimum, m.questions, m.bring]));
    const notes = demo.flatMap((a) =>
      a.meetings.flatMap((m) => (m.debrief ? [m.debrief.notes, m.debrief.learned, m.debrief.why] : [])),
    );
    expect([moves.length, plans.length, notes.length].every((n) => n >= 3)).toBe(true);
    expect(demo.some((a) => a.meetings.some((m) => m.debrief?.outcome))).toBe(true);
    const dir = await tempDir();
    await writeDemoWorkspace(dir, lang);
    const desk = await openDesk(dir);
    const out = await tempDir();
    const bytes: Record<string, string> = {};
    for (const level of ['map', 'team', 'full'] as const) {
      const file = join(out, `${level}.bidmap`);
      await exportTo(desk, file, [...DEMO_ACCOUNT_IDS], level);
      bytes[level] = await readFile(file, 'utf8');
    }
    await desk.session.close();
    const holds = (b: string, t: string) => b.includes(JSON.stringify(t).slice(1, -1));
    // A source that is only a person's name ("Xu Ming") is on the map anyway.
    const names = new Set(demo.flatMap((a) => a.people.map((p) => p.name)));
    for (const t of [...moves, ...plans].filter((x) => x && !names.has(x))) {
      expect(holds(bytes.map!, t), `map: ${t}`).toBe(false);
      expect(holds(bytes.team!, t), `team: ${t}`).toBe(true);
    }
    for (const t of notes) {
      expect(holds(bytes.team!, t), `team: ${t}`).toBe(false);
      expect(holds(bytes.full!, t), `full: ${t}`).toBe(true);
    }
    expect(bytes.team).toContain('"outcome": "obtained"');
    expect(bytes.map).not.toContain('"outcome"');
  });
});

describe('the three-way merge of moves and meetings', () => {
  const base = account();
  const withMeeting = (a: Account, id: string, change: object): Account => ({
    ...a,
    meetings: a.meetings.map((m) => (m.id === id ? { ...m, ...change } : m)),
  });

  it('takes a move or meeting only their side added, and the fields only they changed', () => {
    const theirs: Account = {
      ...withMeeting(base, 'mt1', { commitment: 'Puts the visit on the agenda' }),
      clientMoves: [
        ...base.clientMoves,
        {
          id: 'mv3',
          date: '2026-11-21',
          kind: 'news',
          what: 'New CIO named',
          source: '',
          meaning: '',
          personIds: [],
          opportunityId: null,
        },
      ],
    };
    const mine = withMeeting(base, 'mt1', { objective: 'Walk through the results and the logs' });
    const { account: merged, report } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(merged.clientMoves.map((m) => m.id)).toEqual(['mv1', 'mv2', 'mv3']);
    expect(merged.meetings[0]).toMatchObject({
      objective: 'Walk through the results and the logs',
      commitment: 'Puts the visit on the agenda',
    });
    expect(report.conflicts).toEqual([]);
    expect(report.added.map((r) => r.key)).toEqual(['clientMoves/mv3']);
  });

  it('the same field changed on both sides is a conflict on that field, mine unless told', () => {
    const mine = {
      ...base,
      clientMoves: base.clientMoves.map((m) => (m.id === 'mv1' ? { ...m, meaning: 'Tender in February' } : m)),
    };
    const theirs = {
      ...base,
      clientMoves: base.clientMoves.map((m) => (m.id === 'mv1' ? { ...m, meaning: 'Tender in April' } : m)),
    };
    const kept = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(kept.report.conflicts.map((c) => c.key)).toEqual(['clientMoves/mv1/meaning']);
    expect(kept.account.clientMoves[0]!.meaning).toBe('Tender in February');
    const taken = mergeAccount({
      mine,
      theirs,
      base,
      level: 'full',
      choices: { conflicts: { 'clientMoves/mv1/meaning': 'theirs' } },
    });
    expect(taken.account.clientMoves[0]!.meaning).toBe('Tender in April');
  });

  it('a debrief from a team file keeps the notes only mine holds', () => {
    const r = applyDebrief(base, 'mt1', input({ notes: 'Private: he is unhappy with his boss' }));
    if (!r.ok) throw new Error(r.reason);
    const mine: Account = { ...base, meetings: r.meetings, people: [r.person, base.people[1]!] };
    // Their copy (team level, from the same base) changes the outcome.
    const theirs = redactAccount(
      {
        ...mine,
        meetings: mine.meetings.map((m) =>
          m.id === 'mt1' ? { ...m, debrief: { ...m.debrief!, outcome: 'obtained' as const } } : m,
        ),
      },
      'team',
    );
    const { account: merged } = mergeAccount({ mine, theirs, base: mine, level: 'team' });
    expect(merged.meetings[0]!.debrief).toMatchObject({ outcome: 'obtained', notes: 'Private: he is unhappy with his boss' });
  });

  it('a move removed on their side stays unless the user says', () => {
    const theirs = { ...base, clientMoves: base.clientMoves.filter((m) => m.id !== 'mv2') };
    const { account: merged, report } = mergeAccount({ mine: base, theirs, base, level: 'full' });
    expect(merged.clientMoves.map((m) => m.id)).toEqual(['mv1', 'mv2']);
    expect(report.removedTheirs.map((r) => r.key)).toEqual(['clientMoves/mv2']);
  });
});

describe('search', () => {
  it('finds a client move and a meeting by their words', () => {
    const index = buildSearchIndex([account()]);
    const fields = (q: string) => index.search(q).groups.flatMap((g) => g.hits.map((h) => h.field));
    expect(fields('Northstar demo')).toContain('clientMoves');
    expect(fields('reference results')).toContain('meetings');
    expect(fields('Tender in Q1')).toContain('clientMoves');
  });
});

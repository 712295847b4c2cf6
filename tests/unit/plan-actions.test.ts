import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { Workspace } from '../../electron/services/store/workspace';
import { findingKey, type Finding } from '../../shared/logic/coverage';
import { addDays } from '../../shared/logic/dates';
import { actionForFinding, actionOfFinding, hasRoomForActions, toggledDone, withStatus } from '../../shared/logic/plan/edit';
import { listActions, type ActionSource } from '../../shared/logic/plan/list';
import { filterPlan, groupPlan, NO_FILTER, planOrder } from '../../shared/logic/plan/view';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { agendaDays, buildAgenda, filterAgenda } from '../../shared/logic/itinerary/agenda';
import { agendaToIcs } from '../../shared/logic/itinerary/ics';
import { windowAhead } from '../../shared/logic/dates';
import { Account, ACCOUNT_SCHEMA_VERSION, Opportunity, TeamMember } from '../../shared/model/account';
import { ActionQuery, type ActionQueryInput } from '../../shared/model/action-list';
import { Action, ACTIONS_MAX, ME, type ActionInput } from '../../shared/model/strategy';
import { cli, snapshot } from '../support/cli';
import { tempDir } from '../support/temp';

// Issue 17, part A: the action plan's logic, shared by the Plan view, the home screen's
// "My actions" (listActions), `bidmap actions` and the bench.

const TODAY = '2026-12-07';
const act = (input: Partial<ActionInput> & { id: string }): Action => Action.parse({ text: input.id, ...input });

/** Two accounts: owners of every kind, dates of every kind, names since removed. */
function accounts(): ActionSource[] {
  return [
    {
      id: 'b',
      name: 'Bank',
      team: [TeamMember.parse({ id: 'm1', name: 'Lin Tao' })],
      opportunities: [Opportunity.parse({ id: 'o1', name: 'Mainframe' })],
      people: [{ id: 'p1', name: 'Zhang', title: 'Director', placeholder: false, keyPerson: true }],
      actions: [
        act({ id: 'late', owner: ME, due: addDays(TODAY, -2), personIds: ['p1', 'gone'], opportunityId: 'o1' }),
        act({ id: 'week', owner: 'm1', due: addDays(TODAY, 3) }),
        act({ id: 'nodate', owner: null }),
        act({ id: 'done', owner: ME, due: addDays(TODAY, -5), status: 'done', statusDate: TODAY }),
      ],
    },
    {
      id: 'a',
      name: 'Aluminium',
      team: [],
      opportunities: [],
      people: [{ id: 'q', name: '', title: 'CFO', placeholder: true, keyPerson: false }],
      actions: [
        act({ id: 'today', owner: ME, due: TODAY, personIds: ['q'], opportunityId: 'removed-opp' }),
        act({ id: 'later', owner: 'removed-member', due: addDays(TODAY, 30) }),
      ],
    },
  ];
}
const ids = (q: ActionQueryInput, me = 'Yang Fan') =>
  listActions(accounts(), ActionQuery.parse(q), me).rows.map((r) => r.action.id);

describe('listActions: open actions across accounts', () => {
  it('lists every open one soonest first, undated last, never a done one', () => {
    expect(ids({ today: TODAY })).toEqual(['late', 'today', 'week', 'later', 'nodate']);
  });
  it('overdue only; due by a day (undated left out)', () => {
    expect(ids({ today: TODAY, overdueOnly: true })).toEqual(['late']);
    expect(ids({ today: TODAY, dueBy: addDays(TODAY, 6) })).toEqual(['late', 'today', 'week']);
  });
  it('mine is the user’s and nobody’s; a name is a member, or the user by their own name', () => {
    expect(ids({ today: TODAY, owner: { kind: 'mine' } })).toEqual(['late', 'today', 'nodate']);
    expect(ids({ today: TODAY, owner: { kind: 'named', name: '  lin TAO ' } })).toEqual(['week']);
    expect(ids({ today: TODAY, owner: { kind: 'named', name: 'yang fan' } })).toEqual(['late', 'today']);
    expect(ids({ today: TODAY, owner: { kind: 'named', name: 'yang fan' } }, '')).toEqual([]);
  });
  it('names the account, people (removed ones as null, a placeholder by its title), owner and opportunity', () => {
    const rows = listActions(accounts(), ActionQuery.parse({ today: TODAY }), 'Yang Fan').rows;
    const late = rows.find((r) => r.action.id === 'late')!;
    expect(late.accountName).toBe('Bank');
    expect(late.people).toEqual([
      { id: 'p1', name: 'Zhang', keyPerson: true },
      { id: 'gone', name: null, keyPerson: false },
    ]);
    expect(late.owner).toEqual({ kind: 'me', name: 'Yang Fan' });
    expect(late.opportunity).toEqual({ id: 'o1', name: 'Mainframe' });
    const today = rows.find((r) => r.action.id === 'today')!;
    expect(today.people[0]!.name).toBe('CFO');
    expect(today.opportunity).toEqual({ id: 'removed-opp', name: null });
    expect(rows.find((r) => r.action.id === 'later')!.owner.kind).toBe('removed');
    expect(rows.find((r) => r.action.id === 'nodate')!.owner.kind).toBe('nobody');
  });
  it('carries at most `limit` rows and counts them all', () => {
    const list = listActions(accounts(), ActionQuery.parse({ today: TODAY, limit: 2 }), '');
    expect(list.rows.map((r) => r.action.id)).toEqual(['late', 'today']);
    expect(list.total).toBe(5);
  });
  it('refuses a query without a today, or a blank name', () => {
    expect(ActionQuery.safeParse({}).success).toBe(false);
    expect(ActionQuery.safeParse({ today: TODAY, owner: { kind: 'named', name: '   ' } }).success).toBe(false);
  });
});

describe('the Plan view: filters and groups', () => {
  const bank = accounts()[0]!;
  const all = [...bank.actions, act({ id: 'gone-owner', owner: 'm9', due: addDays(TODAY, 10) })];
  it('groups open ones by due date, done and dropped apart', () => {
    const g = groupPlan(bank, all, 'due', TODAY);
    expect(g.groups.map((x) => [x.key, x.actions.map((a) => a.id)])).toEqual([
      ['overdue', ['late']],
      ['thisWeek', ['week']],
      ['later', ['gone-owner']],
      ['noDate', ['nodate']],
    ]);
    expect(g.closed.map((a) => a.id)).toEqual(['done']);
    expect(planOrder(g, false).map((a) => a.id)).toEqual(['late', 'week', 'gone-owner', 'nodate']);
    expect(planOrder(g, true).at(-1)!.id).toBe('done');
  });
  it('groups by owner: me, nobody, each member, then removed members', () => {
    const g = groupPlan(bank, all, 'owner', TODAY);
    expect(g.groups.map((x) => [x.key, x.actions.map((a) => a.id)])).toEqual([
      [ME, ['late']],
      ['#nobody', ['nodate']],
      ['m1', ['week']],
      ['#removed', ['gone-owner']],
    ]);
  });
  it('filters by overdue, this week (either when both), person and opportunity', () => {
    const f = (patch: Partial<typeof NO_FILTER>) => filterPlan(all, { ...NO_FILTER, ...patch }, TODAY).map((a) => a.id);
    expect(f({})).toHaveLength(all.length);
    expect(f({ overdue: true })).toEqual(['late']);
    expect(f({ thisWeek: true })).toEqual(['week']);
    expect(f({ overdue: true, thisWeek: true })).toEqual(['late', 'week']);
    expect(f({ personId: 'gone' })).toEqual(['late']);
    expect(f({ opportunityId: 'o1' })).toEqual(['late']);
    expect(f({ opportunityId: 'o1', thisWeek: true })).toEqual([]);
  });
});

describe('edits', () => {
  it('done today, open again with the date cleared, dropped with its reason', () => {
    const a = act({ id: 'x', note: 'kept' });
    const done = toggledDone(a, TODAY);
    expect(done).toMatchObject({ status: 'done', statusDate: TODAY });
    expect(toggledDone(done, TODAY)).toMatchObject({ status: 'open', statusDate: '', note: 'kept' });
    expect(withStatus(a, 'dropped', TODAY, 'budget cut')).toMatchObject({
      status: 'dropped',
      statusDate: TODAY,
      note: 'budget cut',
    });
  });
  it('has room up to ACTIONS_MAX', () => {
    const full = { actions: Array.from({ length: ACTIONS_MAX }, (_, i) => act({ id: `a${i}` })) };
    expect(hasRoomForActions({ actions: full.actions.slice(1) })).toBe(true);
    expect(hasRoomForActions(full)).toBe(false);
  });
  it('an action from a finding records it, names its person, takes a trip’s date; an overdue one makes none', () => {
    const trip: Finding = {
      kind: 'keyPersonTravelling',
      personId: 'p1',
      tripId: 't1',
      city: 'Beijing',
      from: '2026-12-10',
      to: '2026-12-11',
    };
    expect(actionForFinding(trip)).toEqual({
      personIds: ['p1'],
      opportunityId: null,
      due: '2026-12-10',
      findingKey: findingKey(trip),
    });
    const question = { kind: 'questionUnanswered', opportunityId: 'o1', question: 'decides' } as Finding;
    expect(actionForFinding(question)).toMatchObject({ opportunityId: 'o1', personIds: [] });
    expect(actionForFinding({ kind: 'actionOverdue', actionId: 'late', due: '2026-12-01' })).toBeNull();
    // The open action a finding prompted answers it; a done one no longer does.
    const key = findingKey(trip);
    expect(actionOfFinding({ actions: [act({ id: 'y', findingKey: key })] }, key)?.id).toBe('y');
    expect(actionOfFinding({ actions: [act({ id: 'y', findingKey: key, status: 'done' })] }, key)).toBeUndefined();
  });
});

describe('bidmap actions', () => {
  it('lists the demo’s open actions, only overdue ones, by owner, as JSON; reads and writes nothing else', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    const ws = await Workspace.open(dir);
    const henan = ws.get('henan');
    const member = henan.team[0]!;
    ws.update('henan', (a) => ({
      ...a,
      actions: [
        ...a.actions,
        act({
          id: 'cli_late',
          text: 'Chase the minutes',
          owner: member.id,
          due: '2020-01-02',
          personIds: [a.people[0]!.id, 'removed-one'],
        }),
      ],
    }));
    await ws.saveNow('henan');
    await ws.close();
    const before = await snapshot(dir);

    const all = await cli('actions', '--workspace', dir);
    expect(all.code).toBe(0);
    const lines = all.out.split('\n');
    expect(lines[0]).toMatch(/^2020-01-02 overdue\tHenan Power.*\tYang Fan\tChase the minutes\t.*\(removed\)/);
    expect(lines.length).toBe(ws.accounts().reduce((n, a) => n + a.actions.filter((x) => x.status === 'open').length, 0));

    const overdue = await cli('actions', '--overdue', '--workspace', dir);
    expect(overdue.out.split('\n').every((l) => l.includes(' overdue\t'))).toBe(true);

    const json = JSON.parse((await cli('actions', '--owner', member.name.toUpperCase(), '--json', '--workspace', dir)).out) as {
      id: string;
      overdue: boolean;
    }[];
    expect(json.map((r) => r.id)).toContain('cli_late');
    expect(json.find((r) => r.id === 'cli_late')!.overdue).toBe(true);

    const nobody = await cli('actions', '--owner', 'Nobody Such', '--workspace', dir);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('Nobody named "Nobody Such"');
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('the notebook: actions due in its days, and in its .ics', () => {
  const stamp = '2026-12-07T10:00:00.000Z';
  const account = Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'henan',
    name: 'Henan Power',
    createdAt: stamp,
    updatedAt: stamp,
    people: [{ id: 'sun', name: '孙建华', keyPerson: true }],
    team: [{ id: 'm1', name: '林涛' }],
    actions: [
      { id: 'a1', text: '安排样板点参观', owner: 'm1', due: addDays(TODAY, 2), personIds: ['sun', 'gone'] },
      { id: 'a2', text: 'outside the window', owner: ME, due: addDays(TODAY, 40) },
      { id: 'a3', text: 'done already', owner: ME, due: addDays(TODAY, 1), status: 'done', statusDate: TODAY },
    ],
  });
  const agenda = buildAgenda([account], windowAhead(TODAY, 14), 'Yang Fan');

  it('holds the open actions due in the window, on their day; none when turned off', () => {
    expect(agenda.actions.map((r) => r.action.id)).toEqual(['a1']);
    expect(
      agendaDays(agenda)
        .find((d) => d.date === addDays(TODAY, 2))!
        .actions.map((r) => r.action.id),
    ).toEqual(['a1']);
    expect(filterAgenda(agenda, { actions: false }).actions).toEqual([]);
    expect(filterAgenda(agenda, { keyOnly: true }).actions.map((r) => r.action.id)).toEqual(['a1']);
  });

  it('exports each as an all-day event named in the language, its UID stable per action', () => {
    const text = agendaToIcs([], [], { language: 'zh-CN', stamp }, agenda.actions);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event!.uid).toBe('henan.a1.action@bidmap');
    expect(event!.summary).toBe(fill(STRINGS['zh-CN'].plan.ics.summary, { text: '安排样板点参观' }));
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe(addDays(TODAY, 2));
    expect(event!.description).toContain('孙建华');
    expect(event!.description).toContain(STRINGS['zh-CN'].plan.removedPerson);
    expect(event!.description).toContain('林涛');
  });
});

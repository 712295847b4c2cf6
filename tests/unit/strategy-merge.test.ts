import { describe, expect, it } from 'vitest';
import { mergeAccount, type MergeReport } from '../../shared/logic/sharing/merge';
import { redactAccount } from '../../shared/logic/redaction';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { ME } from '../../shared/model/strategy';

// Issue 17: the three-way merge of a colleague's copy pairs every record of the plan by its id and
// merges it field by field, like the people it sits beside: actions, targets, leanings, a person's
// criteria and influence entries, an opportunity's criteria, competitor scores and win themes, and
// the whitespace grid's product lines, units and cells.

const T = '2026-11-22T09:00:00.000Z';

/** A small account with one of every record of the plan. */
function planned(): Account {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme Power',
    createdAt: T,
    updatedAt: T,
    team: [
      { id: 'm_ann', name: 'Ann' },
      { id: 'm_bo', name: 'Bo' },
    ],
    competitors: [
      { id: 'c_ns', name: 'Northstar' },
      { id: 'c_hx', name: 'Huaxin' },
    ],
    opportunities: [
      {
        id: 'o1',
        name: 'Servers phase 2',
        competitorIds: ['c_ns', 'c_hx'],
        criteria: [
          {
            id: 'k1',
            text: 'Four-hour on-site response',
            weight: 5,
            ours: { score: 3, note: 'Two prefectures without an engineer' },
            theirs: [
              { id: 'c_ns', score: 4, note: 'Depots in every prefecture' },
              { id: 'c_hx', score: 2, note: '' },
            ],
          },
          { id: 'k2', text: 'Price', weight: 3, ours: { score: 3 } },
        ],
        themes: [{ id: 'th1', text: 'Never down for more than four hours', criterionIds: ['k1'], personIds: ['dir'] }],
      },
    ],
    people: [
      {
        id: 'dir',
        name: 'Zhao Director',
        target: { stage: 'trust', by: '2027-01-15' },
        leaning: { kind: 'competitor', competitorId: 'c_ns', strength: 2, evidence: 'Spoke at their conference' },
        criteria: [{ id: 'k1', priority: 5, good: 'Nobody calls me at night' }],
        influencePlan: [
          { id: 'i1', brain: 'rational', text: 'Site visit to the Henan reference' },
          { id: 'i2', brain: 'emotional', text: 'Invite him to judge the award', principle: 'liking' },
        ],
      },
      { id: 'eng', name: 'Chen Engineer' },
      { id: 'buy', name: 'Wang Buyer' },
    ],
    actions: [
      { id: 'a1', text: 'Book the site visit', owner: ME, due: '2026-11-30', personIds: ['dir'], opportunityId: 'o1' },
      { id: 'a2', text: 'Send the price list', owner: 'm_ann', due: '2026-12-05', personIds: ['buy'] },
    ],
    whitespace: {
      products: [
        { id: 'w_srv', name: 'Servers' },
        { id: 'w_sto', name: 'Storage' },
      ],
      units: [
        { id: 'u_hq', name: 'Headquarters' },
        { id: 'u_ny', name: 'Nanyang' },
      ],
      cells: [
        { id: 'x1', productId: 'w_srv', unitId: 'u_hq', status: 'competitor', competitorId: 'c_ns', value: 5000000 },
        { id: 'x2', productId: 'w_sto', unitId: 'u_ny', status: 'open' },
      ],
    },
  });
}

type Draft = Account;
/** A copy of `a` changed by `change` (on a deep copy, so sides never share objects). */
const changed = (a: Account, change: (d: Draft) => void): Account => {
  const d = structuredClone(a);
  change(d);
  return Account.parse(d);
};
const person = (a: Account, id: string) => a.people.find((p) => p.id === id)!;
const action = (a: Account, id: string) => a.actions.find((x) => x.id === id)!;
const opp = (a: Account) => a.opportunities[0]!;
const crit = (a: Account, id: string) => opp(a).criteria.find((c) => c.id === id)!;
const keys = (refs: readonly { key: string }[]) => refs.map((r) => r.key).sort();
const quiet = (report: MergeReport) => {
  expect(report.conflicts).toEqual([]);
  expect(report.removedTheirs).toEqual([]);
  expect(report.removedHere).toEqual([]);
};

describe('merging the plan: every record paired by id, every field on its own', () => {
  const base = planned();

  it('adds the records only their side has, of every kind, beside the ones only mine has', () => {
    const mine = changed(base, (d) => {
      d.actions.push({ ...action(base, 'a1'), id: 'a_mine', text: 'Call Chen about the pilot', personIds: ['eng'] });
      person(d, 'eng').influencePlan.push({
        id: 'i_mine',
        brain: 'rational',
        text: 'Benchmark results',
        principle: null,
        actionId: null,
      });
    });
    const theirs = changed(base, (d) => {
      d.actions.push({ ...action(base, 'a2'), id: 'a_new', text: 'Lunch with Wang', owner: 'm_bo' });
      person(d, 'eng').target = { stage: 'acquainted', by: '2026-12-20' };
      person(d, 'eng').leaning = { kind: 'us', competitorId: null, strength: 1, evidence: 'Asked for our manual' };
      person(d, 'eng').criteria.push({ id: 'k2', priority: 4, good: 'Within the budget line' });
      person(d, 'dir').influencePlan.push({
        id: 'i_new',
        brain: 'emotional',
        text: 'A reference call with a peer',
        principle: 'socialProof',
        actionId: null,
      });
      opp(d).criteria.push({ id: 'k_new', text: 'One management platform', weight: 4, ours: { score: 4, note: '' }, theirs: [] });
      crit(d, 'k2').theirs.push({ id: 'c_ns', score: 4, note: 'Discounts phase 1 kit' });
      opp(d).themes.push({ id: 'th_new', text: 'One console for all prefectures', criterionIds: ['k_new'], personIds: ['eng'] });
      d.whitespace.products.push({ id: 'w_dr', name: 'Disaster recovery', departmentId: null });
      d.whitespace.units.push({ id: 'u_ly', name: 'Luoyang', departmentId: null });
      d.whitespace.cells.push({
        id: 'x_new',
        productId: 'w_dr',
        unitId: 'u_ly',
        status: 'pursuing',
        competitorId: null,
        opportunityId: 'o1',
        value: 800000,
        note: '',
      });
    });
    const { account, report } = mergeAccount({ mine, theirs, base, level: 'full' });
    quiet(report);
    expect(keys(report.added)).toEqual(
      [
        'actions/a_new',
        'people/dir/influencePlan/i_new',
        'people/eng/criteria/k2',
        'opportunities/o1/criteria/k_new',
        'opportunities/o1/criteria/k2/theirs/c_ns',
        'opportunities/o1/themes/th_new',
        'whitespace/products/w_dr',
        'whitespace/units/u_ly',
        'whitespace/cells/x_new',
      ].sort(),
    );
    expect(report.added.find((r) => r.key === 'actions/a_new')).toMatchObject({
      collection: 'actions',
      label: 'Lunch with Wang',
    });
    // Theirs added, mine kept, both whole.
    expect(account.actions.map((x) => x.id)).toEqual(['a1', 'a2', 'a_mine', 'a_new']);
    expect(action(account, 'a_new')).toEqual(action(theirs, 'a_new'));
    expect(person(account, 'eng').influencePlan.map((e) => e.id)).toEqual(['i_mine']);
    expect(person(account, 'eng').criteria).toEqual([{ id: 'k2', priority: 4, good: 'Within the budget line' }]);
    expect(person(account, 'eng').target).toEqual({ stage: 'acquainted', by: '2026-12-20' });
    expect(person(account, 'eng').leaning).toEqual(person(theirs, 'eng').leaning);
    expect(person(account, 'dir').influencePlan.map((e) => e.id)).toEqual(['i1', 'i2', 'i_new']);
    expect(opp(account)).toEqual(opp(theirs));
    expect(account.whitespace).toEqual(theirs.whitespace);
  });

  it('takes their change to one field and keeps mine to another field of the same record, silently', () => {
    const mine = changed(base, (d) => {
      action(d, 'a1').text = 'Book the site visit for the director and his deputy';
      person(d, 'dir').target.stage = 'reliance';
      person(d, 'dir').leaning.strength = 3;
      person(d, 'dir').criteria[0]!.priority = 4;
      person(d, 'dir').influencePlan[1]!.text = 'Invite him to chair the award jury';
      crit(d, 'k1').weight = 4;
      crit(d, 'k1').theirs[0]!.score = 5;
      opp(d).themes[0]!.text = 'Back within four hours, anywhere in the province';
      d.whitespace.products[0]!.name = 'x86 servers';
      d.whitespace.cells[0]!.value = 6000000;
    });
    const theirs = changed(base, (d) => {
      action(d, 'a1').due = '2026-12-02';
      action(d, 'a1').owner = 'm_bo';
      person(d, 'dir').target.by = '2027-02-01';
      person(d, 'dir').leaning.evidence = 'Spoke at their conference; asked us for a quote anyway';
      person(d, 'dir').criteria[0]!.good = 'Nobody calls me at night, ever';
      person(d, 'dir').influencePlan[1]!.principle = 'reciprocity';
      crit(d, 'k1').ours.score = 4;
      crit(d, 'k1').theirs[0]!.note = 'Depots in 16 of 18 prefectures';
      opp(d).themes[0]!.personIds = ['dir', 'eng'];
      d.whitespace.units[1]!.name = 'Nanyang Power';
      d.whitespace.cells[0]!.status = 'pursuing';
    });
    const { account, report } = mergeAccount({ mine, theirs, base, level: 'full' });
    quiet(report);
    expect(report.taken).toBe(11);
    expect(action(account, 'a1')).toMatchObject({
      text: 'Book the site visit for the director and his deputy',
      due: '2026-12-02',
      owner: 'm_bo',
    });
    const dir = person(account, 'dir');
    expect(dir.target).toEqual({ stage: 'reliance', by: '2027-02-01' });
    expect(dir.leaning).toMatchObject({
      strength: 3,
      evidence: 'Spoke at their conference; asked us for a quote anyway',
      kind: 'competitor',
      competitorId: 'c_ns',
    });
    expect(dir.criteria).toEqual([{ id: 'k1', priority: 4, good: 'Nobody calls me at night, ever' }]);
    expect(dir.influencePlan[1]).toMatchObject({ text: 'Invite him to chair the award jury', principle: 'reciprocity' });
    expect(crit(account, 'k1')).toMatchObject({
      weight: 4,
      ours: { score: 4 },
      theirs: [{ id: 'c_ns', score: 5, note: 'Depots in 16 of 18 prefectures' }, { id: 'c_hx' }],
    });
    expect(opp(account).themes[0]).toMatchObject({
      text: 'Back within four hours, anywhere in the province',
      personIds: ['dir', 'eng'],
    });
    expect(account.whitespace.products[0]!.name).toBe('x86 servers');
    expect(account.whitespace.units[1]!.name).toBe('Nanyang Power');
    expect(account.whitespace.cells[0]).toMatchObject({ value: 6000000, status: 'pursuing' });
  });

  it('asks about the same field of an action changed on both sides, showing both values, and resolves it either way', () => {
    const mine = changed(base, (d) => {
      action(d, 'a2').due = '2026-12-03';
      action(d, 'a2').text = 'Send the price list and the TCO sheet';
    });
    const theirs = changed(base, (d) => {
      action(d, 'a2').due = '2026-12-09';
      action(d, 'a2').status = 'done';
      action(d, 'a2').statusDate = '2026-11-25';
    });
    const preview = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(preview.report.conflicts).toEqual([
      { key: 'actions/a2/due', path: ['actions', 'a2', 'due'], mine: '2026-12-03', theirs: '2026-12-09' },
    ]);
    // Mine unless told; their other fields are taken.
    expect(action(preview.account, 'a2')).toMatchObject({
      due: '2026-12-03',
      text: 'Send the price list and the TCO sheet',
      status: 'done',
      statusDate: '2026-11-25',
    });
    const chosen = mergeAccount({ mine, theirs, base, level: 'full', choices: { conflicts: { 'actions/a2/due': 'theirs' } } });
    expect(action(chosen.account, 'a2').due).toBe('2026-12-09');
    expect(action(chosen.account, 'a2').text).toBe('Send the price list and the TCO sheet');
  });

  it('asks about a score, a weight, a target and a cell both sides set differently', () => {
    const mine = changed(base, (d) => {
      crit(d, 'k1').theirs[0]!.score = 5;
      crit(d, 'k2').weight = 4;
      person(d, 'dir').target.stage = 'reliance';
      d.whitespace.cells[1]!.status = 'pursuing';
    });
    const theirs = changed(base, (d) => {
      crit(d, 'k1').theirs[0]!.score = 3;
      crit(d, 'k2').weight = 2;
      person(d, 'dir').target.stage = 'acquainted';
      d.whitespace.cells[1]!.status = 'na';
    });
    const { report } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(keys(report.conflicts)).toEqual(
      [
        'opportunities/o1/criteria/k1/theirs/c_ns/score',
        'opportunities/o1/criteria/k2/weight',
        'people/dir/target/stage',
        'whitespace/cells/x2/status',
      ].sort(),
    );
  });

  it('keeps a record of the plan their side removed unless told, and brings back one removed here unless told', () => {
    const mine = changed(base, (d) => {
      d.whitespace.cells = d.whitespace.cells.filter((c) => c.id !== 'x2');
      person(d, 'dir').influencePlan = person(d, 'dir').influencePlan.filter((e) => e.id !== 'i1');
    });
    const theirs = changed(base, (d) => {
      d.actions = d.actions.filter((x) => x.id !== 'a2');
      opp(d).themes = [];
      crit(d, 'k1').theirs = crit(d, 'k1').theirs.filter((s) => s.id !== 'c_hx');
    });
    const preview = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(keys(preview.report.removedTheirs)).toEqual([
      'actions/a2',
      'opportunities/o1/criteria/k1/theirs/c_hx',
      'opportunities/o1/themes/th1',
    ]);
    expect(keys(preview.report.removedHere)).toEqual(['people/dir/influencePlan/i1', 'whitespace/cells/x2']);
    expect(preview.account.actions.map((x) => x.id)).toEqual(['a1', 'a2']);
    expect(opp(preview.account).themes).toHaveLength(1);
    expect(preview.account.whitespace.cells.map((c) => c.id)).toEqual(['x1', 'x2']);
    const told = mergeAccount({
      mine,
      theirs,
      base,
      level: 'full',
      choices: { removeTheirs: ['actions/a2', 'opportunities/o1/themes/th1'], leaveRemoved: ['whitespace/cells/x2'] },
    });
    expect(told.account.actions.map((x) => x.id)).toEqual(['a1']);
    expect(opp(told.account).themes).toEqual([]);
    expect(told.account.whitespace.cells.map((c) => c.id)).toEqual(['x1']);
    // Brought back after what is here, as a person brought back is.
    expect(person(told.account, 'dir').influencePlan.map((e) => e.id)).toEqual(['i2', 'i1']);
  });

  it('keeps an action on a person their side removed, and says so, whether or not the person goes too', () => {
    const mine = changed(base, (d) => {
      action(d, 'a2').text = 'Send Wang the price list and the TCO sheet';
    });
    const theirs = changed(base, (d) => {
      d.people = d.people.filter((p) => p.id !== 'buy');
    });
    for (const removeTheirs of [[], ['people/buy']]) {
      const { account, report } = mergeAccount({ mine, theirs, base, level: 'full', choices: { removeTheirs } });
      expect(keys(report.removedTheirs)).toEqual(['people/buy']);
      expect(report.actionsOnRemoved).toEqual([
        {
          key: 'actions/a2',
          path: ['actions', 'a2'],
          collection: 'actions',
          label: 'Send Wang the price list and the TCO sheet',
          people: ['buy'],
        },
      ]);
      expect(action(account, 'a2')).toMatchObject({ text: 'Send Wang the price list and the TCO sheet', personIds: ['buy'] });
      expect(account.people.some((p) => p.id === 'buy')).toBe(removeTheirs.length === 0);
    }
  });

  it('keeps their new action on a person removed here, and says so, even when the person is left removed', () => {
    const mine = changed(base, (d) => {
      d.people = d.people.filter((p) => p.id !== 'eng');
    });
    const theirs = changed(base, (d) => {
      d.actions.push({ ...action(base, 'a1'), id: 'a_eng', text: 'Demo the console to Chen', personIds: ['eng', 'dir'] });
    });
    const { account, report } = mergeAccount({ mine, theirs, base, level: 'full', choices: { leaveRemoved: ['people/eng'] } });
    expect(keys(report.removedHere)).toEqual(['people/eng']);
    expect(keys(report.added)).toEqual(['actions/a_eng']);
    expect(report.actionsOnRemoved).toMatchObject([{ key: 'actions/a_eng', people: ['eng'] }]);
    expect(account.people.some((p) => p.id === 'eng')).toBe(false);
    expect(action(account, 'a_eng').personIds).toEqual(['eng', 'dir']);
  });

  it('never leaves a leaning to a competitor its kind does not name when the two sides are mixed', () => {
    const mine = changed(base, (d) => {
      person(d, 'dir').leaning.competitorId = 'c_hx';
    });
    const theirs = changed(base, (d) => {
      person(d, 'dir').leaning = { kind: 'us', competitorId: null, strength: 2, evidence: 'Switched after the outage' };
    });
    const { account, report } = mergeAccount({
      mine,
      theirs,
      base,
      level: 'full',
      choices: { conflicts: { 'people/dir/leaning/competitorId': 'mine' } },
    });
    expect(keys(report.conflicts)).toEqual(['people/dir/leaning/competitorId']);
    expect(person(account, 'dir').leaning).toEqual({
      kind: 'us',
      competitorId: null,
      strength: 2,
      evidence: 'Switched after the outage',
    });
  });

  it('a file at map level carries no plan: the merge leaves every record of the plan here as it is', () => {
    const mine = changed(base, (d) => {
      action(d, 'a1').text = 'Mine, changed since';
    });
    const theirs = redactAccount(
      changed(base, (d) => {
        person(d, 'eng').title = 'Chief engineer';
      }),
      'map',
    );
    const { account, report } = mergeAccount({ mine, theirs, base, baseLevel: 'map', level: 'map' });
    quiet(report);
    expect(person(account, 'eng').title).toBe('Chief engineer');
    expect(account.actions).toEqual(mine.actions);
    expect(account.opportunities).toEqual(mine.opportunities);
    expect(account.whitespace).toEqual(mine.whitespace);
    expect(account.people.map((p) => [p.target, p.leaning, p.criteria, p.influencePlan])).toEqual(
      mine.people.map((p) => [p.target, p.leaning, p.criteria, p.influencePlan]),
    );
  });

  it('a file at team level merges the plan like full', () => {
    const theirs = changed(base, (d) => {
      action(d, 'a1').status = 'done';
      person(d, 'dir').leaning.strength = 3;
      d.whitespace.cells[1]!.value = 120000;
    });
    const { account, report } = mergeAccount({
      mine: base,
      theirs: redactAccount(theirs, 'team'),
      base,
      baseLevel: 'team',
      level: 'team',
    });
    quiet(report);
    expect(report.taken).toBe(3);
    expect(action(account, 'a1').status).toBe('done');
    expect(person(account, 'dir').leaning.strength).toBe(3);
    expect(account.whitespace.cells[1]!.value).toBe(120000);
  });
});

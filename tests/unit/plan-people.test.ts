import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../shared/i18n';
import { applyPatch, invertPatch } from '../../shared/logic/chart';
import {
  actionOfEntry,
  competitorMarks,
  criteriaChoices,
  criterionById,
  entryToAction,
  hasRelationshipGap,
  leaningOf,
  stagesToTarget,
  supportersOf,
} from '../../shared/logic/plan/people';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { ChartPatch } from '../../shared/model/chart-patch';
import { ME } from '../../shared/model/strategy';
import { matchesHighlight, parseHighlight, highlightKey } from '../../renderer/src/features/canvas/filters';
import { leaningSentence, stageSentence, targetProgress } from '../../renderer/src/features/person/plan/plan-words';

// A person's part of the plan to win (issue 17, part B): target gaps, leanings and each
// competitor's supporters, the criteria they may pick, and an influence entry made an action.

const stamp = '2026-11-23T10:00:00.000Z';
type PersonInput = Record<string, unknown> & { id: string };
function account(people: PersonInput[], extra: Record<string, unknown> = {}) {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme',
    createdAt: stamp,
    updatedAt: stamp,
    people: people.map((p) => ({ name: p.id, ...p })),
    ...extra,
  });
}
const competitors = [
  { id: 'c_ns', name: 'Northstar Systems' },
  { id: 'c_ib', name: 'Ironbridge' },
];
const person = (a: Account, id: string) => a.people.find((p) => p.id === id)!;

describe('target relationship', () => {
  it('counts the stages still to climb: positive below the target, 0 at it, negative past it, null without one', () => {
    const a = account([
      { id: 'below', relationship: { stage: 'acquainted' }, target: { stage: 'trust' } },
      { id: 'at', relationship: { stage: 'trust' }, target: { stage: 'trust' } },
      { id: 'past', relationship: { stage: 'reliance' }, target: { stage: 'familiar' } },
      { id: 'none', relationship: { stage: 'acquainted' } },
    ]);
    expect(stagesToTarget(person(a, 'below'))).toBe(2);
    expect(stagesToTarget(person(a, 'at'))).toBe(0);
    expect(stagesToTarget(person(a, 'past'))).toBe(-2);
    expect(stagesToTarget(person(a, 'none'))).toBeNull();
  });

  it('a gap is a decision maker or key person two or more stages below target, whatever is planned', () => {
    const a = account(
      [
        { id: 'dm2', roles: ['decisionMaker'], relationship: { stage: 'acquainted' }, target: { stage: 'trust' } },
        { id: 'key3', keyPerson: true, relationship: { stage: 'acquainted' }, target: { stage: 'reliance' } },
        { id: 'dm1', roles: ['decisionMaker'], relationship: { stage: 'familiar' }, target: { stage: 'trust' } },
        { id: 'infl2', roles: ['influencer'], relationship: { stage: 'acquainted' }, target: { stage: 'trust' } },
        { id: 'dmNone', roles: ['decisionMaker'], relationship: { stage: 'acquainted' } },
      ],
      // An open action for dm2 keeps the finding away, not the highlight.
      { actions: [{ id: 'ac1', text: 'Lunch', personIds: ['dm2'] }] },
    );
    const gaps = a.people.filter(hasRelationshipGap).map((p) => p.id);
    expect(gaps).toEqual(['dm2', 'key3']);
    expect(a.people.filter((p) => matchesHighlight(p, { by: 'gaps' })).map((p) => p.id)).toEqual(gaps);
  });
});

describe('leaning', () => {
  const a = account(
    [
      { id: 'luo', name: 'Luo Yongqiang', leaning: { kind: 'competitor', competitorId: 'c_ns', strength: 3 } },
      { id: 'wang', name: 'Wang Li', leaning: { kind: 'competitor', competitorId: 'c_ns', strength: 1 } },
      { id: 'ma', name: 'Ma Jun', leaning: { kind: 'competitor', competitorId: 'c_ns', strength: null } },
      { id: 'sun', name: 'Sun Jianhua', leaning: { kind: 'us', strength: 2 } },
      { id: 'gone', name: 'Zhou', leaning: { kind: 'competitor', competitorId: 'c_removed', strength: 2 } },
      { id: 'none', leaning: { kind: 'none' } },
      { id: 'unknown' },
    ],
    { competitors },
  );

  it('finds the competitor on the account; one since removed is null, never a crash', () => {
    expect(leaningOf(person(a, 'luo'), a.competitors)).toEqual({
      kind: 'competitor',
      competitor: expect.objectContaining({ id: 'c_ns' }),
      strength: 3,
    });
    expect(leaningOf(person(a, 'gone'), a.competitors)).toEqual({ kind: 'competitor', competitor: null, strength: 2 });
    expect(leaningOf(person(a, 'sun'), a.competitors)).toEqual({ kind: 'us', strength: 2 });
    expect(leaningOf(person(a, 'none'), a.competitors)).toEqual({ kind: 'none' });
    expect(leaningOf(person(a, 'unknown'), a.competitors)).toEqual({ kind: 'unknown' });
  });

  it("lists each competitor's supporters strongest first, ours, and those of a removed competitor apart", () => {
    const s = supportersOf(a);
    expect(s.byCompetitor.get('c_ns')!.map((x) => x.person.id)).toEqual(['luo', 'wang', 'ma']);
    expect(s.byCompetitor.get('c_ib')).toEqual([]);
    expect(s.us.map((x) => x.person.id)).toEqual(['sun']);
    expect(s.removed.map((x) => x.person.id)).toEqual(['gone']);
  });

  it('Highlight › "Leaning to <competitor>" matches by competitor id, and its key survives the <select>', () => {
    const h = parseHighlight('leaning:c_ns');
    expect(h).toEqual({ by: 'leaning', value: 'c_ns' });
    expect(a.people.filter((p) => matchesHighlight(p, h!)).map((p) => p.id)).toEqual(['luo', 'wang', 'ma']);
    expect(a.people.filter((p) => matchesHighlight(p, { by: 'leaning', value: 'us' })).map((p) => p.id)).toEqual(['sun']);
    expect(highlightKey(h)).toBe('leaning:c_ns');
    expect(parseHighlight('gaps')).toEqual({ by: 'gaps' });
    expect(parseHighlight('leaning:<script>')).toBeNull();
  });

  it('marks competitors by initials, lengthened where two would share one; a Chinese name by its first characters', () => {
    expect([...competitorMarks(competitors).values()]).toEqual(['NS', 'I']);
    expect([
      ...competitorMarks([
        { id: 'a', name: 'Huawei' },
        { id: 'b', name: 'Hewlett Packard' },
      ]).values(),
    ]).toEqual(['H', 'HP']);
    expect([
      ...competitorMarks([
        { id: 'a', name: 'Huawei' },
        { id: 'b', name: 'Hitachi' },
      ]).values(),
    ]).toEqual(['Hu', 'Hi']);
    expect([
      ...competitorMarks([
        { id: 'a', name: '北辰系统' },
        { id: 'b', name: '北方数据' },
      ]).values(),
    ]).toEqual(['北辰', '北方']);
    expect([
      ...competitorMarks([
        { id: 'a', name: '北辰系统' },
        { id: 'b', name: '铁桥' },
      ]).values(),
    ]).toEqual(['北', '铁']);
    expect(competitorMarks([{ id: 'a', name: '  ' }]).get('a')).toBe('?');
    // Same name twice: still two different marks.
    const twins = [
      ...competitorMarks([
        { id: 'a', name: 'Acme' },
        { id: 'b', name: 'Acme' },
      ]).values(),
    ];
    expect(new Set(twins).size).toBe(2);
  });
});

describe("a person's criteria", () => {
  const a = account([{ id: 'p' }], {
    opportunities: [
      {
        id: 'o_open',
        name: 'Phase 2 servers',
        status: 'open',
        criteria: [
          { id: 'cr1', text: '4-hour on-site response', weight: 5 },
          { id: 'cr2', text: 'Price', weight: 3 },
        ],
      },
      { id: 'o_won', name: 'Phase 1', status: 'won', criteria: [{ id: 'cr_old', text: 'Delivery', weight: 2 }] },
    ],
  });

  it("offers the open opportunities' criteria, and finds any criterion by id until it is deleted", () => {
    expect(criteriaChoices(a).map((c) => [c.opportunity.id, c.criterion.id])).toEqual([
      ['o_open', 'cr1'],
      ['o_open', 'cr2'],
    ]);
    expect(criterionById(a, 'cr_old')?.opportunity.id).toBe('o_won');
    expect(criterionById(a, 'cr_deleted')).toBeNull();
  });
});

describe('an influence entry made an action', () => {
  const base = account(
    [
      {
        id: 'sun',
        influencePlan: [
          { id: 'i1', brain: 'rational', text: '  Visit the Zhengzhou data centre  ' },
          { id: 'i2', brain: 'emotional', text: 'Free health check', principle: 'reciprocity' },
          { id: 'i3', brain: 'emotional', text: '   ' },
        ],
      },
    ],
    { actions: [{ id: 'ac_old', text: 'Earlier', owner: null }] },
  );

  it('adds one action owned by me, serving the person, and links the entry: one patch, one undo', () => {
    const made = entryToAction(base, person(base, 'sun'), 'i1', 'ac_new', '2026-12-07')!;
    expect(made.actions).toHaveLength(2);
    expect(made.actions[1]).toMatchObject({
      id: 'ac_new',
      text: 'Visit the Zhengzhou data centre',
      owner: ME,
      personIds: ['sun'],
      status: 'open',
      createdOn: '2026-12-07',
    });
    expect(made.person.influencePlan.find((e) => e.id === 'i1')!.actionId).toBe('ac_new');

    const patch = ChartPatch.parse({ people: [made.person], fields: { actions: made.actions } });
    const after = applyPatch(base, patch);
    expect(actionOfEntry(after, person(after, 'sun').influencePlan[0]!)?.id).toBe('ac_new');
    const undone = applyPatch(after, invertPatch(base, patch));
    expect(undone.actions.map((x) => x.id)).toEqual(['ac_old']);
    expect(person(undone, 'sun').influencePlan[0]!.actionId).toBeNull();
  });

  it('refuses an empty entry, one already an action, and one not found', () => {
    expect(entryToAction(base, person(base, 'sun'), 'i3', 'ac_x', '2026-12-07')).toBeNull();
    expect(entryToAction(base, person(base, 'sun'), 'nope', 'ac_x', '2026-12-07')).toBeNull();
    const made = entryToAction(base, person(base, 'sun'), 'i2', 'ac_x', '2026-12-07')!;
    const after = { ...base, actions: made.actions };
    expect(entryToAction(after, made.person, 'i2', 'ac_y', '2026-12-07')).toBeNull();
  });

  it('an entry whose action was deleted can become an action again', () => {
    const made = entryToAction(base, person(base, 'sun'), 'i2', 'ac_x', '2026-12-07')!;
    expect(actionOfEntry(base, made.person.influencePlan[1]!)).toBeNull();
    expect(entryToAction(base, made.person, 'i2', 'ac_y', '2026-12-07')?.actions.at(-1)?.id).toBe('ac_y');
  });
});

describe("the plan's words on a card, in both languages", () => {
  const tOf = async (lng: 'en' | 'zh-CN') => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: STRINGS.en }, 'zh-CN': { translation: STRINGS['zh-CN'] } },
      lng,
      interpolation: { escapeValue: false },
    });
    return i18n.t.bind(i18n) as TFunction;
  };
  const stage = (current: 'acquainted' | 'trust', target: 'trust' | null, by = '') => ({
    relationship: { stage: current },
    target: { stage: target, by },
  });

  it('says current → target with its date, and only the stage when the target is reached or unset', async () => {
    const en = await tOf('en');
    const zh = await tOf('zh-CN');
    expect(stageSentence(stage('acquainted', 'trust', '2027-03-15'), en, 'en')).toBe(
      'Relationship: Acquainted → target Trust by 15 Mar 2027',
    );
    expect(stageSentence(stage('acquainted', 'trust', '2027-03-15'), zh, 'zh-CN')).toBe(
      '关系：认识 → 目标 信任（期限 2027年3月15日）',
    );
    expect(stageSentence(stage('acquainted', 'trust'), en, 'en')).toBe('Relationship: Acquainted → target Trust');
    expect(stageSentence(stage('trust', 'trust'), en, 'en')).toBe('Relationship: Trust (its target)');
    expect(stageSentence(stage('trust', null), zh, 'zh-CN')).not.toContain('目标');
    expect(targetProgress(2, en)).toBe('2 stages to go to the target.');
    expect(targetProgress(1, en)).toBe('1 stage to go to the target.');
    expect(targetProgress(null, en)).toBeNull();
  });

  it('says whom a badge leans to and how strongly; a removed competitor says so', async () => {
    const en = await tOf('en');
    const zh = await tOf('zh-CN');
    const ns = { kind: 'competitor', mark: 'NS', name: 'Northstar Systems', strength: 3 } as const;
    expect(leaningSentence(ns, en, 'en')).toBe('Leans firmly to Northstar Systems');
    expect(leaningSentence({ ...ns, name: '北辰系统' }, zh, 'zh-CN')).toBe('坚定倾向北辰系统');
    expect(leaningSentence({ kind: 'us', strength: null }, en, 'en')).toBe('Leans to us');
    expect(leaningSentence({ kind: 'removed', strength: 2 }, zh, 'zh-CN')).toBe('明显倾向一个已删除的对手');
  });
});

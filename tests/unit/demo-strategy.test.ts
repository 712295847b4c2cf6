import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_STORY_DAY } from '../../electron/services/demo';
import { findings } from '../../shared/logic/coverage';
import { addDays } from '../../shared/logic/dates';
import { isDueThisWeek, isOverdue } from '../../shared/logic/plan/actions';
import { planFindings } from '../../shared/logic/plan/findings';
import type { Account } from '../../shared/model/account';
import { ME } from '../../shared/model/strategy';
import { RELATIONSHIP_STAGES } from '../../shared/taxonomy/keys';

// Issue 17: the demo's four accounts carry a realistic plan to win, in both languages, with every
// reference resolving and every date moving with the day the demo is created.

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const stageIndex = (s: string | null) => RELATIONSHIP_STAGES.indexOf(s as (typeof RELATIONSHIP_STAGES)[number]);
const on = (day: string) => `${day}T09:00:00.000Z`;

/** Every text of the plan a rep wrote: actions, criteria and notes, themes, plans, leanings, the grid. */
function planTexts(a: Account): string[] {
  return [
    ...a.actions.flatMap((x) => [x.text, x.note]),
    ...a.opportunities.flatMap((o) => [
      ...o.criteria.flatMap((c) => [c.text, c.ours.note, ...c.theirs.map((s) => s.note)]),
      ...o.themes.map((th) => th.text),
    ]),
    ...a.people.flatMap((p) => [p.leaning.evidence, ...p.criteria.map((c) => c.good), ...p.influencePlan.map((e) => e.text)]),
    ...a.whitespace.products.map((l) => l.name),
    ...a.whitespace.units.map((l) => l.name),
    ...a.whitespace.cells.map((c) => c.note),
  ].filter((s) => s.trim());
}

describe.each(['zh-CN', 'en'] as const)('the demo plan (%s)', (lang) => {
  const accounts = buildDemoAccounts(lang, on(DEMO_STORY_DAY));
  const get = (id: string) => accounts.find((a) => a.id === id)!;
  const henan = get('henan');
  const person = (a: Account, id: string) => a.people.find((p) => p.id === id)!;

  it('writes every plan text in the language of the demo', () => {
    for (const a of accounts) {
      const texts = planTexts(a);
      expect(texts.length, a.id).toBeGreaterThan(10);
      for (const s of texts) expect(CJK.test(s), `${a.id}: ${s}`).toBe(lang === 'zh-CN');
    }
  });

  it('has every reference of the plan resolve (people, owners, opportunities, competitors, criteria, grid lines)', () => {
    for (const a of accounts) {
      const people = new Set(a.people.map((p) => p.id));
      const team = new Set(a.team.map((m) => m.id));
      const opportunities = new Map(a.opportunities.map((o) => [o.id, o]));
      const competitors = new Set(a.competitors.map((c) => c.id));
      const criteria = new Set(a.opportunities.flatMap((o) => o.criteria.map((c) => c.id)));
      expect(new Set(a.actions.map((x) => x.id)).size, `${a.id} action ids`).toBe(a.actions.length);
      for (const x of a.actions) {
        expect(x.owner === ME || (x.owner !== null && team.has(x.owner)), `${x.id} owner ${x.owner}`).toBe(true);
        for (const pid of x.personIds) expect(people.has(pid), `${x.id} serves ${pid}`).toBe(true);
        if (x.opportunityId) expect(opportunities.has(x.opportunityId), `${x.id} opportunity`).toBe(true);
        expect(x.text.trim(), x.id).not.toBe('');
      }
      for (const o of a.opportunities) {
        for (const c of o.criteria) {
          for (const s of c.theirs) expect(o.competitorIds, `${c.id} scores ${s.id}, a competitor in play`).toContain(s.id);
        }
        const own = new Set(o.criteria.map((c) => c.id));
        for (const th of o.themes) {
          expect(th.criterionIds.length, th.id).toBeGreaterThan(0);
          expect(th.personIds.length, th.id).toBeGreaterThan(0);
          for (const c of th.criterionIds) expect(own.has(c), `${th.id} criterion ${c}`).toBe(true);
          for (const pid of th.personIds) expect(people.has(pid), `${th.id} person ${pid}`).toBe(true);
        }
      }
      for (const p of a.people) {
        if (p.leaning.kind === 'competitor') expect(competitors.has(p.leaning.competitorId!), `${p.id} leans to`).toBe(true);
        for (const c of p.criteria) expect(criteria.has(c.id), `${p.id} cares about ${c.id}`).toBe(true);
        for (const e of p.influencePlan) expect(e.brain === 'emotional' ? e.principle !== null : e.principle === null, e.id).toBe(true);
      }
      const { products, units, cells } = a.whitespace;
      for (const c of cells) {
        expect(products.some((l) => l.id === c.productId) && units.some((l) => l.id === c.unitId), c.id).toBe(true);
        if (c.competitorId) expect(competitors.has(c.competitorId), c.id).toBe(true);
        if (c.opportunityId) expect(opportunities.has(c.opportunityId), c.id).toBe(true);
      }
      for (const u of units) if (u.departmentId) expect(a.departments.some((d) => d.id === u.departmentId), u.id).toBe(true);
    }
  });

  it('Henan: each of the three decision makers has a target above today with a date to reach it by', () => {
    const deciders = henan.people.filter((p) => p.roles.includes('decisionMaker'));
    expect(deciders.map((p) => p.id).sort()).toEqual(['hn_p01', 'hn_p02', 'hn_p03']);
    for (const p of deciders) {
      expect(stageIndex(p.target.stage), p.name).toBeGreaterThan(stageIndex(p.relationship.stage));
      expect(p.target.by > DEMO_STORY_DAY, p.name).toBe(true);
    }
  });

  it('Henan: Luo Yongqiang leans firmly to Northstar, with the evidence', () => {
    const luo = person(henan, 'hn_p15');
    const northstar = henan.competitors.find((c) => c.id === luo.leaning.competitorId)!;
    expect(luo.leaning).toMatchObject({ kind: 'competitor', strength: 3 });
    expect(northstar.name).toBe(lang === 'en' ? 'Northstar Systems' : '北辰系统');
    expect(luo.leaning.evidence).toContain(lang === 'en' ? 'Northstar user conference' : '北辰用户大会');
  });

  it("Henan: phase 2's server criteria are weighted, with our score and each competitor's, each with a note", () => {
    const phase2 = henan.opportunities.find((o) => o.status === 'open')!;
    const words = phase2.criteria.map((c) => c.text).join(' | ');
    const expected = lang === 'en' ? [/four-hour on-site/i, /compatibility with the developer/i, /price/i] : [/4小时到场/, /开发商.*兼容/, /价格/];
    for (const re of expected) expect(words).toMatch(re);
    expect(phase2.competitorIds.length).toBeGreaterThanOrEqual(2);
    for (const c of phase2.criteria) {
      expect(c.weight).toBeGreaterThanOrEqual(1);
      expect(c.ours.score).not.toBeNull();
      expect(c.ours.note.trim()).not.toBe('');
      expect(c.theirs.map((s) => s.id).sort()).toEqual([...phase2.competitorIds].sort());
      for (const s of c.theirs) expect(s.score).not.toBeNull();
    }
    // Heavy criteria where Northstar scores above us: the risk Coverage & risks names.
    expect(phase2.criteria.some((c) => c.weight >= 4 && c.theirs.some((s) => s.score! > c.ours.score!))).toBe(true);
  });

  it("Henan: people's own criteria say what good means to them; two win themes; an influence plan for a decision maker on both brains", () => {
    const caring = henan.people.filter((p) => p.criteria.length > 0);
    expect(caring.length).toBeGreaterThanOrEqual(6);
    for (const p of caring) for (const c of p.criteria) expect(c.good.trim(), `${p.id} ${c.id}`).not.toBe('');
    // Different people care about different things (the keyboard lesson, in servers).
    expect(new Set(caring.map((p) => [...p.criteria].sort((a, b) => b.priority - a.priority)[0]!.id)).size).toBeGreaterThanOrEqual(3);
    expect(henan.opportunities.flatMap((o) => o.themes)).toHaveLength(2);
    const planned = henan.people.filter((p) => p.roles.includes('decisionMaker') && p.influencePlan.length);
    expect(planned.length).toBeGreaterThanOrEqual(1);
    const brains = new Set(planned[0]!.influencePlan.map((e) => e.brain));
    expect([...brains].sort()).toEqual(['emotional', 'rational']);
    expect(new Set(planned[0]!.influencePlan.flatMap((e) => e.principle ?? [])).size).toBeGreaterThanOrEqual(3);
  });

  it('Henan: actions with owners from the team and the user, around the story day: overdue, this week, later, one done, one dropped with a reason', () => {
    const today = DEMO_STORY_DAY;
    const owners = new Set(henan.actions.map((x) => x.owner));
    expect(owners.has(ME)).toBe(true);
    expect([...owners].filter((o) => o !== ME).length).toBeGreaterThanOrEqual(3);
    expect(henan.actions.filter((x) => isOverdue(x, today)).length).toBeGreaterThanOrEqual(2);
    expect(henan.actions.filter((x) => isDueThisWeek(x, today)).length).toBeGreaterThanOrEqual(2);
    expect(henan.actions.filter((x) => x.status === 'open' && x.due > addDays(today, 6)).length).toBeGreaterThanOrEqual(3);
    // Mine among the overdue and this week's, for the home screen.
    expect(henan.actions.some((x) => x.owner === ME && (isOverdue(x, today) || isDueThisWeek(x, today)))).toBe(true);
    const done = henan.actions.filter((x) => x.status === 'done' && x.statusDate);
    expect(done.length).toBeGreaterThanOrEqual(1);
    const dropped = henan.actions.filter((x) => x.status === 'dropped');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.statusDate).not.toBe('');
    expect(dropped[0]!.note.trim().length).toBeGreaterThan(20);
  });

  it('Henan shows every kind of plan finding on the story day', () => {
    const kinds = new Set(planFindings(henan, DEMO_STORY_DAY).map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['actionOverdue', 'criterionBehind', 'keyPersonNoAction', 'leansToCompetitor', 'relationshipGap']);
    // They are among the account's findings (Coverage & risks).
    expect(findings(henan, DEMO_STORY_DAY).filter((f) => kinds.has(f.kind)).length).toBe(planFindings(henan, DEMO_STORY_DAY).length);
  });

  it('Henan: a whitespace grid of product lines × units with ours, a competitor’s, open cells, empty ones and one pursued by the open opportunity', () => {
    const { products, units, cells } = henan.whitespace;
    expect(products.length).toBeGreaterThanOrEqual(4);
    expect(units.length).toBeGreaterThanOrEqual(4);
    const statuses = new Set(cells.map((c) => c.status));
    for (const s of ['ours', 'competitor', 'open', 'pursuing'] as const) expect(statuses.has(s), s).toBe(true);
    expect(cells.length).toBeLessThan(products.length * units.length);
    const open = new Set(henan.opportunities.filter((o) => o.status === 'open').map((o) => o.id));
    expect(cells.some((c) => c.status === 'pursuing' && c.opportunityId && open.has(c.opportunityId))).toBe(true);
    expect(cells.filter((c) => c.status === 'competitor').every((c) => c.competitorId)).toBe(true);
    expect(cells.filter((c) => c.value !== null).length).toBeGreaterThanOrEqual(8);
  });

  it("the newspaper: the keyboard case's criteria (crisp, quiet, reliability, no change), and each editor's own idea of good", () => {
    const paper = get('newspaper');
    const keyboards = paper.opportunities.find((o) => o.id === 'np_o01')!;
    const words = keyboards.criteria.map((c) => c.text).join(' | ');
    const expected = lang === 'en' ? [/crisp/i, /quiet/i, /reliab/i, /no change/i] : [/脆/, /安静/, /可靠/, /不换/];
    for (const re of expected) expect(words).toMatch(re);
    const ids = new Set(keyboards.criteria.map((c) => c.id));
    // Xu Ming (crisp), Lin Jing (quiet), Zou Qiang (reliability), Qian Guohua (no change): each cares most about a different one.
    const editors = ['np_p03', 'np_p04', 'np_p06', 'np_p02'].map((id) => person(paper, id));
    const first = editors.map((p) => {
      const top = [...p.criteria].sort((a, b) => b.priority - a.priority)[0]!;
      expect(ids.has(top.id), p.name).toBe(true);
      expect(top.good.trim(), p.name).not.toBe('');
      return top.id;
    });
    expect(new Set(first).size).toBe(4);
  });

  it("Shandong: the actions around the director's Beijing trip, up to its last day", () => {
    const sd = get('shandong');
    const director = person(sd, 'sd_p01');
    const trip = director.itinerary.find((i) => i.from > DEMO_STORY_DAY && i.city === (lang === 'en' ? 'Beijing' : '北京'))!;
    expect(trip).toBeDefined();
    const around = sd.actions.filter((x) => x.status === 'open' && x.personIds.includes(director.id) && x.due >= addDays(DEMO_STORY_DAY, -7) && x.due <= trip.to);
    expect(around.length).toBeGreaterThanOrEqual(5);
    expect(around.some((x) => x.due >= trip.from)).toBe(true);
    expect(around.some((x) => isOverdue(x, DEMO_STORY_DAY))).toBe(true);
    expect(new Set(around.map((x) => x.owner)).size).toBeGreaterThanOrEqual(2);
    expect(sd.actions.some((x) => x.status === 'done')).toBe(true);
    expect(sd.actions.some((x) => x.status === 'dropped' && x.note)).toBe(true);
  });

  it("the bank: Director Zhang's certification is an emotional entry tagged reciprocity, beside a rational entry", () => {
    const zhang = person(get('bank'), 'bk_p03');
    const reciprocity = zhang.influencePlan.filter((e) => e.brain === 'emotional' && e.principle === 'reciprocity');
    expect(reciprocity).toHaveLength(1);
    expect(reciprocity[0]!.text).toMatch(lang === 'en' ? /certif/i : /认证/);
    expect(zhang.influencePlan.some((e) => e.brain === 'rational')).toBe(true);
  });
});

describe('the demo plan moves with the day the demo is created', () => {
  it('actions, their status dates and targets keep their distance to today', () => {
    const story = buildDemoAccounts('en', on(DEMO_STORY_DAY));
    const later = buildDemoAccounts('en', on(addDays(DEMO_STORY_DAY, 45)));
    const today = addDays(DEMO_STORY_DAY, 45);
    for (const [i, a] of story.entries()) {
      const b = later[i]!;
      for (const [j, x] of a.actions.entries()) {
        const y = b.actions[j]!;
        expect(y.due, x.id).toBe(x.due ? addDays(x.due, 45) : '');
        expect(y.statusDate, x.id).toBe(x.statusDate ? addDays(x.statusDate, 45) : '');
      }
      for (const [j, p] of a.people.entries()) expect(b.people[j]!.target.by, p.id).toBe(p.target.by ? addDays(p.target.by, 45) : '');
      expect(planFindings(b, today).map((f) => f.kind)).toEqual(planFindings(a, DEMO_STORY_DAY).map((f) => f.kind));
    }
  });
});

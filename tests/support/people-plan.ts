import type { Account } from '../../shared/model/account';
import { Criterion } from '../../shared/model/strategy';
import type { Person } from '../../shared/model/person';

// The people's part of the plan on the Henan demo, set by the tests themselves (the demo's own
// strategy data may change): nobody has a target, a leaning, criteria or an influence plan, and
// the open phase-2 opportunity has three criteria of its own.

type Lang = 'en' | 'zh-CN';
const t = (lang: Lang, zh: string, en: string) => (lang === 'zh-CN' ? zh : en);

/** The open opportunity's criteria: the server tender's, as the issue names them. */
export const henanCriteria = (lang: Lang) => [
  Criterion.parse({ id: 'pp_cr1', text: t(lang, '4小时上门响应', '4-hour on-site response'), weight: 5 }),
  Criterion.parse({ id: 'pp_cr2', text: t(lang, '兼容开发商的软件', "Compatible with the developer's software"), weight: 4 }),
  Criterion.parse({ id: 'pp_cr3', text: t(lang, '价格', 'Price'), weight: 3 }),
];

const blank = (p: Person): Person => ({
  ...p,
  target: { stage: null, by: '' },
  leaning: { kind: 'unknown', competitorId: null, strength: null, evidence: '' },
  criteria: [],
  influencePlan: [],
});

/** The Henan demo with a clean slate for the people's plan and the phase-2 criteria. */
export function henanPlanBase(a: Account, lang: Lang): Account {
  return {
    ...a,
    people: a.people.map(blank),
    opportunities: a.opportunities.map((o) => (o.id === 'hn_o02' ? { ...o, criteria: henanCriteria(lang) } : o)),
  };
}

const set = (a: Account, id: string, change: (p: Person) => Person): Account => ({
  ...a,
  people: a.people.map((p) => (p.id === id ? change(p) : p)),
});

/** A plan to look at: targets for the decision makers, who leans where, Sun Jianhua's criteria and influence plan. */
export function henanPlanShown(a: Account, lang: Lang): Account {
  let out = henanPlanBase(a, lang);
  out = set(out, 'hn_p01', (p) => ({ ...p, target: { stage: 'familiar', by: '2027-02-28' } }));
  out = set(out, 'hn_p02', (p) => ({ ...p, target: { stage: 'trust', by: '2027-03-15' } }));
  out = set(out, 'hn_p03', (p) => ({
    ...p,
    target: { stage: 'reliance', by: '2027-03-01' },
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 2,
      evidence: t(lang, '开标后主动给我们打电话', 'Called us himself after the bid opening'),
    },
    criteria: [
      {
        id: 'pp_cr1',
        priority: 5,
        good: t(
          lang,
          '夜里出故障，4小时内有人到现场，不用他打第二个电话',
          'A fault at night has an engineer on site within 4 hours, without his calling twice',
        ),
      },
      {
        id: 'pp_cr2',
        priority: 4,
        good: t(lang, '中原软件的营销系统不改一行代码就能跑', "Zhongyuan's marketing system runs without changing a line"),
      },
    ],
    influencePlan: [
      {
        id: 'pp_i1',
        brain: 'rational',
        text: t(
          lang,
          '安排参观郑州供电公司的机房，看4小时响应的记录',
          'Visit the Zhengzhou utility data centre and show the 4-hour response log',
        ),
        principle: null,
        actionId: null,
      },
      {
        id: 'pp_i2',
        brain: 'rational',
        text: t(lang, '请中原软件出具兼容性测试报告', 'Get a compatibility test report signed by Zhongyuan Software'),
        principle: null,
        actionId: null,
      },
      {
        id: 'pp_i3',
        brain: 'emotional',
        text: t(lang, '请他在我们的用户大会上分享一期项目', 'Invite him to present phase 1 at our user conference'),
        principle: 'authority',
        actionId: null,
      },
      {
        id: 'pp_i4',
        brain: 'emotional',
        text: t(lang, '先免费做一次机房巡检', 'Offer a free data-centre health check first'),
        principle: 'reciprocity',
        actionId: null,
      },
    ],
  }));
  out = set(out, 'hn_p15', (p) => ({
    ...p,
    target: { stage: 'familiar', by: '2027-03-01' },
    leaning: {
      kind: 'competitor',
      competitorId: 'hn_c01',
      strength: 3,
      evidence: t(
        lang,
        '评标时主张服务器要和现有平台一致',
        'Argued at the evaluation that servers must match the existing platform',
      ),
    },
  }));
  out = set(out, 'hn_p10', (p) => ({
    ...p,
    target: { stage: 'trust', by: '' },
    leaning: { kind: 'competitor', competitorId: 'hn_c01', strength: 2, evidence: '' },
  }));
  out = set(out, 'hn_p11', (p) => ({ ...p, leaning: { kind: 'competitor', competitorId: 'hn_c02', strength: 1, evidence: '' } }));
  out = set(out, 'hn_p05', (p) => ({ ...p, leaning: { kind: 'us', competitorId: null, strength: 3, evidence: '' } }));
  return out;
}

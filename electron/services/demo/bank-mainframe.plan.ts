// Jiangcheng Commercial Bank: the plan around Director Zhang's certificate (seed 000). His motive
// is worked on both sides: the certification given first (right brain, reciprocity) and written
// into the purchase as the bank's own capability plan, which stands up to audit (left brain).
import { t, type DemoAccount, type DemoPersonPlan } from './text';

const TITAN = 'bk_c01';

export const bankPlans: Record<string, DemoPersonPlan> = {
  bk_p02: {
    target: { stage: 'familiar', by: '2027-02-28' },
    criteria: [{ id: 'bk_k3', priority: 5, good: t('能向行长讲清楚的总成本，低于泰坦续保', 'A total cost he can explain to the president, below renewing with Titan') }],
  },
  bk_p03: {
    target: { stage: 'trust', by: '2027-01-31' },
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 2,
      evidence: t('两次要求把培训认证放进采购；12月要来看我们的主机实验室', 'Twice asked for training and certification in the purchase; coming to see our mainframe lab in December'),
    },
    criteria: [
      { id: 'bk_k1', priority: 5, good: t('到货前核心团队六人拿到认证，从他开始', 'A core team of six certified before the machine arrives, starting with him') },
      { id: 'bk_k2', priority: 3, good: t('迁移由他的团队主导，不靠厂商驻场', 'A migration his team leads, not the vendor’s resident engineers') },
    ],
    influencePlan: [
      {
        id: 'bk_f01',
        brain: 'emotional',
        text: t(
          '认证先给：首期主机认证课程给张主任留一个名额，12月上海大会期间请他上机实验室——先给，再谈采购',
          'The certification first: a seat for Director Zhang on the first certified mainframe course and hands-on time in our lab during his December conference in Shanghai, given before we ask for anything',
        ),
        principle: 'reciprocity',
      },
      {
        id: 'bk_f02',
        brain: 'rational',
        text: t(
          '把培训认证写进采购方案：“银行自主运维能力建设”——六人认证、到货前实验室、上线后三个月影子运维，经得起审计',
          "Training and certification written into the purchase as the bank's in-house capability plan: six people certified, a lab before delivery, three months of shadow operations; it stands up to audit",
        ),
        principle: null,
      },
      {
        id: 'bk_f03',
        brain: 'rational',
        text: t(
          '五年成本对比：认证团队自主运维 vs 泰坦驻场工程师',
          "A five-year cost comparison: a certified in-house team against Titan's resident engineers",
        ),
        principle: null,
      },
      {
        id: 'bk_f04',
        brain: 'emotional',
        text: t('谭卫和他是华科校友：聊母校、聊横渡长江', 'Tan Wei, a fellow HUST alumnus: the old campus and the Yangtze crossing'),
        principle: 'liking',
      },
    ],
  },
  bk_p04: {
    leaning: {
      kind: 'competitor',
      competitorId: TITAN,
      strength: 2,
      evidence: t('和泰坦合作十年；技术交流上第一个提迁移风险', 'Ten years with Titan; first to raise migration risk at the technical exchange'),
    },
    criteria: [
      { id: 'bk_k2', priority: 5, good: t('柜面和清算一分钟不停；老主机并行到新主机站稳', 'Counters and clearing never stop for a minute; the old machine runs in parallel until the new one proves itself') },
    ],
  },
};

export const bankCriteria: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['criteria']> = [
  {
    id: 'bk_k1',
    text: t('自主运维能力：银行团队的培训和认证', "In-house operations: training and certification for the bank's team"),
    weight: 5,
    ours: { score: 5, note: t('认证课程、上机实验室、影子运维打包进采购', 'Certified course, hands-on lab and shadow operations bundled into the purchase') },
    theirs: [{ id: TITAN, score: 2, note: t('靠驻场工程师，没提过认证', 'Relies on resident engineers; has never offered certification') }],
  },
  {
    id: 'bk_k2',
    text: t('从现有主机平稳迁移', 'A low-risk migration from the current mainframe'),
    weight: 5,
    ours: { score: 3, note: t('有同业迁移案例，但要说服吕晓峰', 'Migration references at other banks, but Lyu Xiaofeng must be convinced') },
    theirs: [{ id: TITAN, score: 5, note: t('同厂商升级，几乎不用迁移', 'An upgrade within their own line: hardly a migration') }],
  },
  {
    id: 'bk_k3',
    text: t('五年总拥有成本', 'Five-year total cost of ownership'),
    weight: 4,
    ours: { score: 4, note: t('自主运维后维保费降四成', 'Maintenance 40% lower once the bank runs it itself') },
    theirs: [{ id: TITAN, score: 3, note: t('驻场费用逐年上涨', 'Resident-engineer fees rise every year') }],
  },
];

export const bankThemes: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['themes']> = [
  {
    id: 'bk_w1',
    text: t('你们自己的团队来运维：到货前就拿到认证', 'Your own team runs it: certified before the machine arrives'),
    criterionIds: ['bk_k1', 'bk_k3'],
    personIds: ['bk_p03', 'bk_p02'],
  },
];

export const bankActions: NonNullable<DemoAccount['actions']> = [
  {
    id: 'bk_x01',
    text: t('把认证课程的费用列进投标报价，作为采购的一部分而不是赠送', 'Price the certification course into the bid, as part of the purchase rather than a gift'),
    owner: 'bk_t03',
    due: '2026-12-04',
    personIds: ['bk_p03'],
    opportunityId: 'bk_o01',
    createdOn: '2026-11-20',
  },
  {
    id: 'bk_x02',
    text: t('和吕晓峰开一次迁移风险研讨：并行运行和回退方案', 'A migration-risk workshop with Lyu Xiaofeng: parallel running and fallback'),
    owner: 'bk_t02',
    due: '2026-12-16',
    personIds: ['bk_p04'],
    opportunityId: 'bk_o01',
    findingKey: 'criterionBehind-bk_o01-bk_k2-bk_c01',
    createdOn: '2026-11-20',
  },
];

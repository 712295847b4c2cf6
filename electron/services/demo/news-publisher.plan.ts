// Xincheng Daily: the keyboard case mapped at last (seed 004). Each editor's idea of "the best
// keyboard" is a criterion of the keyboard purchase, and each person says in their own words what
// good means; the PC refresh of 2027 is where the lesson is applied: a keyboard per role.
import { t, type DemoAccount, type DemoPersonPlan } from './text';

const KEYBOARDS = 'np_o01';
const REFRESH = 'np_o02';
const BLUEMARK = 'np_c01';

/** The keyboard meeting's criteria: nobody had written them down, so the meeting ended with no change. */
export const keyboardCriteria: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['criteria']> = [
  {
    id: 'np_k1',
    text: t('手感脆', 'Crisp keys'),
    weight: 3,
    ours: { score: 5, note: t('A键盘，送来的里面最脆的', 'Keyboard A, the crispest we brought') },
  },
  {
    id: 'np_k2',
    text: t('安静', 'Quiet keys'),
    weight: 3,
    ours: { score: 5, note: t('B键盘，最安静', 'Keyboard B, the quietest') },
  },
  {
    id: 'np_k3',
    text: t('可靠，少维修', 'Reliability: few repairs'),
    weight: 4,
    ours: { score: 4, note: t('C键盘，按他们的维修记录最可靠', 'Keyboard C, the most reliable by their own repair records') },
  },
  {
    id: 'np_k4',
    text: t('不换，保持原样', 'No change: keep what works'),
    weight: 4,
    ours: { score: 2, note: t('任何新键盘都是变化；只有他的座位保持原样才算满足', 'Any new keyboard is a change; only leaving his desk as it is meets it') },
  },
  {
    id: 'np_k5',
    text: t('IBM式的手感', 'An IBM-style feel'),
    weight: 2,
    ours: { score: 2, note: t('我们没有屈簧式键盘', 'We sell no buckling-spring keyboards') },
  },
];

/** The 2027 refresh: the same needs, met by role this time, against BlueMark. */
export const refreshCriteria: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['criteria']> = [
  {
    id: 'np_k6',
    text: t('按岗位配置外设（脆的或安静的键盘）', 'Peripherals by role (crisp or quiet keyboards)'),
    weight: 4,
    ours: { score: 4, note: t('按需求分组报价', 'Quoted by group of needs') },
    theirs: [{ id: BLUEMARK, score: 3, note: t('一体机，外设统一', 'All-in-ones with one set of peripherals') }],
  },
  {
    id: 'np_k7',
    text: t('键盘不超过两种型号，备件放在报社', 'At most two keyboard models, spares kept on site'),
    weight: 5,
    ours: { score: 4, note: t('三年上门换新', 'Three years of on-site replacement') },
    theirs: [{ id: BLUEMARK, score: 3, note: t('备件在天津', 'Spares held in Tianjin') }],
  },
  {
    id: 'np_k8',
    text: t('编辑先试用再决定', 'Editors try before the choice'),
    weight: 3,
    ours: { score: 3, note: t('一个版面先试点', 'A pilot on one desk') },
    theirs: [{ id: BLUEMARK, score: 5, note: t('最喜欢请编辑试用新品', 'Loves to let editors try new products') }],
  },
];

export const refreshThemes: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['themes']> = [
  {
    id: 'np_w1',
    text: t('一人一把合适的键盘，而不是一把键盘给所有人：按需求分组，一个版面先试点', 'The right keyboard for each role, not one for all: needs grouped, one desk piloted first'),
    criterionIds: ['np_k6', 'np_k7'],
    personIds: ['np_p01', 'np_p03', 'np_p04', 'np_p06'],
  },
];

export const newsPlans: Record<string, DemoPersonPlan> = {
  np_p01: {
    target: { stage: 'trust', by: '2027-03-15' },
    criteria: [
      { id: 'np_k4', priority: 4, good: t('现在的能用，改版前就别折腾', 'If the current ones work, no upheaval before the redesign') },
      { id: 'np_k3', priority: 3, good: t('没有编辑为键盘坏了来敲他的门', 'No editor knocking on his door about a broken keyboard') },
    ],
  },
  np_p02: {
    target: { stage: 'familiar', by: '2027-02-28' },
    leaning: { kind: 'none', competitorId: null, strength: null, evidence: t('“现在这个很好用”', '"This one works very well"') },
    criteria: [{ id: 'np_k4', priority: 5, good: t('用了十几年的键盘，原样留在他桌上', 'The keyboard he has used for over ten years, on his desk, exactly as it is') }],
    influencePlan: [
      {
        id: 'np_f01',
        brain: 'rational',
        text: t('讲清楚：他的座位不动，只给提出要求的编辑换', 'Make it plain: his desk stays as it is; only editors who ask get a new keyboard'),
        principle: null,
      },
      {
        id: 'np_f02',
        brain: 'emotional',
        text: t('请他主持试点版面的评议：他点过头的方案，他会维护', 'Ask him to chair the pilot desk’s review: a plan he has approved is one he will defend'),
        principle: 'commitment',
      },
    ],
  },
  np_p03: {
    criteria: [
      { id: 'np_k1', priority: 5, good: t('每一下都弹得回来，打得快也有手感：A键盘', 'Keys that snap back so he feels every stroke at speed: keyboard A') },
      { id: 'np_k2', priority: 1, good: t('噪音不影响他', 'Noise does not bother him') },
    ],
  },
  np_p04: {
    target: { stage: 'familiar', by: '2027-01-31' },
    criteria: [
      { id: 'np_k2', priority: 5, good: t('几十个人一起打字，她还能安心改稿：B键盘', 'Dozens of editors typing and she can still concentrate: keyboard B') },
      { id: 'np_k1', priority: 2, good: t('别太软就行', 'Not too mushy') },
    ],
  },
  np_p05: {
    leaning: {
      kind: 'competitor',
      competitorId: BLUEMARK,
      strength: 2,
      evidence: t('蓝标的葛磊和他很熟，常请他试用新品', "BlueMark's Ge Lei knows him well and often lets him try new products"),
    },
    criteria: [{ id: 'np_k5', priority: 5, good: t('像IBM Model M那样的屈簧键盘', 'A buckling-spring keyboard like the IBM Model M') }],
  },
  np_p06: {
    target: { stage: 'trust', by: '2027-01-31' },
    criteria: [
      { id: 'np_k3', priority: 5, good: t('维修记录里最少出问题的，备件最多两种', 'The fewest failures in his repair records, and at most two models to stock') },
      { id: 'np_k4', priority: 2, good: t('型号越少越好', 'The fewer models the better') },
    ],
  },
};

export const newsActions: NonNullable<DemoAccount['actions']> = [
  {
    id: 'np_x01',
    text: t('把编辑们的键盘需求分组（脆、安静、IBM式、不换），写进换机规格建议', "Group the editors' keyboard needs (crisp, quiet, IBM-style, no change) for the refresh spec"),
    owner: '@me',
    due: '2026-12-01',
    personIds: ['np_p06'],
    opportunityId: REFRESH,
    createdOn: '2026-11-20',
  },
  {
    id: 'np_x02',
    text: t('先借一把安静的B键盘给林静用到换机', 'Lend Lin Jing a quiet keyboard B until the refresh'),
    owner: 'np_t02',
    due: '2026-11-27',
    personIds: ['np_p04'],
    opportunityId: KEYBOARDS,
    createdOn: '2026-11-20',
  },
];

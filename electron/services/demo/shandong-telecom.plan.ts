// Shandong Telecom: the plan around the bureau director's next Beijing trip (8–10 December 2026),
// the little notebook put to work again: the evening kept free, the play booked, the report ready,
// fruit and flowers at the usual hotel, a car to the station. Around the story's day (22 November):
// one overdue, one this week, one done, one dropped.
import { t, type DemoAccount, type DemoPersonPlan } from './text';

const ME = '@me';
const DIRECTOR = 'sd_p01';

export const shandongPlans: Record<string, DemoPersonPlan> = {
  [DIRECTOR]: {
    target: { stage: 'reliance', by: '2027-01-31' },
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 3,
      evidence: t('签约时说“你们老总的诚意我看到了”', "At signing said he had seen our chief executive's sincerity"),
    },
    influencePlan: [
      {
        id: 'sd_f01',
        brain: 'rational',
        text: t('割接进展一页纸：新旧系统并行两个账期，差错率逐期下降', 'A one-page cut-over report: two billing cycles in parallel, errors falling cycle by cycle'),
        principle: null,
      },
      {
        id: 'sd_f02',
        brain: 'emotional',
        text: t('他爱看话剧：这次请他看北京人艺的《雷雨》', "He loves spoken drama: Thunderstorm at the People's Art Theatre this time"),
        principle: 'liking',
      },
      {
        id: 'sd_f03',
        brain: 'emotional',
        text: t('周总亲自作陪：供应商一把手把他当回事', "Mr Zhou hosts him himself: a vendor's chief executive who takes him seriously"),
        principle: 'authority',
      },
    ],
  },
  // Deputy Director Meng Fan decides phase 2 with the director.
  sd_p02: {
    target: { stage: 'familiar', by: '2027-03-01' },
    leaning: { kind: 'unknown', competitorId: null, strength: null, evidence: '' },
  },
  sd_p04: {
    target: { stage: 'trust', by: '2027-01-31' },
    leaning: { kind: 'us', competitorId: null, strength: 2, evidence: t('主动提醒我们局长12月要来北京', 'Told us unprompted that the director will be in Beijing in December') },
  },
  sd_p09: {
    target: { stage: 'familiar', by: '2027-03-01' },
    leaning: {
      kind: 'competitor',
      competitorId: 'sd_c01',
      strength: 2,
      evidence: t('和A公司团队走得近；CRM是A公司的，技术部很熟', "Close to Company A's team; their CRM is installed and Technology knows it well"),
    },
  },
};

export const shandongActions: NonNullable<DemoAccount['actions']> = [
  {
    id: 'sd_x01',
    text: t('请周总办公室把12月8日晚上空出来', "Ask Mr Zhou's office to keep the evening of 8 December free"),
    owner: ME,
    due: '2026-11-20',
    personIds: [DIRECTOR],
    createdOn: '2026-11-18',
  },
  {
    id: 'sd_x02',
    text: t('订两张12月9日北京人艺《雷雨》的票', "Book two tickets for Thunderstorm at the People's Art Theatre on 9 December"),
    owner: ME,
    due: '2026-11-25',
    personIds: [DIRECTOR],
    createdOn: '2026-11-18',
  },
  {
    id: 'sd_x03',
    text: t('准备晚饭时汇报用的割接进展一页纸', 'A one-page cut-over progress report for the dinner'),
    owner: 'sd_t04',
    due: '2026-12-05',
    personIds: [DIRECTOR],
    opportunityId: 'sd_o01',
    createdOn: '2026-11-18',
  },
  {
    id: 'sd_x04',
    text: t('8日他入住时把果篮和花送到老宾馆房间', 'Fruit and flowers to his room at the usual hotel when he checks in on 8 December'),
    owner: ME,
    due: '2026-12-08',
    personIds: [DIRECTOR],
    createdOn: '2026-11-18',
  },
  {
    id: 'sd_x05',
    text: t('饭桌上周总问二期实时计费由谁牵头定需求', 'Mr Zhou to ask at dinner who will lead the phase-2 real-time charging requirements'),
    owner: 'sd_t02',
    due: '2026-12-08',
    personIds: [DIRECTOR],
    opportunityId: 'sd_o02',
    createdOn: '2026-11-18',
  },
  {
    id: 'sd_x06',
    text: t('10日派车送他去北京南站', 'A car to Beijing South for his train home on 10 December'),
    owner: ME,
    due: '2026-12-10',
    personIds: [DIRECTOR],
    createdOn: '2026-11-18',
  },
  {
    id: 'sd_x07',
    text: t('向韩梅确认局长12月8日至10日在北京', 'Confirm with Han Mei that the director is in Beijing 8–10 December'),
    owner: ME,
    due: '2026-11-18',
    status: 'done',
    statusDate: '2026-11-18',
    note: t('G34次，住同一家宾馆', 'Train G34, the same hotel'),
    personIds: ['sd_p04', DIRECTOR],
    createdOn: '2026-11-14',
  },
  {
    id: 'sd_x08',
    text: t('请他参加我们12月9日在北京的年终客户答谢会', 'Invite him to our year-end customer gala in Beijing on 9 December'),
    owner: 'sd_t02',
    due: '2026-11-30',
    status: 'dropped',
    statusDate: '2026-11-19',
    note: t(
      '和看话剧同一晚；韩梅说他不喜欢人多的场合。一顿饭一场戏就够了',
      'Same evening as the play, and Han Mei says he avoids crowded events. One dinner and one play are enough',
    ),
    personIds: [DIRECTOR],
    createdOn: '2026-11-14',
  },
];

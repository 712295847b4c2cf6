// The bank's client moves (客户动向) and the debriefed meeting with Director Zhang (issue 18),
// around the story's day (22 November 2026).
import { t, type DemoAccount } from './text';

export const bankMoves: DemoAccount['clientMoves'] = [
  {
    id: 'bk_m01',
    date: '2026-10-20',
    kind: 'organisation',
    what: t(
      '采购管理办公室换了负责人：邓海接替了原来从泰坦采购的主任',
      'New head of the Procurement Office: Deng Hai replaced the head who bought from Titan',
    ),
    source: t('张国栋主任', 'Director Zhang Guodong'),
    meaning: t('新负责人不一定延续泰坦；尽快拜访邓海', 'The new head need not keep Titan; visit Deng Hai soon'),
    personIds: ['bk_p07'],
    opportunityId: 'bk_o01',
  },
  {
    id: 'bk_m02',
    date: '2026-11-10',
    kind: 'budget',
    what: t('行里把主机换代列入2027年科技预算', 'The bank put the mainframe replacement into its 2027 technology budget'),
    source: t('陆建明副行长的讲话（科技工作会）', 'VP Lu Jianming’s speech at the technology meeting'),
    meaning: t('立项确定；培训认证要写进采购需求', 'The project is on; training and certification must go into the requirements'),
    personIds: ['bk_p02', 'bk_p03'],
    opportunityId: 'bk_o01',
  },
];

export const bankMeetings: DemoAccount['meetings'] = [
  {
    id: 'bk_mt01',
    date: '2026-11-16',
    personId: 'bk_p03',
    personIds: ['bk_p05'],
    memberIds: ['bk_t01', 'bk_t03'],
    objective: t('和张主任敲定培训认证方案', 'Settle the training and certification plan with Director Zhang'),
    commitment: t('张主任把培训认证写进采购需求', 'Zhang writes training and certification into the requirements'),
    minimum: t('张主任同意让袁野先参加一期培训', 'Zhang lets Yuan Ye join a first training course'),
    questions: t(
      '认证对他的职业发展意味着什么？谁来批培训费用？',
      'What would the certificate mean for his career? Who approves the training budget?',
    ),
    bring: t('培训大纲、认证样本', 'The course outline, a sample certificate'),
    debrief: {
      date: '2026-11-17',
      outcome: 'obtained',
      changes: { stage: null, attitude: { from: 'neutral', to: 'supporter' }, leaning: null },
      notes: t(
        '张主任当场同意把培训认证写进需求，还问了认证考试的时间。',
        'Zhang agreed on the spot to put training and certification into the requirements, and asked when the exam is held.',
      ),
      learned: t('陆副行长要求明年上半年确定厂商。', 'VP Lu wants a vendor chosen in the first half of next year.'),
      why: t(
        '认证对他个人是一块金牌：他主动问了考试时间',
        'The certificate is a gold credential for him: he asked about the exam himself',
      ),
      activityId: null,
    },
  },
];

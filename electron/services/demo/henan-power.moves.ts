// Henan Power's client moves (客户动向) and the meeting planned with Vice GM Zhao (issue 18),
// dated around the story's day (22 November 2026).
import { t, type DemoAccount } from './text';

export const henanMoves: DemoAccount['clientMoves'] = [
  {
    id: 'hn_m01',
    date: '2026-10-09',
    kind: 'budget',
    what: t(
      '省公司办公会原则同意营销系统二期预算，待国网批复',
      'The provincial executive meeting agreed the phase-2 marketing-system budget in principle, pending State Grid approval',
    ),
    source: t('孙建华（电话）', 'Sun Jianhua (phone)'),
    meaning: t(
      '二期明年一季度招标；现在就要让赵总把我们的方案写进需求',
      'Phase 2 goes to tender in Q1; Vice GM Zhao must write our approach into the requirements now',
    ),
    personIds: ['hn_p02', 'hn_p03'],
    opportunityId: 'hn_o02',
  },
  {
    id: 'hn_m02',
    date: '2026-11-04',
    kind: 'competitor',
    what: t(
      '北辰系统在信息中心做了新平台的技术交流，罗总工出席',
      'Northstar Systems held a technical exchange on its new platform at the IT Center; Chief Engineer Luo attended',
    ),
    source: t('黄磊（信息中心）', 'Huang Lei (IT Center)'),
    meaning: t(
      '北辰在抢二期的技术标准；我们要尽快安排标杆参观',
      'Northstar is going for the phase-2 specs; we must arrange the reference-site visit soon',
    ),
    personIds: ['hn_p15', 'hn_p10'],
    opportunityId: 'hn_o02',
  },
  {
    id: 'hn_m03',
    date: '2026-11-17',
    kind: 'announcement',
    what: t(
      '国网通知：明年二季度检查各省营销系统上线情况',
      'State Grid notice: the provinces’ marketing systems are inspected in Q2 next year',
    ),
    source: t('国网官网', 'State Grid website'),
    meaning: t(
      '工期成了赵总的头号顾虑：我们的18个地市上线计划正好回答它',
      'The schedule is now Vice GM Zhao’s first concern: our 18-prefecture roll-out plan answers it',
    ),
    personIds: ['hn_p02'],
    opportunityId: null,
  },
  {
    id: 'hn_m04',
    date: '2026-11-20',
    kind: 'other',
    what: t(
      '罗总工参观了郑州标杆现场，对我们服务器的稳定性改口',
      'Chief Engineer Luo visited the Zhengzhou reference site and changed his tune on our servers’ reliability',
    ),
    source: t('郭振（陪同参观）', 'Guo Zhen (on the visit)'),
    meaning: t(
      '罗总工从反对转为怀疑：二期技术评审不再一票否决，下一步请他做方案技术顾问',
      'Luo moves from opponent to skeptic: no longer a veto at the phase-2 technical review; next, ask him to review the design as adviser',
    ),
    personIds: ['hn_p15'],
    opportunityId: 'hn_o02',
  },
];

export const henanMeetings: DemoAccount['meetings'] = [
  {
    id: 'hn_mt01',
    date: '2026-11-26',
    personId: 'hn_p02',
    personIds: ['hn_p03'],
    memberIds: ['hn_t01', 'hn_t02'],
    objective: t('让赵总认可我们的二期分批上线计划', 'Get Vice GM Zhao behind our phased roll-out plan for phase 2'),
    commitment: t('赵总把标杆现场参观列入领导小组议程', 'Zhao puts the reference-site visit on the steering group’s agenda'),
    minimum: t('赵总同意让信息中心评估我们的上线计划', 'Zhao asks the IT Center to assess our roll-out plan'),
    questions: t(
      '国网检查前哪些地市必须上线？二期预算里服务占多少？',
      'Which prefectures must be live before the inspection? How much of the phase-2 budget is for services?',
    ),
    bring: t(
      '18个地市上线计划、郑州标杆案例、服务承诺书',
      'The 18-prefecture roll-out plan, the Zhengzhou reference case, our service commitment letter',
    ),
  },
];

// Henan Power: the plan to win phase 2 (issue 17). Where the three decision makers must get to and
// by when, who leans to Northstar and on what evidence, what each person counts as "good", how to
// work Vice GM Zhao and Chief Engineer Luo, and the team's actions around the story's day
// (22 November 2026): two overdue, several this week, one done, one dropped.
import { t, type DemoAccount, type DemoPersonPlan } from './text';

const ME = '@me';
const PHASE_1 = 'hn_o01';
const PHASE_2 = 'hn_o02';
const NORTHSTAR = 'hn_c01';

export const henanPlans: Record<string, DemoPersonPlan> = {
  // General Manager Wang Zhiyuan: not yet met; signs anything above 5 million.
  hn_p01: {
    target: { stage: 'familiar', by: '2027-02-28' },
    leaning: {
      kind: 'competitor',
      competitorId: NORTHSTAR,
      strength: 1,
      evidence: t(
        '技术问题上听总工罗永强的；2021年批了北辰平台的试点（孙建华说的）',
        'Defers to Chief Engineer Luo on technical questions and signed off the Northstar pilot in 2021 (per Sun Jianhua)',
      ),
    },
    criteria: [
      {
        id: 'hn_k3',
        priority: 5,
        good: t('二期总价在他能在办公会上讲得清的范围内', 'A phase-2 total he can defend at the executive meeting'),
      },
      {
        id: 'hn_k6',
        priority: 4,
        good: t('国网检查前全省上线，不出通报', 'Live province-wide before the State Grid inspection, with no incident reported'),
      },
    ],
  },
  // Vice GM Zhao Dongming: chairs the steering group and submits the phase-2 budget.
  hn_p02: {
    target: { stage: 'trust', by: '2027-03-15' },
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 1,
      evidence: t(
        '开标后主动要了我们的服务承诺书；但他怕被说成偏向新供应商',
        'Asked for our service commitment letter after the opening; but he fears being seen to favour a new supplier',
      ),
    },
    criteria: [
      {
        id: 'hn_k6',
        priority: 5,
        good: t(
          '18个地市一季度全部上线，国网检查一次通过',
          'All 18 prefectures live in Q1 and the State Grid inspection passed first time',
        ),
      },
      {
        id: 'hn_k1',
        priority: 4,
        good: t(
          '哪个地市出故障，4小时内有人到，不用他打电话催',
          'Whichever prefecture has a failure, someone is there within four hours without him having to phone',
        ),
      },
      { id: 'hn_k3', priority: 3, good: t('不超过他报批的680万预算', 'Within the 6.8 million budget he submitted') },
    ],
    influencePlan: [
      {
        id: 'hn_f01',
        brain: 'rational',
        text: t(
          '带他参观兄弟省公司：同一套营销系统跑在我们的服务器上，已通过国网检查',
          'A visit to the sister grid company that runs the same marketing system on our servers and has passed the State Grid inspection',
        ),
        principle: null,
      },
      {
        id: 'hn_f02',
        brain: 'rational',
        text: t(
          '上线保障方案：全省4小时到场写进合同，附违约条款',
          'A go-live assurance plan: four-hour on-site response in every prefecture written into the contract, with penalties',
        ),
        principle: null,
      },
      {
        id: 'hn_f03',
        brain: 'rational',
        text: t(
          '一期交付数据：中标到验收30天，割接零差错',
          'Phase-1 figures: 30 days from award to acceptance, no billing errors at cut-over',
        ),
        principle: null,
      },
      {
        id: 'hn_f04',
        brain: 'emotional',
        text: t('郭振作为他的对口人：高层对高层', 'Guo Zhen as his counterpart: executive to executive'),
        principle: 'authority',
      },
      {
        id: 'hn_f05',
        brain: 'emotional',
        text: t(
          '郭振和他都是洛阳人：北京那顿饭聊老家、聊洛阳水席',
          'Guo Zhen and he are both from Luoyang: talk hometown and the Luoyang water banquet at the Beijing dinner',
        ),
        principle: 'liking',
      },
      {
        id: 'hn_f06',
        brain: 'emotional',
        text: t(
          '三家省公司的营销系统跑在我们的服务器上',
          'Three provincial grid companies run their marketing system on our servers',
        ),
        principle: 'socialProof',
      },
      {
        id: 'hn_f07',
        brain: 'emotional',
        text: t(
          '请他为一期上线剪彩：公开支持过的项目，他会希望二期延续',
          'Ask him to open the phase-1 go-live: a success he has stood behind in public is one he will want continued',
        ),
        principle: 'commitment',
      },
    ],
  },
  // Division Head Sun Jianhua: our champion, chairs the evaluation.
  hn_p03: {
    target: { stage: 'trust', by: '2027-02-28' },
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 3,
      evidence: t(
        '截止后仍同意给我们标书；评标时坚持把服务响应时间计分；中标后说“你们的标书做得认真”',
        'Released the papers after the deadline; insisted that response time be scored; said after the award that our bid was done with care',
      ),
    },
    criteria: [
      {
        id: 'hn_k1',
        priority: 5,
        good: t(
          '月底出账时哪个地市机房出问题，4小时内工程师到场，不能说“工程师在郑州”',
          'If a prefecture machine room fails at month end, an engineer is there within four hours; never "our engineer is in Zhengzhou"',
        ),
      },
      {
        id: 'hn_k6',
        priority: 4,
        good: t('国网检查前上线，一天都不能拖', 'Live before the State Grid inspection, not a day late'),
      },
      { id: 'hn_k3', priority: 3, good: t('经得起审计的最低合规价', 'The lowest compliant price, one that survives an audit') },
    ],
    influencePlan: [
      {
        id: 'hn_f08',
        brain: 'rational',
        text: t(
          '全省服务地图：每个地市公司4小时车程内有我们的工程师',
          'A service map of the province: one of our engineers within four hours of every prefecture company',
        ),
        principle: null,
      },
      {
        id: 'hn_f09',
        brain: 'emotional',
        text: t(
          '响应时间计分是他争取来的：二期继续计分，我们用一期的表现证明他是对的',
          'Scoring response time was his fight: keep it scored in phase 2 and let phase 1 prove him right',
        ),
        principle: 'commitment',
      },
    ],
  },
  // Zhou Kai: holds the papers and drafts the phase-2 spec.
  hn_p05: {
    target: { stage: 'trust', by: '2027-01-31' },
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 2,
      evidence: t('把二期规格草稿目录发给了林涛', 'Sent Lin Tao the outline of the phase-2 spec'),
    },
    criteria: [
      {
        id: 'hn_k2',
        priority: 4,
        good: t(
          '规格里不点名品牌：兼容性用测试报告证明，不靠商标',
          'A spec that names no brand: compatibility proven by a test report, not a logo',
        ),
      },
    ],
  },
  // Ma Jun: runs the data centre his team will maintain the servers in.
  hn_p10: {
    target: { stage: 'familiar', by: '2027-01-31' },
    leaning: {
      kind: 'competitor',
      competitorId: NORTHSTAR,
      strength: 2,
      evidence: t(
        '开标时要求新服务器与北辰设备统一管理；会后说“又多一个品牌要维护”',
        'Asked at the opening for the new servers to be managed with the Northstar kit; afterwards said "one more brand to maintain"',
      ),
    },
    criteria: [
      {
        id: 'hn_k4',
        priority: 5,
        good: t(
          '所有服务器都进他现有的监控台，团队不用学第二套工具',
          'Every server in his existing monitoring console; no second tool for his team to learn',
        ),
      },
      {
        id: 'hn_k1',
        priority: 3,
        good: t('备件在郑州库里，不是从北京快递', 'Spare parts in a Zhengzhou store, not couriered from Beijing'),
      },
    ],
    influencePlan: [
      {
        id: 'hn_f10',
        brain: 'rational',
        text: t('在他的监控台里现场演示我们的管理工具', 'Demonstrate our management tools live inside his monitoring console'),
        principle: null,
      },
      {
        id: 'hn_f11',
        brain: 'emotional',
        text: t(
          '林涛和他是西安交大校友：12月在西安的校友年会上见',
          "Lin Tao shares Xi'an Jiaotong with him: meet at the alumni meeting in Xi'an in December",
        ),
        principle: 'liking',
      },
    ],
  },
  // Wu Guoqing: his month-end billing run must never stop.
  hn_p08: {
    criteria: [
      {
        id: 'hn_k5',
        priority: 5,
        good: t('迁移期间月底出账照常，一笔不错', 'Month-end billing runs as usual through the migration, without one error'),
      },
    ],
  },
  // Huang Lei: waits for Northstar's spares today.
  hn_p12: {
    leaning: {
      kind: 'us',
      competitorId: null,
      strength: 1,
      evidence: t(
        '在机房当着我们工程师说北辰的备件要等两周',
        'Told our engineer in the machine room that Northstar spares take two weeks',
      ),
    },
    criteria: [{ id: 'hn_k1', priority: 4, good: t('坏件当天换上', 'A failed part replaced the same day') }],
  },
  // He Wei: the procedure and the price.
  hn_p13: {
    leaning: {
      kind: 'none',
      competitorId: null,
      strength: null,
      evidence: t('严格按程序，最低合规价中标', 'Strictly by the procedure: the lowest compliant price wins'),
    },
    criteria: [
      {
        id: 'hn_k3',
        priority: 5,
        good: t('最低合规价；验收后付90%，留10%质保金', 'The lowest compliant price; 90% after acceptance, 10% retention'),
      },
    ],
  },
  // Chief Engineer Luo Yongqiang: chairs the phase-2 technical review, firmly Northstar's. His plan
  // is written but nothing is scheduled yet: Coverage & risks says so, and one entry becomes an action.
  hn_p15: {
    target: { stage: 'familiar', by: '2027-03-01' },
    leaning: {
      kind: 'competitor',
      competitorId: NORTHSTAR,
      strength: 3,
      evidence: t(
        '评标时主张“服务器应与现有平台一致”；11月25日在北辰用户大会做主题演讲；北辰的代表逢年过节都去看他',
        'Argued at the evaluation that servers must match the existing platform; gives the keynote at the Northstar user conference on 25 November; the Northstar rep visits him at every holiday',
      ),
    },
    criteria: [
      {
        id: 'hn_k2',
        priority: 5,
        good: t(
          '和试点一样经过中原软件认证：他退休前不能有集成风险',
          'Certified by Zhongyuan Software like the pilot: no integration risk before he retires',
        ),
      },
      {
        id: 'hn_k4',
        priority: 5,
        good: t('机房一个平台，和现在的24台NS-8000一样管', 'One platform in the data centre, managed like the 24 NS-8000s'),
      },
    ],
    influencePlan: [
      {
        id: 'hn_f12',
        brain: 'rational',
        text: t(
          '第三方实验室出具的兼容性测试报告：我们的服务器运行中原软件营销系统V2',
          'An independent lab report on our servers running Zhongyuan Software’s marketing system V2',
        ),
        principle: null,
      },
      {
        id: 'hn_f13',
        brain: 'rational',
        text: t(
          '在他的机房放一个试点机柜，由马骏的团队测试30天',
          "A pilot rack in his data centre, tested by Ma Jun's team for 30 days",
        ),
        principle: null,
      },
      {
        id: 'hn_f14',
        brain: 'emotional',
        text: t(
          '请他做二期方案的技术顾问评审：标准上写他的名字',
          'Invite him to review the phase-2 design as technical adviser: his name on the standard',
        ),
        principle: 'authority',
      },
      {
        id: 'hn_f15',
        brain: 'emotional',
        text: t(
          '他说要“技术风险最低”：请他把这句话写进评分标准，再用测试数据证明我们风险最低',
          'He says "lowest technical risk": ask him to put it in the scoring, then show with test data that ours is lowest',
        ),
        principle: 'commitment',
      },
    ],
  },
};

/** Phase 2's criteria: weighted, with our score and Northstar's and Huaxin's, each with the reason. */
export const henanCriteria: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['criteria']> = [
  {
    id: 'hn_k1',
    text: t('全省18个地市4小时到场服务', 'Four-hour on-site response in all 18 prefectures'),
    weight: 5,
    ours: {
      score: 4,
      note: t(
        '郑州服务中心加6个合作服务站；豫西3个地市车程约5小时',
        'Zhengzhou service centre plus six partner stations; three western prefectures are about five hours away',
      ),
    },
    theirs: [
      {
        id: NORTHSTAR,
        score: 3,
        note: t(
          '只有郑州一个服务点，备件从北京发（黄磊的抱怨）',
          "One service point in Zhengzhou; spares come from Beijing (Huang Lei's complaint)",
        ),
      },
      { id: 'hn_c02', score: 2, note: t('郑州以外没有服务人员', 'No service staff outside Zhengzhou') },
    ],
  },
  {
    id: 'hn_k2',
    text: t(
      '与开发商（中原软件）营销系统的兼容性认证',
      "Certified compatibility with the developer's (Zhongyuan Software's) marketing system",
    ),
    weight: 5,
    ours: {
      score: 2,
      note: t(
        '尚无认证；开发商总经理这次婉拒合作',
        "Not certified yet; the developer's general manager declined to work with us this time",
      ),
    },
    theirs: [
      { id: NORTHSTAR, score: 5, note: t('系统就是在NS-8000上开发和试点的', 'The system was built and piloted on the NS-8000') },
      { id: 'hn_c02', score: 1, note: t('入门级服务器，未做过测试', 'Entry-level servers, never tested with it') },
    ],
  },
  {
    id: 'hn_k3',
    text: t('价格（五年总拥有成本）', 'Price (five-year total cost of ownership)'),
    weight: 4,
    ours: {
      score: 4,
      note: t(
        '一期以最低可承受价中标；维保三年含在内',
        'Won phase 1 at our lowest sustainable price, three years of maintenance included',
      ),
    },
    theirs: [
      {
        id: NORTHSTAR,
        score: 3,
        note: t('一期几乎没降价；这次会大幅让利', 'Barely cut their price in phase 1; will cut hard this time'),
      },
      { id: 'hn_c02', score: 5, note: t('能压价就压价', 'Undercuts whenever it can') },
    ],
  },
  {
    id: 'hn_k4',
    text: t('与现有北辰设备统一管理', 'One management platform with the existing Northstar kit'),
    weight: 4,
    ours: {
      score: 3,
      note: t(
        '管理工具可接入他的监控平台，但还没演示给马骏看',
        'Our tools plug into his monitoring, but Ma Jun has not seen it yet',
      ),
    },
    theirs: [
      { id: NORTHSTAR, score: 5, note: t('现在就是一个平台', 'It is one platform today') },
      { id: 'hn_c02', score: 2, note: t('另一套管理工具', 'Another management tool') },
    ],
  },
  {
    id: 'hn_k5',
    text: t('灾备：营销数据的恢复时间和恢复点', 'Disaster recovery: recovery time and point for the billing data'),
    weight: 3,
    ours: { score: 4, note: t('兄弟省公司的灾备就是我们做的', 'We built the sister grid company’s DR') },
    theirs: [
      { id: NORTHSTAR, score: 3, note: t('方案有，省内无案例', 'Has a design, no reference in the province') },
      { id: 'hn_c02', score: 2, note: t('没有灾备产品', 'No DR product') },
    ],
  },
  {
    id: 'hn_k6',
    text: t('国网检查前按期上线', 'Live before the State Grid inspection'),
    weight: 3,
    ours: { score: 5, note: t('一期从中标到验收30天', 'Phase 1: 30 days from award to acceptance') },
    theirs: [
      { id: NORTHSTAR, score: 4, note: t('交付稳，但备件慢', 'Reliable delivery, slow spares') },
      { id: 'hn_c02', score: 3, note: '' },
    ],
  },
];

/** What we will stand for in phase 2, each tied to the criteria it answers and the people it speaks to. */
export const henanThemes: NonNullable<NonNullable<DemoAccount['opportunities']>[number]['themes']> = [
  {
    id: 'hn_w1',
    text: t(
      '四小时到每个机房：全省18个地市4小时到场，写进合同',
      'Four hours to every machine room: on site within four hours in all 18 prefectures, in the contract',
    ),
    criterionIds: ['hn_k1', 'hn_k6'],
    personIds: ['hn_p03', 'hn_p02', 'hn_p12'],
  },
  {
    id: 'hn_w2',
    text: t(
      '经过验证，管在一处：与中原软件系统的兼容性有第三方报告，所有服务器进信息中心现有的监控台',
      "Proven and managed in one place: an independent report on Zhongyuan's system, and every server in the IT Center's existing console",
    ),
    criterionIds: ['hn_k2', 'hn_k4'],
    personIds: ['hn_p15', 'hn_p10'],
  },
];

export const henanActions: NonNullable<DemoAccount['actions']> = [
  {
    id: 'hn_x01',
    text: t('给孙处长和评标组写感谢信', 'Thank-you letter to Division Head Sun and the evaluation panel'),
    owner: ME,
    due: '2026-11-20',
    personIds: ['hn_p03'],
    opportunityId: PHASE_1,
    createdOn: '2026-11-19',
  },
  {
    id: 'hn_x02',
    text: t('把服务器参数对比资料发给周凯，供他写二期规格', 'Send Zhou Kai the server comparison data for his phase-2 spec'),
    owner: 'hn_t02',
    due: '2026-11-21',
    personIds: ['hn_p05'],
    opportunityId: PHASE_2,
    createdOn: '2026-11-21',
  },
  {
    id: 'hn_x03',
    text: t('为二期报一个郑州三年备件库的价', 'Quote a three-year spare-parts store in Zhengzhou for phase 2'),
    owner: 'hn_t04',
    due: '2026-11-27',
    personIds: ['hn_p10', 'hn_p12'],
    opportunityId: PHASE_2,
    createdOn: '2026-11-21',
  },
  {
    id: 'hn_x04',
    text: t('请赵总一起去兄弟省公司参观', 'Invite Vice GM Zhao on the visit to the sister grid company'),
    owner: ME,
    due: '2026-12-04',
    personIds: ['hn_p02'],
    opportunityId: PHASE_2,
    createdOn: '2026-11-21',
  },
  {
    id: 'hn_x05',
    text: t('在马骏的监控台里演示我们的管理工具', "Demonstrate our management tools in Ma Jun's monitoring console"),
    owner: 'hn_t02',
    due: '2026-12-09',
    personIds: ['hn_p10'],
    opportunityId: PHASE_2,
    createdOn: '2026-11-21',
  },
  {
    id: 'hn_x06',
    text: t('一期12台服务器和2套存储上架验收', 'Phase 1: rack and hand over the 12 servers and 2 arrays'),
    owner: 'hn_t04',
    due: '2026-12-18',
    personIds: ['hn_p11'],
    opportunityId: PHASE_1,
    createdOn: '2026-11-20',
  },
  {
    id: 'hn_x07',
    text: t(
      '委托第三方实验室做与中原软件营销系统V2的兼容性测试',
      "Commission an independent compatibility test with Zhongyuan Software's marketing system V2",
    ),
    owner: 'hn_t02',
    due: '2027-01-10',
    opportunityId: PHASE_2,
    findingKey: 'criterionBehind-hn_o02-hn_k2-hn_c01',
    createdOn: '2026-11-22',
  },
  {
    id: 'hn_x08',
    text: t('二期立项前郭振拜访王总', 'Guo Zhen to call on General Manager Wang before phase 2 is approved'),
    owner: 'hn_t03',
    due: '2027-01-15',
    personIds: ['hn_p01'],
    opportunityId: PHASE_2,
    createdOn: '2026-11-20',
  },
  {
    id: 'hn_x09',
    text: t('两晚一天写完三本标书', 'Write the three bid volumes in two nights and a day'),
    owner: 'hn_t02',
    due: '2026-11-19',
    status: 'done',
    statusDate: '2026-11-19',
    note: t('19日早上按时递交', 'Handed in on time on the morning of the 19th'),
    personIds: ['hn_p05'],
    opportunityId: PHASE_1,
    createdOn: '2026-11-17',
  },
  {
    id: 'hn_x10',
    text: t('请中原软件总经理和我们联合投二期', "Ask Zhongyuan Software's general manager to bid phase 2 with us"),
    owner: 'hn_t03',
    due: '2026-11-30',
    status: 'dropped',
    statusDate: '2026-11-21',
    note: t(
      '他婉拒了：这一期和北辰绑定，上线后可以再谈。改为用第三方测试证明兼容性',
      'He declined: tied to Northstar for this phase, open to talk after go-live. We prove compatibility by an independent test instead',
    ),
    opportunityId: PHASE_2,
    createdOn: '2026-11-20',
  },
];

/** Our product lines across the client's units: what is ours, Northstar's, Huaxin's, open, or pursued by phase 2. */
export const henanWhitespace: NonNullable<DemoAccount['whitespace']> = {
  currency: 'CNY',
  products: [
    { id: 'hn_g1', name: t('机架服务器', 'Rack servers') },
    { id: 'hn_g2', name: t('存储', 'Storage') },
    { id: 'hn_g3', name: t('灾备', 'Disaster recovery') },
    { id: 'hn_g4', name: t('台式电脑', 'Desktop PCs') },
    { id: 'hn_g5', name: t('运维服务与培训', 'Operations services and training') },
  ],
  units: [
    { id: 'hn_u1', name: t('用电处', 'Power-Use Division'), departmentId: 'hn_d02' },
    { id: 'hn_u2', name: t('信息中心', 'IT Center'), departmentId: 'hn_d05' },
    { id: 'hn_u3', name: t('郑州供电公司', 'Zhengzhou Power Supply Co.') },
    { id: 'hn_u4', name: t('洛阳供电公司', 'Luoyang Power Supply Co.') },
    { id: 'hn_u5', name: t('南阳供电公司', 'Nanyang Power Supply Co.') },
    { id: 'hn_u6', name: t('其他15个地市供电公司', 'The other 15 prefecture companies') },
  ],
  cells: [
    {
      id: 'hn_s01',
      productId: 'hn_g1',
      unitId: 'hn_u1',
      status: 'ours',
      value: 1900000,
      note: t('一期12台，12月中旬到货', 'Phase 1: 12 units, delivered mid-December'),
    },
    { id: 'hn_s02', productId: 'hn_g2', unitId: 'hn_u1', status: 'ours', value: 480000, note: t('一期2套', 'Phase 1: 2 arrays') },
    {
      id: 'hn_s03',
      productId: 'hn_g1',
      unitId: 'hn_u2',
      status: 'competitor',
      competitorId: NORTHSTAR,
      value: 3600000,
      note: t('24台NS-8000，试点和ERP在用；备件慢', '24 NS-8000s running the pilot and ERP; slow spares'),
    },
    {
      id: 'hn_s04',
      productId: 'hn_g4',
      unitId: 'hn_u1',
      status: 'competitor',
      competitorId: 'hn_c02',
      value: 4800000,
      note: t('1200台华信台式机，2023年起', '1,200 Huaxin desktops since 2023'),
    },
    { id: 'hn_s05', productId: 'hn_g1', unitId: 'hn_u3', status: 'pursuing', opportunityId: PHASE_2, value: 900000 },
    { id: 'hn_s06', productId: 'hn_g1', unitId: 'hn_u4', status: 'pursuing', opportunityId: PHASE_2, value: 600000 },
    { id: 'hn_s07', productId: 'hn_g1', unitId: 'hn_u5', status: 'pursuing', opportunityId: PHASE_2, value: 600000 },
    { id: 'hn_s08', productId: 'hn_g1', unitId: 'hn_u6', status: 'pursuing', opportunityId: PHASE_2, value: 2900000 },
    {
      id: 'hn_s09',
      productId: 'hn_g3',
      unitId: 'hn_u2',
      status: 'pursuing',
      opportunityId: PHASE_2,
      value: 1500000,
      note: t('二期灾备存储', 'Phase-2 DR storage'),
    },
    {
      id: 'hn_s10',
      productId: 'hn_g2',
      unitId: 'hn_u2',
      status: 'open',
      value: 1200000,
      note: t('ERP存储2028年到期', 'ERP storage due for renewal in 2028'),
    },
    {
      id: 'hn_s11',
      productId: 'hn_g5',
      unitId: 'hn_u2',
      status: 'open',
      value: 300000,
      note: t('马骏团队的运维培训（他的顾虑）', "Operations training for Ma Jun's team (his worry)"),
    },
    {
      id: 'hn_s12',
      productId: 'hn_g5',
      unitId: 'hn_u1',
      status: 'ours',
      value: 200000,
      note: t('一期上线保障', 'Phase-1 go-live support'),
    },
    {
      id: 'hn_s13',
      productId: 'hn_g3',
      unitId: 'hn_u3',
      status: 'na',
      note: t('灾备集中在省公司', 'DR is central, at the provincial company'),
    },
    { id: 'hn_s14', productId: 'hn_g4', unitId: 'hn_u3', status: 'open', value: 1500000 },
  ],
};

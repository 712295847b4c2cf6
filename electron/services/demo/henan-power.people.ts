// Henan Power: the Power-Use Division people of the server tender (seed 004, case 1).
import { nm, t, type DemoPerson } from './text';

export const henanDivisionPeople: DemoPerson[] = [
  {
    id: 'hn_p03',
    ...nm('孙建华', 'Sun Jianhua'),
    title: t('用电处 处长', 'Division Head, Power-Use Division'),
    departmentId: 'hn_d02',
    phone: '0371-5555-0120',
    email: 'sunjh@henan-power.example.cn',
    customerType: 'userManagement',
    roles: ['decisionMaker', 'initiator'],
    attitude: 'champion',
    influence: 5,
    keyPerson: true,
    relationship: {
      stage: 'familiar',
      ownerId: 'hn_t01',
      history: [
        {
          date: '2026-11-16',
          from: null,
          to: 'initial',
          why: t('电话打到会场，他压低声音让晚点再打', 'Phoned him in a meeting; he whispered to call back later'),
        },
        {
          date: '2026-11-16',
          from: 'initial',
          to: 'acquainted',
          why: t(
            '中午在洛阳的宾馆见面，道歉后他同意发标书',
            'Met him at noon at his hotel in Luoyang; after apologies he agreed to release the tender papers',
          ),
        },
        {
          date: '2026-11-19',
          from: 'acquainted',
          to: 'familiar',
          why: t(
            '开标中标，他握手说“你们的标书做得认真”',
            'We won at the bid opening; he shook hands and said our bid was done with care',
          ),
        },
      ],
      coverage: [
        { memberId: 'hn_t01', closeness: 3 },
        { memberId: 'hn_t03', closeness: 1 },
      ],
    },
    dossier: {
      family: t(
        '已婚，妻子是郑州一所中学的语文老师；儿子读高三，2027年高考，想报电气专业',
        'Married; his wife teaches Chinese at a Zhengzhou secondary school; his son sits the university entrance exam in 2027 and wants electrical engineering',
      ),
      hometown: t('河南南阳', 'Nanyang, Henan'),
      university: t(
        '华北电力大学 电力系统及其自动化（1993届）',
        'North China Electric Power University, power systems and automation (class of 1993)',
      ),
      sports: t(
        '乒乓球，每周三晚在局活动中心打；饭后在如意湖散步',
        "Table tennis on Wednesday evenings at the bureau's activity centre; walks by Ruyi Lake after dinner",
      ),
      food: t('羊肉烩面；喝信阳毛尖，不爱喝酒', 'Mutton stewed noodles; drinks Xinyang Maojian tea, not fond of alcohol'),
      pets: t('无；办公室养了一盆兰花', 'None; keeps an orchid in his office'),
      books: t(
        '《明朝那些事儿》；《电力系统自动化》期刊',
        'Popular Ming-dynasty history; the journal Automation of Electric Power Systems',
      ),
      lastVacation: t(
        '2026年国庆，开车带家人去洛阳白云山',
        'National Day 2026, drove the family to Baiyun Mountain near Luoyang',
      ),
      nextVacation: t(
        '2027年春节回南阳；高考后想带儿子去新疆',
        'Spring Festival 2027 in Nanyang; after the exam he wants to take his son to Xinjiang',
      ),
      orgRole: t(
        '主管全省电力营销、抄表核算和大客户服务；服务器招标的发起人和评标组长',
        'Runs power marketing, metering, billing and key-account service province-wide; initiated the server tender and chairs its evaluation',
      ),
      colleagues: t(
        '赵东明的老部下；和信息中心马骏在平台归属上有摩擦；很护着年轻工程师周凯',
        'A long-time subordinate of Vice GM Zhao; friction with IT Center Director Ma Jun over who owns the platform; protective of young engineer Zhou Kai',
      ),
      goals: t(
        '新营销系统2027年一季度全省上线；账务差错率降一半',
        'New marketing system live province-wide in Q1 2027; halve billing errors',
      ),
      ambitions: t(
        '用电处2027年可能升格为营销部，他想当第一任主任',
        'The division may become a full Marketing Department in 2027; he wants to be its first director',
      ),
      birthday: '1971-03-18',
      notes: t(
        '宾馆那次是把他从午休中叫醒的，起初很生气。以后一定先电话预约，通过周凯安排。',
        'We woke him from his noon nap at the hotel and he was angry at first. Always phone first from now on, via Zhou Kai.',
      ),
    },
    motives: {
      organizational: t(
        '在国网检查前让营销系统跑在可靠的服务器上；招标过程经得起审计，投标人越多越好',
        'Reliable servers under the marketing system before the State Grid inspection; a tender that survives audit, with more than one real bidder',
      ),
      personal: t(
        '营销系统按期上线是他竞聘营销部主任的资本；不想让信息中心把项目拿走',
        'An on-time go-live is his case for heading the new Marketing Department; he does not want the IT Center to take the project over',
      ),
      alignment: 'aligned',
      evidence: t(
        '截止后仍同意给我们标书，说“多一家竞争是好事”；评标时坚持把服务响应时间计分',
        'Released the papers after the deadline ("one more bidder is good"); insisted that service response time be scored',
      ),
      fears: t(
        '上线时宕机被国网通报；被人说给迟到的厂商开后门',
        'A crash at go-live reported by State Grid; being accused of opening a back door for a late vendor',
      ),
      ourOffer: t(
        '郑州4小时到场服务、上线期间备机、去兄弟省公司参观同配置系统',
        'Four-hour on-site service in Zhengzhou, a standby server during go-live, a visit to a sister grid company running the same setup',
      ),
    },
    itinerary: [
      {
        id: 'hn_i01',
        from: '2026-11-15',
        to: '2026-11-17',
        city: t('洛阳', 'Luoyang'),
        place: t('全省营销工作会议的会务宾馆', 'The conference hotel of the provincial marketing meeting'),
        transport: t('单位派车', 'Company car'),
        purpose: t('全省电力营销工作会议', 'Provincial power-marketing work meeting'),
        source: t('周凯', 'Zhou Kai'),
      },
      {
        id: 'hn_i02',
        from: '2026-12-07',
        to: '2026-12-09',
        city: t('北京', 'Beijing'),
        place: t('国网总部附近的会议酒店（与赵总同行）', 'Conference hotel near State Grid headquarters (with Vice GM Zhao)'),
        transport: t('高铁 G572', 'High-speed train G572'),
        purpose: t('国网营销系统评审', 'State Grid marketing-system review'),
        source: t('用电处综合办', 'Division office'),
      },
      {
        id: 'hn_i03',
        from: '2027-01-12',
        to: '2027-01-14',
        city: t('南阳', 'Nanyang'),
        place: t('南阳供电公司', 'Nanyang Power Supply Company'),
        transport: t('自驾', 'Drives'),
        purpose: t('地市营销系统试点检查', 'Inspection of the prefecture pilot'),
        source: t('周凯', 'Zhou Kai'),
      },
      {
        id: 'hn_i04',
        from: '2027-02-05',
        to: '2027-02-12',
        city: t('南阳', 'Nanyang'),
        place: t('老家', 'Family home'),
        transport: t('自驾', 'Drives'),
        purpose: t('春节回老家', 'Spring Festival at home'),
        source: t('本人', 'Himself'),
      },
    ],
    activities: [
      {
        id: 'hn_a01',
        date: '2026-11-16',
        kind: 'call',
        summary: t(
          '打手机到会场，他压低声音说正在开会，让晚点再打',
          'Called his mobile; he whispered he was in a meeting and to call later',
        ),
        nextStep: t('直接坐长途车去洛阳找他', 'Take the long-distance bus to Luoyang and see him in person'),
        nextStepDue: '2026-11-16',
        nextStepDone: true,
        memberIds: ['hn_t01'],
      },
      {
        id: 'hn_a02',
        date: '2026-11-16',
        kind: 'visit',
        summary: t(
          '中午到会务组问到房间，敲门无人应，门虚掩；他正午休，很生气。反复道歉、说明我们在电力行业的经验后，他同意发标书',
          'At noon the conference desk gave us his room; the door was ajar and he was napping, and was angry. After repeated apologies and an account of our power-sector experience he agreed to release the papers',
        ),
        nextStep: t(
          '当天赶回郑州，下班前办完领标书手续',
          'Back to Zhengzhou the same day; collect the papers before the office closes',
        ),
        nextStepDue: '2026-11-16',
        nextStepDone: true,
        memberIds: ['hn_t01'],
      },
      {
        id: 'hn_a03',
        date: '2026-11-19',
        kind: 'event',
        summary: t(
          '开标：服务器标讨论到晚上，宣布我们中标',
          'Bid opening: the server lot was debated into the evening, then awarded to us',
        ),
        nextStep: t(
          '和郭振一起登门致谢，送上上线保障方案',
          'Thank-you visit with Guo Zhen; hand over the go-live assurance plan',
        ),
        nextStepDue: '2026-11-26',
        nextStepDone: false,
        memberIds: ['hn_t01', 'hn_t02'],
      },
      {
        id: 'hn_a04',
        date: '2026-12-02',
        kind: 'technicalExchange',
        summary: t('计划：二期需求交流，邀请信息中心参加', 'Planned: phase-2 requirements exchange, with the IT Center invited'),
        nextStep: t('准备兄弟省公司参观行程', 'Prepare the reference visit to the sister grid company'),
        nextStepDue: '2026-12-15',
        nextStepDone: false,
        memberIds: ['hn_t01', 'hn_t02'],
      },
    ],
  },
  {
    id: 'hn_p05',
    ...nm('周凯', 'Zhou Kai'),
    title: t('用电处 工程师', 'Engineer, Power-Use Division'),
    departmentId: 'hn_d02',
    phone: '0371-5555-0125',
    email: 'zhoukai@henan-power.example.cn',
    customerType: 'technicalStaff',
    roles: ['gatekeeper', 'expert'],
    attitude: 'supporter',
    influence: 3,
    keyPerson: true,
    relationship: {
      stage: 'familiar',
      ownerId: 'hn_t01',
      history: [
        {
          date: '2026-11-16',
          from: null,
          to: 'initial',
          why: t(
            '第一次登门，他遗憾地说招标书已截止发放',
            'First call at the division; he regretfully said the papers had closed',
          ),
        },
        {
          date: '2026-11-18',
          from: 'initial',
          to: 'acquainted',
          why: t(
            '做标书期间多次电话澄清技术问题，发现是开封老乡',
            'Several calls to clarify specs while we wrote the bid; found we are both from Kaifeng',
          ),
        },
        {
          date: '2026-11-21',
          from: 'acquainted',
          to: 'familiar',
          why: t('中标后一起吃灌汤包，聊了二期', 'Soup dumplings together after the win; talked about phase 2'),
        },
      ],
      coverage: [
        { memberId: 'hn_t01', closeness: 3 },
        { memberId: 'hn_t02', closeness: 3 },
      ],
    },
    dossier: {
      family: t('未婚，女朋友在开封当老师', 'Single; his girlfriend is a teacher in Kaifeng'),
      hometown: t('河南开封', 'Kaifeng, Henan'),
      university: t(
        '华北水利水电大学 计算机科学（2021届）',
        'North China University of Water Resources and Electric Power, computer science (class of 2021)',
      ),
      sports: t('篮球，每周四晚和信息中心的同事打', 'Basketball on Thursday evenings with IT Center colleagues'),
      food: t('开封灌汤包、奶茶', 'Kaifeng soup dumplings, bubble tea'),
      pets: t('一只橘猫，叫“橘子”', 'A ginger cat called Juzi ("Orange")'),
      books: t('《三体》；服务器虚拟化教程', 'The Three-Body Problem; server virtualisation tutorials'),
      lastVacation: t('2026年五一去青岛', 'May Day 2026 in Qingdao'),
      nextVacation: t('2027年元旦和女朋友去哈尔滨看冰灯', 'New Year 2027 in Harbin for the ice festival with his girlfriend'),
      orgRole: t(
        '保管招标文件、起草技术规格，是厂商的第一联系人',
        'Keeps the tender documents, drafts the technical specs, first contact for vendors',
      ),
      colleagues: t(
        '孙处长信任他；和信息中心黄磊是球友',
        'Trusted by Division Head Sun; basketball friend of Huang Lei at the IT Center',
      ),
      goals: t(
        '2027年评上中级工程师；把二期技术规格写好',
        'Qualify as an intermediate engineer in 2027; write a solid phase-2 spec',
      ),
      ambitions: t('五年内当上科长', 'Section chief within five years'),
      birthday: '1998-07-02',
      notes: t(
        '是他告诉我们“必须得到处长同意”，并给了处长手机号——很诚实，也愿意帮忙',
        "He told us we needed the division head's consent and gave us his mobile number: honest and willing to help",
      ),
    },
    motives: {
      organizational: t(
        '招标文件完整合规；厂商文档清楚、响应快',
        'A complete, compliant tender file; vendors with clear documents who answer quickly',
      ),
      personal: t(
        '学到服务器和虚拟化技能，拿到厂商认证，为评职称加分',
        'Learn servers and virtualisation and earn a vendor certificate to help his promotion',
      ),
      alignment: 'aligned',
      evidence: t(
        '主动问我们有没有培训名额；把二期规格草稿的目录发给了林涛',
        'Asked whether we have training seats; sent Lin Tao the outline of the phase-2 spec',
      ),
      fears: t(
        '截止后发标书被审计挑毛病，责任落在他身上',
        'An audit questioning the papers released after the deadline, with the blame on him',
      ),
      ourOffer: t(
        '服务器管理认证课程免费名额；规格编写时提供参数对比资料',
        'A free seat on our server administration certification course; comparison data while he writes the spec',
      ),
    },
    itinerary: [
      {
        id: 'hn_i07',
        from: '2026-12-31',
        to: '2027-01-03',
        city: t('哈尔滨', 'Harbin'),
        place: t('冰雪大世界附近的酒店', 'Hotel near the Ice and Snow World'),
        transport: t('航班 郑州—哈尔滨', 'Flight Zhengzhou to Harbin'),
        purpose: t('元旦休假', 'New Year holiday'),
        source: t('本人', 'Himself'),
      },
    ],
    activities: [
      {
        id: 'hn_a05',
        date: '2026-11-16',
        kind: 'visit',
        summary: t(
          '第一次到用电处。他说服务器已公开招标，标书几天前截止，三天后开标；我们不在名单里',
          'First visit to the division. He said the servers were in a public tender, papers had closed days ago and the opening was in three days; we were not on the list',
        ),
        nextStep: t('请他帮忙拿标书；他说要处长同意', 'Ask him for the papers; he said the division head must agree'),
        nextStepDue: '2026-11-16',
        nextStepDone: true,
        memberIds: ['hn_t01'],
      },
      {
        id: 'hn_a06',
        date: '2026-11-21',
        kind: 'meal',
        summary: t(
          '请他吃灌汤包，聊二期规格和他的职称计划',
          'Soup dumplings together; talked about the phase-2 spec and his promotion plans',
        ),
        nextStep: t('给他报名12月的服务器管理认证课程', 'Enrol him on the December server administration course'),
        nextStepDue: '2026-12-01',
        nextStepDone: false,
        nextStepOwner: 'hn_t04',
        memberIds: ['hn_t01', 'hn_t02'],
      },
    ],
  },
];

// Henan Power: the leaders and technical gatekeepers around the server tender.
import { nm, t, type DemoPerson } from './text';

export const henanLeaders: DemoPerson[] = [
  {
    id: 'hn_p02',
    ...nm('赵东明', 'Zhao Dongming'),
    title: t('副总经理（分管营销）', 'Vice General Manager, Marketing'),
    departmentId: 'hn_d01',
    phone: '0371-5555-0102',
    email: 'zhaodm@henan-power.example.cn',
    customerType: 'executive',
    roles: ['decisionMaker', 'influencer'],
    attitude: 'supporter',
    influence: 5,
    keyPerson: true,
    relationship: {
      stage: 'acquainted',
      ownerId: 'hn_t03',
      history: [
        {
          date: '2026-11-19',
          from: null,
          to: 'initial',
          why: t('开标会后在会议室门口简短寒暄', 'Brief handshake outside the room after the bid opening'),
        },
        {
          date: '2026-11-20',
          from: 'initial',
          to: 'acquainted',
          why: t('郭振电话致谢，约定12月在北京见面', 'Guo Zhen called to thank him; agreed to meet in Beijing in December'),
        },
      ],
      coverage: [
        { memberId: 'hn_t03', closeness: 2 },
        { memberId: 'hn_t01', closeness: 1 },
      ],
    },
    dossier: {
      family: t(
        '已婚，妻子在省人民医院工作；女儿在上海读研究生',
        "Married; his wife works at the provincial people's hospital; daughter doing a master's in Shanghai",
      ),
      hometown: t('河南洛阳', 'Luoyang, Henan'),
      university: t('郑州大学 电气工程（1988届）', 'Zhengzhou University, electrical engineering (class of 1988)'),
      sports: t('周末爬嵩山；偶尔打高尔夫', 'Hikes Mount Song at weekends; occasional golf'),
      food: t('洛阳水席，爱喝汤；少喝酒', 'Luoyang water banquet, loves soups; drinks little'),
      pets: t('无', 'None'),
      books: t('《大国大城》、历史类书籍', 'Urban economics and history books'),
      lastVacation: t('2026年8月，和妻子去新疆伊犁', 'August 2026, Yili in Xinjiang with his wife'),
      nextVacation: t('2027年春节在洛阳陪父母', 'Spring Festival 2027 in Luoyang with his parents'),
      orgRole: t(
        '分管营销、用电和客户服务；营销系统项目的领导小组组长，二期预算由他报批',
        'Oversees marketing, power use and customer service; chairs the marketing-system steering group and submits the phase-2 budget',
      ),
      colleagues: t(
        '孙建华在他手下干了八年，很信任；和总工程师罗永强在平台选型上意见不一',
        'Sun Jianhua has worked under him for eight years and has his trust; disagrees with Chief Engineer Luo on platform choices',
      ),
      goals: t(
        '2027年一季度前完成营销系统全省推广，通过国网检查',
        'Roll the marketing system out province-wide and pass the State Grid inspection by Q1 2027',
      ),
      ambitions: t(
        '有望接任总经理，想要一个看得见的数字化成绩',
        'A candidate for general manager; wants a visible digitalisation success',
      ),
      birthday: '1966-09-03',
      notes: t(
        '开标当天他留到很晚，说“新来的也能赢，说明招标是公平的”',
        'He stayed late on the day of the bid opening and said: "A newcomer can win, so the tender was fair."',
      ),
    },
    motives: {
      organizational: t(
        '营销系统按期上线，账务差错减少，国网检查过关',
        'The marketing system goes live on time, billing errors fall, the State Grid inspection is passed',
      ),
      personal: t(
        '为竞聘总经理积累业绩；在领导班子里显示他分管的部门能管好信息化',
        'A record for his bid to become general manager; showing the leadership his divisions can run IT well',
      ),
      alignment: 'aligned',
      evidence: t(
        '开标后主动要了我们的服务承诺书；在周会上表扬用电处的招标组织',
        "Asked for our service commitment letter after the opening; praised the division's tender at the weekly meeting",
      ),
      fears: t(
        '上线出事故被国网通报；被说成偏向新供应商',
        'An outage at go-live reported by State Grid; being seen as favouring a new supplier',
      ),
      ourOffer: t(
        '高层对接（郭振）、上线保障方案、国网同类省公司参观',
        'Executive contact (Guo Zhen), a go-live assurance plan, a reference visit to another provincial grid company',
      ),
    },
    itinerary: [
      {
        id: 'hn_i05',
        from: '2026-12-07',
        to: '2026-12-09',
        city: t('北京', 'Beijing'),
        place: t('国家电网总部附近的会议酒店', 'Conference hotel near State Grid headquarters'),
        transport: t('高铁 郑州东—北京西', 'High-speed train, Zhengzhou East to Beijing West'),
        purpose: t('国网营销工作会', 'State Grid marketing work conference'),
        source: t('孙建华', 'Sun Jianhua'),
      },
      {
        id: 'hn_i06',
        from: '2027-02-05',
        to: '2027-02-11',
        city: t('洛阳', 'Luoyang'),
        place: t('父母家', "His parents' home"),
        transport: t('自驾', 'Drives'),
        purpose: t('春节探亲', 'Spring Festival with family'),
        source: t('本人闲聊时提到', 'Mentioned himself in conversation'),
      },
    ],
    activities: [
      {
        id: 'hn_a07',
        date: '2026-11-20',
        kind: 'call',
        summary: t(
          '郭振致电感谢，介绍公司在电力行业的案例',
          'Guo Zhen called to thank him and outlined our power-sector references',
        ),
        nextStep: t('12月8日在北京请他吃饭（国网会议期间）', 'Dinner in Beijing on 8 December during the State Grid conference'),
        nextStepDue: '2026-12-08',
        nextStepDone: false,
        nextStepOwner: 'hn_t03',
        memberIds: ['hn_t03'],
      },
    ],
  },
  {
    id: 'hn_p10',
    ...nm('马骏', 'Ma Jun'),
    title: t('信息中心 主任', 'Director, IT Center'),
    departmentId: 'hn_d05',
    phone: '0371-5555-0150',
    email: 'majun@henan-power.example.cn',
    customerType: 'technicalManagement',
    roles: ['expert', 'influencer'],
    attitude: 'skeptic',
    influence: 4,
    keyPerson: true,
    relationship: {
      stage: 'initial',
      ownerId: 'hn_t02',
      history: [
        {
          date: '2026-11-19',
          from: null,
          to: 'initial',
          why: t('开标会上第一次见，他质疑我们的兼容性', 'First met at the bid opening, where he questioned our compatibility'),
        },
      ],
      coverage: [{ memberId: 'hn_t02', closeness: 1 }],
    },
    dossier: {
      family: t('已婚，一个儿子读初中', 'Married, one son in junior high'),
      hometown: t('陕西宝鸡', 'Baoji, Shaanxi'),
      university: t('西安交通大学 计算机（1996届）', "Xi'an Jiaotong University, computer science (class of 1996)"),
      sports: t('长跑，参加过郑州马拉松', 'Distance running; has run the Zhengzhou marathon'),
      food: t('陕西面食，biangbiang面', 'Shaanxi noodles, especially biangbiang noodles'),
      pets: t('无', 'None'),
      books: t('《凤凰项目》、运维类技术书', 'The Phoenix Project and IT operations books'),
      lastVacation: t('2026年7月回宝鸡', 'July 2026 in Baoji'),
      nextVacation: t('未知', 'Unknown'),
      orgRole: t(
        '负责全公司机房、网络和系统运维；服务器上线后由他的团队维护',
        'Runs the data centre, network and operations for the whole company; his team maintains the servers after go-live',
      ),
      colleagues: t(
        '是总工罗永强的嫡系；和孙建华争营销系统平台的归属',
        'Close to Chief Engineer Luo; competes with Sun Jianhua over who owns the marketing platform',
      ),
      goals: t('机房统一平台，减少厂商数量', 'One standard data-centre platform, fewer vendors'),
      ambitions: t('想升任副总工程师', 'Wants to become deputy chief engineer'),
      birthday: '1974-11-30',
      notes: t(
        '和我们的林涛是西安交大校友，可以从技术交流切入',
        "Shares Xi'an Jiaotong University with our Lin Tao: a way in through technical exchanges",
      ),
    },
    motives: {
      organizational: t(
        '机房只有一个标准平台，运维人手不增加',
        'One standard platform in the data centre without extra operations staff',
      ),
      personal: t(
        '保住信息中心对所有IT采购的把关权，为升副总工积累资本',
        "Keep the IT Center's say over every IT purchase, a step towards deputy chief engineer",
      ),
      alignment: 'partly',
      evidence: t(
        '开标时要求新服务器与现有北辰设备统一管理；会后说“又多一个品牌要维护”',
        'At the opening he asked that the new servers be managed with the existing Northstar kit; afterwards said "one more brand to maintain"',
      ),
      fears: t(
        '机房多出一个平台，出了故障他的团队背锅',
        'A second platform in his data centre, with his team blamed for any failure',
      ),
      ourOffer: t(
        '与现有监控平台对接的管理工具、给他团队的现场培训、三年备件库',
        'Management tools that plug into his existing monitoring, on-site training for his team, a three-year spare-parts pool',
      ),
    },
    itinerary: [
      {
        id: 'hn_i08',
        from: '2026-12-14',
        to: '2026-12-16',
        city: t('西安', "Xi'an"),
        place: t('西安交大校友会年会', "Xi'an Jiaotong University alumni meeting"),
        transport: t('高铁', 'High-speed train'),
        purpose: t('校友活动，顺便回宝鸡', 'Alumni event, then a visit to Baoji'),
        source: t('黄磊', 'Huang Lei'),
      },
    ],
    activities: [
      {
        id: 'hn_a08',
        date: '2026-11-19',
        kind: 'event',
        summary: t(
          '开标会上他问了很多兼容性问题，林涛逐条回答',
          'At the opening he asked many compatibility questions; Lin Tao answered each one',
        ),
        nextStep: t('林涛约他做一次运维对接的技术交流', 'Lin Tao to set up a technical session on operations integration'),
        nextStepDue: '2026-12-02',
        nextStepDone: false,
        nextStepOwner: 'hn_t02',
        memberIds: ['hn_t02'],
      },
    ],
  },
  {
    id: 'hn_p15',
    ...nm('罗永强', 'Luo Yongqiang'),
    title: t('总工程师', 'Chief Engineer'),
    departmentId: 'hn_d01',
    phone: '0371-5555-0103',
    email: 'luoyq@henan-power.example.cn',
    customerType: 'executive',
    roles: ['influencer'],
    // An opponent until the Zhengzhou reference-site visit of 20 November (the reviews before it say so).
    attitude: 'skeptic',
    influence: 4,
    keyPerson: true,
    relationship: {
      stage: 'initial',
      ownerId: 'hn_t03',
      history: [
        { date: '2026-11-19', from: null, to: 'initial', why: t('开标会上交换名片', 'Exchanged cards at the bid opening') },
      ],
      coverage: [{ memberId: 'hn_t03', closeness: 1 }],
    },
    dossier: {
      family: t('已婚，妻子退休；孙子刚上幼儿园', 'Married, wife retired; a grandson just started kindergarten'),
      hometown: t('湖南衡阳', 'Hengyang, Hunan'),
      university: t('武汉大学 高电压技术（1985届）', 'Wuhan University, high-voltage engineering (class of 1985)'),
      sports: t('太极拳、钓鱼', 'Tai chi and fishing'),
      food: t('湘菜，爱吃辣', 'Hunan food, likes it spicy'),
      pets: t('养了一只八哥', 'A pet myna bird'),
      books: t('《毛泽东选集》、书法字帖', 'Classic political writings; calligraphy copybooks'),
      lastVacation: t('2026年5月回衡阳', 'May 2026 in Hengyang'),
      nextVacation: t('2027年4月退休前想去一趟欧洲', 'Wants a trip to Europe before he retires in April 2027'),
      orgRole: t(
        '主管技术标准和信息化；技术评审委员会主任',
        'Owns technical standards and IT; chairs the technical review committee',
      ),
      colleagues: t('一手提拔了马骏；和北辰系统合作十几年', 'Promoted Ma Jun; has worked with Northstar for over a decade'),
      goals: t('退休前不出技术事故', 'No technical incidents before he retires'),
      ambitions: t('平稳退休，在行业协会做顾问', "A quiet retirement and an adviser's seat at the industry association"),
      birthday: '1962-04-20',
      notes: t('二期的技术评审由他主持，不要绕过他', 'He chairs the phase-2 technical review; do not go around him'),
    },
    motives: {
      organizational: t('设备标准统一，技术风险最低', 'Uniform equipment standards, lowest technical risk'),
      personal: t(
        '不愿在退休前改变多年的供应商关系，怕出错影响晚节',
        'Does not want to change long-standing suppliers before retiring; fears a late mistake on his record',
      ),
      alignment: 'partly',
      evidence: t(
        '评标时主张“服务器应与现有平台一致”；北辰的代表逢年过节都去看他',
        'Argued at the evaluation that servers should match the existing platform; the Northstar rep visits him at every holiday',
      ),
      fears: t('新平台出故障，被追究技术把关责任', 'Being held responsible if the new platform fails'),
      ourOffer: t(
        '请他做二期方案的技术顾问评审；提供第三方测试报告',
        'Invite him to review the phase-2 design as technical adviser; provide independent test reports',
      ),
    },
    itinerary: [
      {
        // Three days after the story's day: the home screen's "Next 7 days" has a key person's trip.
        id: 'hn_i09',
        from: '2026-11-25',
        to: '2026-11-26',
        city: t('上海', 'Shanghai'),
        place: t('北辰用户大会，国际会议中心', 'Northstar user conference, International Convention Center'),
        transport: t('飞机 MU5108', 'Flight MU5108'),
        purpose: t('北辰请他做主题演讲', 'Northstar invited him to give the keynote'),
        source: t('马骏的助理', "Ma Jun's assistant"),
      },
    ],
    activities: [
      {
        id: 'hn_a11',
        date: '2026-11-20',
        kind: 'siteVisit',
        summary: t(
          '陪罗总工参观郑州供电公司标杆机房：看了半年无故障的运行记录和与北辰监控台的对接。他说“比我想的稳”，但仍坚持二期要统一平台',
          'Took Chief Engineer Luo round the Zhengzhou reference site: six months without a fault, and our servers in the Northstar console. He said "steadier than I thought", but still wants one platform for phase 2',
        ),
        memberIds: ['hn_t03', 'hn_t02'],
      },
    ],
  },
];

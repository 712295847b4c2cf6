// A big, realistic workspace for the search benchmark: half the accounts Chinese (Chinese names,
// titles and dossiers), half English, every person with a filled dossier, motives, activities and
// trips. Deterministic: the same arguments give the same accounts.
import { Account, type AccountInput } from '../../shared/model/account';
import type { PersonInput } from '../../shared/model/person';
import { generateOrgAccount, mulberry32 } from '../support/org-generator';

type Pool = readonly string[];
interface Language {
  accountNames: Pool;
  hometowns: Pool;
  universities: Pool;
  sports: Pool;
  food: Pool;
  pets: Pool;
  books: Pool;
  vacations: Pool;
  family: Pool;
  goals: Pool;
  ambitions: Pool;
  organizational: Pool;
  personal: Pool;
  fears: Pool;
  offers: Pool;
  activities: Pool;
  nextSteps: Pool;
  cities: Pool;
  /** Sentences with {name} (a colleague) and {town}. */
  notes: Pool;
}

const ZH: Language = {
  accountNames: [
    '省电力公司 营销系统',
    '电信局 计费系统',
    '商业银行 主机采购',
    '日报社 采编系统',
    '烟草公司 物流平台',
    '港务集团 码头调度',
    '人民医院 信息平台',
    '地铁集团 票务系统',
    '农商银行 核心系统',
    '燃气集团 抄表系统',
  ],
  hometowns: [
    '湖北荆州',
    '山东济南',
    '河南郑州',
    '四川成都',
    '江苏苏州',
    '浙江温州',
    '湖南长沙',
    '陕西西安',
    '广东潮州',
    '安徽合肥',
    '福建泉州',
    '辽宁大连',
  ],
  universities: [
    '华中科技大学 计算机',
    '山东大学 通信工程',
    '郑州大学 电气工程',
    '西安交通大学 自动化',
    '武汉大学 经济学',
    '浙江大学 软件工程',
    '北京邮电大学 通信',
    '复旦大学 新闻学',
  ],
  sports: [
    '羽毛球，每周三晚上',
    '游泳，每年横渡长江',
    '乒乓球，单位冠军',
    '爬山，周末常去',
    '钓鱼',
    '太极拳',
    '跑步，参加过半程马拉松',
    '篮球',
  ],
  food: [
    '热干面、武昌鱼；不喝白酒',
    '川菜，能吃辣',
    '烩面和胡辣汤',
    '清淡，吃素较多',
    '海鲜；爱喝绿茶',
    '羊肉泡馍',
    '粤菜和早茶',
  ],
  pets: ['办公室有一缸金鱼', '家里养了一只柯基', '一只橘猫', '没有宠物', '养鹦鹉'],
  books: ['《人月神话》', '《毛泽东选集》', '历史小说', '管理类书籍', '武侠小说，金庸全集', '《三体》'],
  vacations: ['国庆带女儿去西安', '春节回老家', '暑假想带家人去新加坡', '五一去了黄山', '年底去海南', '去云南大理'],
  family: [
    '已婚，妻子是中学老师；儿子读高三',
    '已婚，丈夫在银行工作；女儿上小学',
    '单身，父母在老家',
    '已婚，两个孩子',
    '已婚，爱人是医生',
  ],
  goals: ['明年完成系统上线，团队能独立运维', '把成本降下来，通过审计', '按期完成招标，不出问题', '提高客户满意度，减少投诉'],
  ambitions: ['三到五年内升到副总', '想调到总部工作', '平稳退休', '到更大的单位做首席信息官', '竞聘部门主任'],
  organizational: ['系统稳定，少出故障', '降低采购成本', '按期上线，领导满意', '符合上级单位的技术标准', '减少对厂商的依赖'],
  personal: ['拿到认证证书，以后跳槽更容易', '在领导面前有表现的机会', '不想承担风险', '为竞聘积累业绩', '希望工作轻松一些'],
  fears: ['系统上线出问题要担责', '被认为和厂商走得太近', '预算被砍', '在领导面前暴露自己不懂'],
  offers: ['培训认证打包进采购', '高层对接和标杆客户参观', '上线保障方案和驻场工程师', '分期付款，减轻预算压力'],
  activities: [
    '第一次拜访，介绍公司和方案',
    '技术交流会，他问了很多兼容性问题',
    '请他吃饭，聊了家乡和孩子的事',
    '参观样板客户，他很感兴趣',
    '送去测试样机',
  ],
  nextSteps: ['下周发技术方案', '约领导见面', '安排参观', '准备报价', '回复兼容性问题'],
  cities: ['北京', '上海', '武汉', '郑州', '济南', '成都', '深圳', '杭州'],
  notes: [
    '和{name}是老乡，都是{town}人，关系不错',
    '{name}的老领导，说话很有分量；开会时总是最后一个发言',
    '对老厂商有感情，但也抱怨售后响应慢；{name}说他最近在看新的方案',
    '喜欢听数据，不喜欢听空话；上次交流后主动要了测试报告',
    '周末常和{name}一起打球，私下关系很好',
  ],
};

const EN: Language = {
  accountNames: [
    'Power Grid — metering upgrade',
    'Telecom — billing platform',
    'Commercial Bank — core banking',
    'Daily News — newsroom systems',
    'Port Authority — terminal scheduling',
    'City Hospital — records platform',
    'Metro — ticketing',
    'Gas Utility — smart meters',
  ],
  hometowns: [
    'Jingzhou, Hubei',
    'Manchester',
    'Lyon',
    'Hamburg',
    'Porto',
    'Denver, Colorado',
    'Osaka',
    'Gothenburg',
    'Bologna',
    'Cork',
    'Adelaide',
    'Kraków',
  ],
  universities: [
    'Imperial College, electrical engineering',
    'TU Munich, computer science',
    'University of Leeds, economics',
    'ETH Zurich, physics',
    'University of Michigan, MBA',
    'KTH Stockholm, software engineering',
  ],
  sports: [
    'Badminton every Wednesday',
    'Swimming; crossed the lake last summer',
    'Cycling, long weekend rides',
    'Tennis at the club',
    'Marathon runner',
    'Golf with suppliers',
    'Sailing',
  ],
  food: [
    'Italian; no spicy food',
    'Vegetarian',
    'Loves sushi and green tea',
    'Steak and red wine',
    'Spicy Sichuan food',
    'Seafood',
  ],
  pets: ['A goldfish tank in his office', 'Two cats', 'A border collie', 'No pets', 'A parrot'],
  books: ['The Mythical Man-Month', 'History of the Roman Empire', 'Crime novels', 'Leadership books', 'Science fiction'],
  vacations: [
    'Skiing in the Alps at Christmas',
    'A week in Lisbon',
    'Camping with the kids',
    'Visiting family in Ireland',
    'Singapore with the family in the summer',
  ],
  family: [
    'Married; his wife is a teacher; a son in high school',
    'Married, two daughters',
    'Single; parents live nearby',
    'Married; her husband is a doctor',
  ],
  goals: [
    'Bring the new system live next year with a team that runs it alone',
    'Cut operating cost and pass the audit',
    'Finish the tender on time without complaints',
    'Raise customer satisfaction',
  ],
  ambitions: [
    'A vice-president post within five years',
    'Move to headquarters',
    'Retire comfortably',
    'A CIO post at a larger company',
  ],
  organizational: [
    'A stable system with fewer outages',
    'Lower purchase cost',
    'Go live on schedule',
    'Meet the group technical standard',
    'Less reliance on vendor engineers',
  ],
  personal: [
    'A certificate that makes a move easier later',
    'Visibility with the board',
    'Avoid any personal risk',
    'Results for the next promotion round',
    'A quieter working week',
  ],
  fears: [
    'Being blamed for an outage at go-live',
    'Looking too close to a vendor',
    'The budget being cut',
    'Being exposed as not knowing the platform',
  ],
  offers: [
    'Training and certification bundled in the purchase',
    'Executive sponsorship and a reference visit',
    'A go-live assurance plan with on-site engineers',
    'Staged payments to ease the budget',
  ],
  activities: [
    'First visit: introduced the company and the proposal',
    'Technical workshop, many compatibility questions',
    'Dinner; talked about his hometown and children',
    'Reference site visit, he was impressed',
    'Delivered a test machine',
  ],
  nextSteps: [
    'Send the technical proposal next week',
    'Set up a meeting with the boss',
    'Arrange a site visit',
    'Prepare the quote',
    'Answer the compatibility questions',
  ],
  cities: ['London', 'Paris', 'Berlin', 'Madrid', 'Amsterdam', 'Vienna', 'Munich', 'Milan'],
  notes: [
    'Same hometown as {name}: both from {town}, they get on well',
    "{name}'s former boss and still listened to; always speaks last in meetings",
    'Attached to the incumbent vendor but complains about slow support; {name} says he is looking at new options',
    'Likes numbers, not slogans; asked for the test report after the last workshop',
    'Plays tennis with {name} most weekends; a close private friendship',
  ],
};

const ZH_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '吕',
  '曾',
  '单',
];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '强',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '志强',
  '海燕',
  '文博',
  '晓东',
  '丽娟',
  '国栋',
  '欣怡',
  '晓峰',
  '建明',
];
const ZH_DIVISIONS: Record<string, string> = {
  'Executive Office': '总经理办公室',
  Finance: '财务',
  Procurement: '采购',
  'Information Technology': '信息科技',
  Operations: '运营',
  Engineering: '工程',
  Sales: '营销',
  Marketing: '市场',
  Legal: '法务',
  'Human Resources': '人力资源',
  Research: '研发',
  Quality: '质量',
  Logistics: '物流',
  'Customer Service': '客户服务',
  Strategy: '战略',
  Risk: '风险',
  Facilities: '后勤',
};
const ZH_STAFF: Record<string, string> = {
  'Senior Engineer': '高级工程师',
  Engineer: '工程师',
  Analyst: '分析师',
  Specialist: '专员',
  Coordinator: '协调员',
  'Team Lead': '组长',
  Consultant: '顾问',
  Assistant: '助理',
};

/** A Chinese title for one of the generator's English titles, sometimes with the nickname staff use ("张主任"). */
function chineseTitle(title: string, surname: string, nickname: boolean): string {
  const division = (d: string) => ZH_DIVISIONS[d.trim()] ?? d;
  let m: RegExpExecArray | null;
  if (title === 'General Manager') return nickname ? `总经理（${surname}总）` : '总经理';
  if ((m = /^Vice President, (.+)$/.exec(title))) return `副总经理（分管${division(m[1]!)}）`;
  if ((m = /^Director, (.+)$/.exec(title))) return `${division(m[1]!)}部 主任${nickname ? `（${surname}主任）` : ''}`;
  if ((m = /^(.+) Manager$/.exec(title)) && m[1] !== 'Team') return `${division(m[1]!)}部 经理`;
  if (title === 'Team Manager') return `${nickname ? `${surname}组长，` : ''}项目组 组长`;
  return ZH_STAFF[title] ?? title;
}

/** `accounts` accounts of `people` people each, every other one Chinese. */
export function searchWorkspace(accounts: number, people: number, seed = 1): Account[] {
  const out: Account[] = [];
  for (let i = 0; i < accounts; i++) {
    const chinese = i % 2 === 0;
    const lang = chinese ? ZH : EN;
    const rand = mulberry32(seed * 7919 + i);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    const base = generateOrgAccount({ people, seed: seed * 1000 + i, id: `acct${i}` });
    const accountName = `${pick(lang.accountNames)} ${i}`;
    const persons: PersonInput[] = base.people.map((p) => {
      let { name, alternateName, title } = p;
      if (chinese) {
        const surname = pick(ZH_SURNAMES);
        name = `${surname}${pick(ZH_GIVEN)}`;
        alternateName = '';
        title = chineseTitle(title, surname, rand() < 0.15);
      }
      const town = pick(lang.hometowns);
      const other = base.people[Math.floor(rand() * base.people.length)]!.name;
      const note = pick(lang.notes).replace('{name}', other).replace('{town}', town);
      const activityCount = Math.floor(rand() * 3);
      return {
        ...p,
        name,
        alternateName,
        title,
        email: `${p.id}@acct${i}.example.com`,
        phone: `010-5555-${String(1000 + Math.floor(rand() * 9000))}`,
        dossier: {
          family: pick(lang.family),
          hometown: town,
          university: pick(lang.universities),
          sports: pick(lang.sports),
          food: pick(lang.food),
          pets: pick(lang.pets),
          books: pick(lang.books),
          lastVacation: pick(lang.vacations),
          nextVacation: pick(lang.vacations),
          goals: pick(lang.goals),
          ambitions: pick(lang.ambitions),
          notes: `${note}${chinese ? '。' : '. '}${pick(lang.notes).replace('{name}', other).replace('{town}', pick(lang.hometowns))}`,
        },
        motives: {
          organizational: pick(lang.organizational),
          personal: pick(lang.personal),
          fears: pick(lang.fears),
          ourOffer: pick(lang.offers),
        },
        activities: Array.from({ length: activityCount }, (_, k) => ({
          id: `act${k}`,
          date: `2026-0${1 + k}-1${k}`,
          kind: 'visit' as const,
          summary: pick(lang.activities),
        })),
        itinerary:
          rand() < 0.3 ? [{ id: 'trip0', from: '2026-12-01', city: pick(lang.cities), purpose: pick(lang.activities) }] : [],
      };
    });
    out.push(
      Account.parse({
        ...base,
        name: accountName,
        industry: chinese ? '能源' : 'Energy',
        people: persons,
      } satisfies AccountInput),
    );
  }
  return out;
}

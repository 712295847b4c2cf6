// A bank's mainframe purchase: Director Zhang wants training and a certificate before he
// buys (seed 000, organisational and personal motive).
import { bankPeople } from './bank-mainframe.people';
import { bankActions, bankCriteria, bankPlans, bankThemes } from './bank-mainframe.plan';
import { bankSuccession } from './bank-mainframe.succession';
import { bankMeetings, bankMoves } from './bank-mainframe.moves';
import { line, reports, t, withPlans, type DemoAccount } from './text';

export const bankMainframe: DemoAccount = {
  id: 'bank',
  name: t('江城商业银行 数据中心主机采购', 'Jiangcheng Commercial Bank — data-centre mainframe'),
  alternateName: t('Jiangcheng Commercial Bank — data-centre mainframe', '江城商业银行 数据中心主机采购'),
  industry: t('银行', 'Banking'),
  owner: t('宋佳', 'Song Jia'),
  reviewCadence: 'fortnightly',
  territory: t('华中区 · 湖北', 'Central China — Hubei'),
  background: {
    structure: t(
      '总行领导（行长、分管科技副行长）下设信息科技部、数据中心、运营管理部、信用卡中心、采购管理办公室',
      'Head-office leadership (president, VP for technology) over IT, the Data Centre, Operations, the Card Centre and the Procurement Office',
    ),
    phone: '027-5555-0300',
    address: t('湖北省武汉市江汉区示例路1号', 'No. 1 Example Road, Jianghan District, Wuhan, Hubei'),
    website: 'https://www.jcbank.example.cn',
    email: 'it@jcbank.example.cn',
    usingDepartments: t('运营管理部、信用卡中心（核心账务和批处理）', 'Operations and the Card Centre (core accounts and batch)'),
    buyingDepartments: t('采购管理办公室', 'Procurement Office'),
    supportingDepartments: t('信息科技部、数据中心', 'IT Department and Data Centre'),
    keyContacts: t('张国栋主任（发起人）、陆建明副行长（审批）', 'Director Zhang Guodong (initiator), VP Lu Jianming (approver)'),
    business: t('区域性商业银行，约300家网点', 'A regional commercial bank with about 300 branches'),
    industryApplications: t('核心账务、信用卡、清算、数据仓库', 'Core banking, cards, clearing, data warehouse'),
    situation: t(
      '现有主机2027年底停止支持，需要换代。张主任希望采购前获得主机操作培训和认证——对银行是自主运维能力，对他个人是一块金牌。',
      'The current mainframe loses support at the end of 2027 and must be replaced. Director Zhang wants mainframe training and certification before the purchase: for the bank, in-house operations; for him, a gold credential.',
    ),
    installedBase: [
      {
        id: 'bk_ib1',
        product: t('现有主机（2016年）', 'Current mainframe (2016)'),
        vendor: t('泰坦系统', 'Titan Systems'),
        quantity: '1',
        since: '2016',
        notes: t('2027年底停止支持', 'Support ends late 2027'),
      },
      {
        id: 'bk_ib2',
        product: t('我方开放平台服务器', 'Our open-platform servers'),
        vendor: t('我方', 'Us'),
        quantity: '60',
        since: '2021',
        notes: t('渠道和互联网银行', 'Channels and internet banking'),
      },
    ],
  },
  departments: [
    { id: 'bk_d01', name: t('总行领导', 'Head-office leadership'), parentId: null },
    { id: 'bk_d02', name: t('信息科技部', 'IT Department'), parentId: null },
    { id: 'bk_d03', name: t('数据中心', 'Data Centre'), parentId: 'bk_d02' },
    { id: 'bk_d04', name: t('运营管理部', 'Operations'), parentId: null },
    { id: 'bk_d05', name: t('采购管理办公室', 'Procurement Office'), parentId: null },
    { id: 'bk_d06', name: t('信用卡中心', 'Card Centre'), parentId: null },
  ],
  team: [
    {
      id: 'bk_t01',
      name: t('宋佳', 'Song Jia'),
      role: t('客户经理', 'Account manager'),
      hometown: t('湖北荆州', 'Jingzhou, Hubei'),
      university: t('武汉大学', 'Wuhan University'),
    },
    {
      id: 'bk_t02',
      name: t('谭卫', 'Tan Wei'),
      role: t('主机售前工程师', 'Mainframe presales engineer'),
      hometown: t('湖北宜昌', 'Yichang, Hubei'),
      university: t('华中科技大学', 'Huazhong University of Science and Technology'),
    },
    {
      id: 'bk_t03',
      name: t('曲娜', 'Qu Na'),
      role: t('培训与认证经理', 'Training and certification manager'),
      hometown: t('山东青岛', 'Qingdao, Shandong'),
      university: t('中国海洋大学', 'Ocean University of China'),
    },
    {
      id: 'bk_t04',
      name: t('彭坤', 'Peng Kun'),
      role: t('华中区总经理（高层支持）', 'Executive sponsor, General Manager Central China'),
      hometown: t('湖南岳阳', 'Yueyang, Hunan'),
      university: t('武汉大学', 'Wuhan University'),
    },
  ],
  competitors: [
    {
      id: 'bk_c01',
      name: t('泰坦系统', 'Titan Systems'),
      products: t('现有主机及维保', 'The current mainframe and its maintenance'),
      satisfaction: 3,
      repName: t('柯宁', 'Ke Ning'),
      repStyle: t(
        '老关系维护型，靠维保合同和驻场工程师',
        'Relationship keeper: relies on the maintenance contract and resident engineers',
      ),
      repRelationship: t(
        '和数据中心吕晓峰很熟；没有主动提培训认证',
        'Close to Lyu Xiaofeng at the data centre; has not offered training or certification',
      ),
      notes: t(
        '驻场工程师让银行离不开他们，这正是张主任想改变的',
        'Their resident engineers keep the bank dependent, which is exactly what Director Zhang wants to change',
      ),
    },
  ],
  opportunities: [
    {
      id: 'bk_o01',
      name: t('核心主机换代采购（含培训认证）', 'Core mainframe replacement (with training and certification)'),
      budget: { amount: 36000000, currency: 'CNY' },
      decisionDate: '2027-03-31',
      timeline: t(
        '2026年12月提交培训认证方案；2027年1月需求定稿；3月底行长办公会审批；年中到货',
        'Training and certification plan in December 2026; requirements final in January 2027; executive approval by end of March; delivery mid-year',
      ),
      problem: t(
        '现有主机停止支持；银行缺少能自主运维主机的人',
        'The current mainframe loses support, and the bank lacks people who can run a mainframe in-house',
      ),
      purchasePlan: t(
        '一台主机、存储和灾备，附培训认证服务，邀请招标',
        'One mainframe with storage and DR plus training and certification services, by invited tender',
      ),
      status: 'open',
      competitorIds: ['bk_c01'],
      decisions: {
        decides: ['bk_p02', 'bk_p01'],
        setsSpecs: ['bk_p03'],
        contractTerms: ['bk_p07'],
        installs: ['bk_p04', 'bk_p05'],
        maintains: ['bk_p05', 'bk_p03'],
      },
      criteria: bankCriteria,
      themes: bankThemes,
    },
  ],
  segmentation: { potential: 'large', annualPurchases: 80000000, ourRevenue: 3000000, currency: 'CNY', zoneOverride: null },
  actions: bankActions,
  clientMoves: bankMoves,
  meetings: bankMeetings,
  people: withPlans(bankPeople, bankPlans),
  ...bankSuccession,
  links: [
    reports('bk_l01', 'bk_p02', 'bk_p01'),
    reports('bk_l02', 'bk_p03', 'bk_p02'),
    reports('bk_l03', 'bk_p04', 'bk_p03'),
    reports('bk_l04', 'bk_p05', 'bk_p04'),
    reports('bk_l05', 'bk_p06', 'bk_p02'),
    reports('bk_l06', 'bk_p07', 'bk_p01'),
    reports('bk_l07', 'bk_p08', 'bk_p02'),
    line('bk_l08', 'influences', 'bk_p03', 'bk_p02', 4, t('副行长依赖他的技术判断', 'The VP relies on his technical judgment')),
    line('bk_l09', 'rival', 'bk_p04', 'bk_p03', null, t('留在老厂商还是换代', 'Stay with the incumbent or replace')),
    line('bk_l10', 'ally', 'bk_p05', 'bk_p03', null, t('都想拿认证', 'Both want certification')),
    line('bk_l11', 'informal', 'bk_p03', 'bk_p06', null, t('同一年进行', 'Joined the bank the same year')),
  ],
};

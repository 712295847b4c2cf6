// Shandong Telecom's past reviews (issue 18): the director's trip to Beijing in September turned
// him from a stranger into our supporter, then champion; Shao Jun turned against us after the
// operations merger.
import type { DemoReviewPoint } from './history';
import { t } from './text';

const unknownLeaning = { kind: 'unknown' } as const;

export const shandongReviews: DemoReviewPoint[] = [
  {
    id: 'sd_r01',
    date: '2026-09-14',
    notes: {
      changed: t(
        '第一次到济南，逐个部门拜访；局长在北京出差',
        'First visit to Jinan, calling on every department; the director is away in Beijing',
      ),
      learned: t(
        '高局长在北京开完部里的会后有两天休息',
        'Director Gao has two free days in Beijing after the ministry meeting',
      ),
      decided: t(
        '请周总在北京接待局长，邀他参观公司',
        'Ask Mr Zhou to look after the director in Beijing and invite him to see the company',
      ),
    },
    people: {
      sd_p01: { attitude: 'unknown', leaning: unknownLeaning },
      sd_p04: { attitude: 'neutral', leaning: unknownLeaning },
      sd_p05: { attitude: 'neutral' },
    },
    absent: ['sd_p02', 'sd_p03', 'sd_p06', 'sd_p09', 'sd_p10', 'sd_p12', 'sd_p14'],
  },
  {
    id: 'sd_r02',
    date: '2026-09-30',
    notes: {
      changed: t(
        '北京之行后局长转为支持：参观公司、看《茶馆》，9月25日亲自召集各部门来听技术交流',
        'After the Beijing trip the director backs us: the company visit, Teahouse, and on 25 September he called every department to our technical exchange',
      ),
      learned: t(
        '技术部邵军对我们的方案有保留；技术部和计费中心要合并运维',
        'Shao Jun at Technology has reservations; Technology and the Billing Centre are merging operations',
      ),
      decided: t(
        '让邵军看到我们的运维工具；十月再去济南拜访计费中心',
        'Show Shao Jun our operations tooling; visit the Billing Centre in Jinan again in October',
      ),
    },
    people: {
      sd_p01: { attitude: 'supporter', leaning: { kind: 'us', strength: 2 } },
      sd_p04: { attitude: 'neutral', leaning: unknownLeaning },
      sd_p09: { attitude: 'skeptic', leaning: unknownLeaning },
    },
    absent: ['sd_p06', 'sd_p10', 'sd_p12', 'sd_p14'],
  },
  {
    id: 'sd_r03',
    date: '2026-10-24',
    notes: {
      changed: t(
        '局长成了我们的倡导者；运维合并后邵军转为反对，倾向老厂商',
        'The director is now our champion; since the operations merger Shao Jun opposes us and leans to the incumbent',
      ),
      learned: t(
        '10月20日见了采购中心何强：一切按程序办',
        'Met He Qiang at the Procurement Centre on 20 October: he goes by the book',
      ),
      decided: t(
        '合同按局长的时间表走；请董建国在计费中心内部说话',
        "Keep the contract on the director's timetable; ask Dong Jianguo to speak up inside the Billing Centre",
      ),
    },
    people: {
      sd_p01: { leaning: { kind: 'us', strength: 2 } },
    },
  },
  {
    id: 'sd_r04',
    date: '2026-11-14',
    notes: {
      changed: t('11月10日签下2000万合同', 'The 20 million contract signed on 10 November'),
      learned: t(
        '局长要带队去外省考察计费系统',
        'The director will lead a trip to see billing systems in other provinces',
      ),
      decided: t(
        '争取把浙江用户列入考察路线；12月8日周总在北京请局长吃饭汇报进展',
        'Get our Zhejiang customer onto the trip’s route; Mr Zhou to host the director in Beijing on 8 December',
      ),
    },
  },
];

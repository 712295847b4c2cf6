// Henan Power's past reviews (issue 18): phase 1 tracked since September. Chief Engineer Luo is an
// opponent in every review before the Zhengzhou reference-site visit of 20 November; since then a
// skeptic (the account now), which "since the last review" shows.
import type { DemoReviewPoint } from './history';
import { t } from './text';

const NORTHSTAR = 'hn_c01';
const unknownLeaning = { kind: 'unknown' } as const;

export const henanReviews: DemoReviewPoint[] = [
  {
    id: 'hn_r01',
    date: '2026-09-12',
    notes: {
      changed: t(
        '开始跟踪一期服务器招标：画出营销部和信息中心的组织图',
        'Started tracking the phase-1 server tender: charted the Marketing Division and the IT Center',
      ),
      learned: t(
        '罗总工和信息中心马骏都站在北辰一边；二期的技术评审由罗总工主持',
        'Chief Engineer Luo and Ma Jun at the IT Center both side with Northstar; Luo chairs the phase-2 technical review',
      ),
      decided: t('先从用电处孙处长入手，了解一期需求', 'Start with Division Head Sun at the Power-Use Division to learn the phase-1 needs'),
    },
    people: {
      hn_p02: { attitude: 'unknown', leaning: unknownLeaning },
      hn_p03: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p05: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p06: { attitude: 'neutral' },
      hn_p15: { attitude: 'opponent', leaning: { kind: 'competitor', competitorId: NORTHSTAR, strength: 3 } },
    },
    absent: ['hn_p09', 'hn_p12', 'hn_p14', 'hn_p16'],
  },
  {
    id: 'hn_r02',
    date: '2026-10-17',
    notes: {
      changed: t(
        '省公司原则同意二期预算；孙处长转为支持我们',
        'The province agreed the phase-2 budget in principle; Division Head Sun now supports us',
      ),
      learned: t('二期明年一季度招标，需求由赵副总经理定', 'Phase 2 goes to tender in Q1; Vice GM Zhao sets the requirements'),
      decided: t(
        '一期拼工期和服务；约赵总汇报18个地市上线计划',
        'Fight phase 1 on schedule and service; ask Vice GM Zhao for a hearing on the 18-prefecture roll-out',
      ),
    },
    people: {
      hn_p02: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p03: { attitude: 'supporter', leaning: { kind: 'us', strength: 1 } },
      hn_p05: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p12: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p15: { attitude: 'opponent' },
    },
    absent: ['hn_p09', 'hn_p14', 'hn_p16'],
  },
  {
    id: 'hn_r03',
    date: '2026-11-07',
    notes: {
      changed: t(
        '北辰在信息中心办技术交流，罗总工到场；黄磊成了我们在信息中心的消息来源',
        'Northstar held a technical exchange at the IT Center with Chief Engineer Luo there; Huang Lei is now our source in the IT Center',
      ),
      learned: t('罗总工怕的是新平台出故障担责任，不是价格', 'What Luo fears is blame if a new platform fails, not the price'),
      decided: t(
        '11月20日请罗总工参观郑州标杆现场，由郭振陪同',
        'Invite Luo to the Zhengzhou reference site on 20 November, with Guo Zhen',
      ),
    },
    people: {
      hn_p02: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p03: { attitude: 'supporter', leaning: { kind: 'us', strength: 2 } },
      hn_p05: { leaning: { kind: 'us', strength: 1 } },
      hn_p15: { attitude: 'opponent' },
    },
    absent: ['hn_p16'],
  },
  {
    id: 'hn_r04',
    date: '2026-11-14',
    notes: {
      changed: t(
        '孙处长成了我们的倡导者，主动帮我们约评标前的交流',
        'Division Head Sun has become our champion and set up a session before the evaluation',
      ),
      learned: t('罗总工答应20日去郑州看现场', 'Luo has agreed to see the Zhengzhou site on the 20th'),
      decided: t(
        '开标前把第三方兼容性测试报告送到信息中心',
        'Get the independent compatibility report to the IT Center before the bid opening',
      ),
    },
    people: {
      hn_p02: { attitude: 'neutral', leaning: unknownLeaning },
      hn_p05: { leaning: { kind: 'us', strength: 1 } },
      hn_p15: { attitude: 'opponent' },
    },
  },
];

// Shandong Telecom's client moves (客户动向, issue 18), around the story's day (22 November 2026).
import { t, type DemoAccount } from './text';

export const shandongMoves: DemoAccount['clientMoves'] = [
  {
    id: 'sd_m01',
    date: '2026-09-28',
    kind: 'organisation',
    what: t('技术部与计费中心合并运维团队', 'The Technology Department and the Billing Centre merged their operations teams'),
    source: t('董建国（拜访时）', 'Dong Jianguo (during a visit)'),
    meaning: t(
      '邵军对运维的发言权更大了；要让他看到我们的运维工具',
      'Shao Jun has more say over operations; he must see our operations tooling',
    ),
    personIds: ['sd_p09', 'sd_p05'],
    opportunityId: 'sd_o01',
  },
  {
    id: 'sd_m02',
    date: '2026-11-12',
    kind: 'news',
    what: t('高局长将带队赴外省考察计费系统', 'Director Gao will lead a trip to see billing systems in other provinces'),
    source: t('韩梅（局办公室）', 'Han Mei (Bureau Office)'),
    meaning: t('争取把我们的浙江用户列入考察路线', 'Get our Zhejiang customer onto the trip’s route'),
    personIds: ['sd_p01', 'sd_p04'],
    opportunityId: 'sd_o01',
  },
];

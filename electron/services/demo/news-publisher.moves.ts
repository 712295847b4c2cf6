// Xincheng Daily's client moves (客户动向, issue 18), around the story's day (22 November 2026).
import { t, type DemoAccount } from './text';

export const newsMoves: DemoAccount['clientMoves'] = [
  {
    id: 'np_m01',
    date: '2026-11-02',
    kind: 'announcement',
    what: t(
      '报社宣布2027年改版，编辑部全面换新设备',
      'The paper announced its 2027 redesign, with new equipment across the newsroom',
    ),
    source: t('报社内刊', 'The paper’s staff newsletter'),
    meaning: t('电脑换代也会跟着来：键盘之后的下一个项目', 'A PC refresh follows: the next deal after the keyboards'),
    personIds: ['np_p01'],
    opportunityId: 'np_o02',
  },
  {
    id: 'np_m02',
    date: '2026-11-19',
    kind: 'competitor',
    what: t('蓝标电脑给编辑们送了试用键盘', 'BlueMark Computers handed the editors trial keyboards'),
    source: t('许明', 'Xu Ming'),
    meaning: t('要尽快把我们两款键盘送到编辑手上试用', 'Our two keyboards must reach the editors’ desks for trial soon'),
    personIds: ['np_p03', 'np_p04', 'np_p05'],
    opportunityId: 'np_o01',
  },
];

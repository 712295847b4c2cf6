// Xincheng Daily's past reviews (issue 18): the keyboard meeting split the editors and Deputy
// Editor-in-Chief Qian turned against a change; since the last review BlueMark has won over Yan Jun.
import type { DemoReviewPoint } from './history';
import { t } from './text';

const unknownLeaning = { kind: 'unknown' } as const;

export const newspaperReviews: DemoReviewPoint[] = [
  {
    id: 'np_r01',
    date: '2026-09-04',
    notes: {
      changed: t(
        '采购部唐敏反映编辑们对键盘不满，报社准备换键盘',
        "Tang Min at Procurement passed on the editors' complaints; the paper means to replace the keyboards",
      ),
      learned: t(
        '沈总编说一定要让编辑们用上最中意的键盘',
        'Editor-in-Chief Shen says the editors must have the keyboard they like best',
      ),
      decided: t('把A、B、C三款键盘都送去例会试用', 'Bring keyboards A, B and C to the newsroom meeting for the editors to try'),
    },
    people: {
      np_p01: { attitude: 'supporter' },
      np_p02: { attitude: 'skeptic' },
      np_p06: { attitude: 'skeptic' },
    },
    absent: ['np_p03', 'np_p04', 'np_p05', 'np_p07'],
  },
  {
    id: 'np_r02',
    date: '2026-10-16',
    notes: {
      changed: t(
        '例会上每位编辑选了不同的键盘；钱副总编主张继续用旧键盘，沈总编说暂时不换',
        'At the meeting each editor chose a different keyboard; Deputy Qian wanted to keep the old ones and Shen said no change for now',
      ),
      learned: t(
        '意见不统一就不会换：要找到编辑们都能接受的标准',
        'Without one view nothing changes: we need a standard all the editors accept',
      ),
      decided: t(
        '请技术部邹强按维修记录写规格；和钱副总编单独谈',
        'Ask Zou Qiang at the Technical Department to write the spec from the repair records; see Deputy Qian alone',
      ),
    },
    people: {
      np_p05: { attitude: 'neutral', leaning: unknownLeaning },
      np_p06: { attitude: 'skeptic' },
    },
    absent: ['np_p07'],
  },
  {
    id: 'np_r03',
    date: '2026-11-06',
    notes: {
      changed: t(
        '报社宣布2027年改版，编辑部全面换新设备；邹强同意按可靠性写规格',
        'The paper announced its 2027 redesign with new newsroom equipment; Zou Qiang agreed to write the spec on reliability',
      ),
      learned: t('键盘之后还有电脑换代', 'A PC refresh follows the keyboards'),
      decided: t(
        '把改版的电脑换代列为第二个商机；唐敏报2027年预算前先见她',
        'Track the PC refresh as a second opportunity; see Tang Min before she submits the 2027 budget',
      ),
    },
    people: {
      np_p05: { attitude: 'neutral', leaning: unknownLeaning },
    },
    absent: ['np_p07'],
  },
];

// Jiangcheng Commercial Bank's past reviews (issue 18): Fang Jianguo, who bought from Titan for ten
// years, heads the Procurement Office in the first review; the post is empty after he retires, and
// Deng Hai holds it from October (see bank-mainframe.succession.ts).
import type { DemoReviewPoint } from './history';
import { t } from './text';

const unknownLeaning = { kind: 'unknown' } as const;

export const bankReviews: DemoReviewPoint[] = [
  {
    id: 'bk_r01',
    date: '2026-09-10',
    notes: {
      changed: t('开始跟主机换代：9月8日第一次见张国栋主任', 'Started on the mainframe replacement: first met Director Zhang on 8 September'),
      learned: t(
        '采购办方建国主任十年来一直续签泰坦，和对方客户经理是牌友',
        "Fang Jianguo at the Procurement Office has renewed Titan for ten years and plays cards with Titan's account manager",
      ),
      decided: t(
        '先给张主任做培训认证方案；采购环节暂不硬碰',
        'Build the training and certification plan for Director Zhang first; do not take on procurement head-on yet',
      ),
    },
    people: {
      bk_p03: { attitude: 'neutral', leaning: unknownLeaning },
    },
    absent: ['bk_p04', 'bk_p07'],
    former: ['bk_p09'],
  },
  {
    id: 'bk_r02',
    date: '2026-09-30',
    notes: {
      changed: t('方建国9月15日到龄退休，采购办主任空缺', 'Fang Jianguo retired on 15 September; the Procurement Office has no head'),
      learned: t('退休前他又给泰坦续了三年维保', 'Just before retiring he renewed three years of Titan maintenance'),
      decided: t('打听谁来接任；请张主任引荐', 'Find out who takes over; ask Director Zhang for an introduction'),
    },
    people: {
      bk_p03: { leaning: { kind: 'us', strength: 1 } },
    },
    absent: ['bk_p04', 'bk_p07'],
  },
  {
    id: 'bk_r03',
    date: '2026-10-24',
    notes: {
      changed: t(
        '邓海10月8日从合规部调任采购办主任；数据中心吕晓峰倾向泰坦',
        'Deng Hai moved over from Compliance to head the Procurement Office on 8 October; Lyu Xiaofeng at the Data Centre leans to Titan',
      ),
      learned: t(
        '新主任没有老厂商的包袱，但还不了解他的动机',
        "The new head carries none of the incumbent's baggage, but we do not know his motives yet",
      ),
      decided: t(
        '请彭坤拜会邓海；按合规要求准备邀请招标文件',
        "Peng Kun to call on Deng Hai; prepare the invited-tender papers to Compliance's standards",
      ),
    },
    people: {
      bk_p03: { leaning: { kind: 'us', strength: 1 } },
    },
  },
  {
    id: 'bk_r04',
    date: '2026-11-10',
    notes: {
      changed: t('行里把主机换代列入2027年科技预算', 'The bank put the mainframe replacement into its 2027 technology budget'),
      learned: t('11月5日见了陆副行长：他关心工期和风险', 'Met VP Lu on 5 November: his concerns are schedule and risk'),
      decided: t('11月16日和张主任敲定培训认证方案', 'Settle the training and certification plan with Director Zhang on 16 November'),
    },
    people: {
      bk_p03: { leaning: { kind: 'us', strength: 1 } },
    },
  },
];

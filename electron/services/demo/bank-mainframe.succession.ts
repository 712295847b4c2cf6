// Jiangcheng Commercial Bank, issue 18: a new head of procurement replaced the one who bought from
// the incumbent vendor for ten years (seed 000: "a new purchasing manager who does not want the
// predecessor's supplier"). Fang Jianguo retired; Deng Hai has held the post for under 90 days, so
// Coverage & risks asks to re-check his motives.
import { nm, t, type DemoAccount } from './text';

export const bankSuccession: Pick<DemoAccount, 'formerPeople' | 'successions'> = {
  formerPeople: [
    {
      id: 'bk_p09',
      ...nm('方建国', 'Fang Jianguo'),
      title: t('采购管理办公室 主任', 'Head, Procurement Office'),
      departmentId: 'bk_d05',
      customerType: 'procurement',
      roles: ['purchaser', 'gatekeeper'],
      attitude: 'skeptic',
      influence: 4,
      keyPerson: true,
      relationship: { stage: 'familiar' },
      dossier: {
        orgRole: t(
          '十年来主持主机及维保采购，每次都续签老厂商',
          'Ran the mainframe and maintenance purchases for ten years, renewing the incumbent vendor each time',
        ),
        hometown: t('湖北孝感', 'Xiaogan, Hubei'),
        sports: t('钓鱼', 'Fishing'),
        notes: t(
          '和老厂商的客户经理是多年牌友；退休前最后一次续签了三年维保',
          "Old card-table friend of the incumbent's account manager; renewed three years of maintenance just before retiring",
        ),
      },
    },
  ],
  successions: [
    {
      id: 'bk_p09',
      postId: 'bk_p07',
      postTitle: t('采购管理办公室 主任', 'Head, Procurement Office'),
      leftOn: '2026-09-15',
      how: 'retired',
      note: t('到龄退休；行里从合规部调邓海接任', 'Retired at the age limit; the bank moved Deng Hai over from Compliance'),
      successorSince: '2026-10-08',
    },
  ],
};

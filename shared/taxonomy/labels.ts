// Bilingual labels and descriptions of the taxonomies, from DOMAIN.md and the seed texts.
import type {
  ActionStatus,
  ActivityKind,
  Brain,
  InfluencePrinciple,
  LeaningKind,
  WhitespaceStatus,
  Alignment,
  Attitude,
  BuyingRole,
  CustomerType,
  DecisionQuestion,
  Language,
  LinkKind,
  OpportunityStatus,
  Potential,
  RelationshipStage,
  Zone,
} from './keys';

export type Bilingual = Record<Language, string>;
export interface Term {
  label: Bilingual;
  /** Shown in tooltips and pickers: what the term means to the rep. */
  description: Bilingual;
}

const term = (zh: string, en: string, zhDesc: string, enDesc: string): Term => ({
  label: { 'zh-CN': zh, en },
  description: { 'zh-CN': zhDesc, en: enDesc },
});

export const BUYING_ROLE_TERMS: Record<BuyingRole, Term & { short: Bilingual }> = {
  initiator: { ...term('发起人', 'Initiator', '启动项目，提出需求', 'Starts the project and names the need'), short: { 'zh-CN': '发起', en: 'INI' } },
  gatekeeper: { ...term('信息门卫', 'Gatekeeper', '控制谁能获得信息和接触机会（如谁拿到招标书）', 'Controls who gets information and access, e.g. who receives the RFP'), short: { 'zh-CN': '门卫', en: 'GK' } },
  influencer: { ...term('决策影响者', 'Influencer', '影响决策但不拥有决策权', 'Shapes the decision without owning it'), short: { 'zh-CN': '影响', en: 'INF' } },
  decisionMaker: { ...term('决策人', 'Decision maker', '拥有最终决定权', 'Has the final say'), short: { 'zh-CN': '决策', en: 'DM' } },
  purchaser: { ...term('采购人', 'Purchaser', '执行采购流程，谈判条款', 'Runs the buying process and negotiates terms'), short: { 'zh-CN': '采购', en: 'PUR' } },
  expert: { ...term('专家', 'Expert', '技术评估者，编写或评判技术指标', 'Technical evaluator who writes or judges the specs'), short: { 'zh-CN': '专家', en: 'EXP' } },
  marketing: { ...term('营销人员', "Client's marketing", '客户自己的营销人员', "The client's own marketing staff"), short: { 'zh-CN': '营销', en: 'MKT' } },
  sales: { ...term('销售人员', "Client's sales", '客户自己的销售人员', "The client's own sales staff"), short: { 'zh-CN': '销售', en: 'SLS' } },
  endUser: { ...term('使用者', 'End user', '每天使用产品的人', 'Uses the product every day'), short: { 'zh-CN': '使用', en: 'USR' } },
  customersCustomer: { ...term('客户的客户', "Customer's customer", '客户自己的客户，其需求驱动客户的需求', "The client's own customer, whose needs drive theirs"), short: { 'zh-CN': '客户', en: 'CC' } },
};

export const CUSTOMER_TYPE_TERMS: Record<CustomerType, Term & { concerns: Bilingual }> = {
  executive: {
    ...term('高层主管', 'Executive', '批准项目和最终采购', 'Approves the project and the final purchase'),
    concerns: { 'zh-CN': '投资回报；对整个业务的影响', en: 'Return on investment; effect on the whole business' },
  },
  userManagement: {
    ...term('使用部门管理层', 'User management', '定义需求、评估、管理推广、计划内小额采购', 'Defines needs, evaluates, manages roll-out, small in-plan purchases'),
    concerns: { 'zh-CN': '是否有助于日常工作；是否易用', en: 'Does it help daily work; is it easy to use' },
  },
  technicalManagement: {
    ...term('技术部门管理层', 'Technical management', '系统设计，把需求变成技术指标，负责维护', 'System design, turns needs into specs, maintenance'),
    concerns: { 'zh-CN': '是否满足需求；售后服务', en: 'Meets the requirements; after-sales service' },
  },
  procurement: {
    ...term('采购部门', 'Procurement', '执行采购流程、谈判、比价；对小额和重复订单影响大', 'Runs the buying process, negotiates, compares; strong say on small and repeat orders'),
    concerns: { 'zh-CN': '价格、条款与流程合规', en: 'Price, terms and a compliant process' },
  },
  user: {
    ...term('使用者', 'User', '产品的最终评判者', 'The final judge of the product'),
    concerns: { 'zh-CN': '使用体验决定下一次采购', en: 'Their experience decides the next purchase' },
  },
  technicalStaff: {
    ...term('技术人员', 'Technical staff', '维护设备、设计方案、编写标书', 'Maintains equipment, designs the solution, writes the tender'),
    concerns: { 'zh-CN': '各厂商产品的技术细节', en: "The details of each vendor's product" },
  },
};

export const STAGE_TERMS: Record<RelationshipStage, Term> = {
  initial: term('初步建立', 'Initial contact', '刚刚建立联系', 'First contact made'),
  acquainted: term('认识', 'Acquainted', '彼此认识，有过几次接触', 'Know each other from a few contacts'),
  familiar: term('熟悉', 'Familiar', '相互熟悉，可以坦率交流', 'Familiar; can talk frankly'),
  trust: term('信任', 'Trust', '客户信任我们的判断', 'The client trusts our judgement'),
  reliance: term('信赖', 'Reliance', '客户依赖我们，可以托付大合同', 'The client relies on us; a large contract can be entrusted'),
};

export const ATTITUDE_TERMS: Record<Attitude, Term> = {
  champion: term('支持者（教练）', 'Champion', '积极为我们推动，愿意提供内部信息', 'Actively sells for us and shares inside information'),
  supporter: term('支持', 'Supporter', '倾向于我们', 'Leans our way'),
  neutral: term('中立', 'Neutral', '尚无倾向', 'No preference yet'),
  skeptic: term('怀疑', 'Skeptic', '对我们有疑虑', 'Has doubts about us'),
  opponent: term('反对者', 'Opponent', '支持竞争对手或反对项目', 'Backs a competitor or opposes the project'),
  unknown: term('未知', 'Unknown', '还不了解其态度', 'Attitude not yet known'),
};

export const ZONE_TERMS: Record<Zone, Term & { strategy: Bilingual }> = {
  growth: {
    ...term('增长区', 'Growth zone', '我方份额低于 10%', 'Our share is under 10%'),
    strategy: { 'zh-CN': '让客户了解我们：广告、新闻、展会、活动', en: 'Make us known: advertising, press, trade shows, events' },
  },
  development: {
    ...term('发展区', 'Development zone', '我方份额 10%–30%', 'Our share is 10–30%'),
    strategy: {
      'zh-CN': '深入了解需求、建立互信：拜访、现场技术交流、参观样板、测试环境和样机',
      en: 'Understand needs deeply and build mutual trust: visits, on-site technical exchanges, reference visits, test environments and samples',
    },
  },
  consolidation: {
    ...term('巩固区', 'Consolidation zone', '我方份额超过 30%', 'Our share is over 30%'),
    strategy: {
      'zh-CN': '提高满意度：解决使用中的问题，协调公司资源',
      en: "Raise satisfaction: solve their problems in use, coordinate the company's resources for them",
    },
  },
};

export const POTENTIAL_TERMS: Record<Potential, Term> = {
  large: term('大', 'Large', '采购潜力大', 'Large purchase potential'),
  medium: term('中', 'Medium', '采购潜力中等', 'Medium purchase potential'),
  small: term('小', 'Small', '采购潜力小', 'Small purchase potential'),
};

export const LINK_KIND_TERMS: Record<LinkKind, Term> = {
  reportsTo: term('汇报', 'Reports to', '正式汇报关系（实线）', 'Formal reporting line (solid)'),
  influences: term('影响', 'Influences', '一方影响另一方的判断', 'One shapes the other’s view'),
  ally: term('盟友', 'Ally', '彼此支持', 'Back each other'),
  rival: term('对立', 'Rival', '彼此竞争或不和', 'Compete or clash'),
  informal: term('非正式', 'Informal', '私交、同乡、同学等', 'Friendship, same hometown, classmates'),
};

export const ACTIVITY_KIND_TERMS: Record<ActivityKind, Term> = {
  visit: term('拜访', 'Visit', '上门拜访', 'Visit at their office'),
  call: term('电话', 'Call', '电话或视频', 'Phone or video call'),
  meal: term('用餐', 'Meal', '一起吃饭', 'A meal together'),
  event: term('活动', 'Event', '展会、研讨会、文体活动', 'Trade show, seminar, social event'),
  gift: term('礼品', 'Gift', '合规范围内的礼品', 'A gift within the rules'),
  technicalExchange: term('技术交流', 'Technical exchange', '现场技术交流', 'On-site technical exchange'),
  siteVisit: term('参观考察', 'Site visit', '参观样板客户或工厂', 'Visit to a reference customer or our plant'),
  other: term('其他', 'Other', '其他接触', 'Any other contact'),
};

export const ALIGNMENT_TERMS: Record<Alignment, Term> = {
  aligned: term('一致', 'Aligned', '个人动机与组织动机一致', 'Personal and organisational motives agree'),
  partly: term('部分一致', 'Partly aligned', '部分一致', 'They partly agree'),
  conflicting: term('冲突', 'Conflicting', '个人动机与组织动机冲突', 'Personal and organisational motives conflict'),
};

export const OPPORTUNITY_STATUS_TERMS: Record<OpportunityStatus, Term> = {
  open: term('进行中', 'Open', '正在跟进', 'Being pursued'),
  won: term('赢单', 'Won', '已赢得', 'Won'),
  lost: term('丢单', 'Lost', '已丢失', 'Lost'),
  onHold: term('暂停', 'On hold', '客户暂停', 'Paused by the client'),
};

export const DECISION_QUESTION_TERMS: Record<DecisionQuestion, Term> = {
  decides: term('谁拍板', 'Who decides', '谁做最终决定', 'Who makes the final decision'),
  setsSpecs: term('谁定采购指标', 'Who sets the specs', '谁制定技术和采购指标', 'Who writes the technical and purchase specs'),
  contractTerms: term('谁定合同条款', 'Who owns contract terms', '谁负责合同条款', 'Who owns the contract terms'),
  installs: term('谁负责安装', 'Who installs', '谁负责安装实施', 'Who installs and rolls out'),
  maintains: term('谁负责维护', 'Who maintains', '谁负责日后维护', 'Who maintains it afterwards'),
};

export const ACTION_STATUS_TERMS: Record<ActionStatus, Term> = {
  open: term('待办', 'Open', '尚未完成', 'Still to do'),
  done: term('已完成', 'Done', '已经做完', 'Carried out'),
  dropped: term('已放弃', 'Dropped', '不再做了（写明原因）', 'No longer worth doing (say why)'),
};

export const LEANING_TERMS: Record<LeaningKind, Term> = {
  unknown: term('不清楚', 'Not known', '还不知道此人倾向哪家', 'We do not know whom this person favours yet'),
  none: term('无倾向', 'No one', '此人没有明显倾向', 'This person favours no vendor'),
  us: term('倾向我们', 'Us', '此人倾向我们', 'This person favours us'),
  competitor: term('倾向对手', 'A competitor', '此人倾向某个竞争对手', 'This person favours a competitor'),
};

/** How strongly a person leans, 1 to 3. */
export const LEANING_STRENGTH_TERMS: Record<1 | 2 | 3, Bilingual> = {
  1: { 'zh-CN': '略微', en: 'slightly' },
  2: { 'zh-CN': '明显', en: 'clearly' },
  3: { 'zh-CN': '坚定', en: 'firmly' },
};

export const BRAIN_TERMS: Record<Brain, Term> = {
  rational: term('左脑（理性）', 'Left brain (rational)', '事实、证据、逻辑、需求分析：什么能说服他', 'Facts, proof, logic, needs: what would convince them'),
  emotional: term('右脑（感性）', 'Right brain (emotional)', '信任与印象：什么能让他愿意选我们', 'Trust and impressions: what would make them want us'),
};

/** Cialdini's Influence (《影响力》), as the seed recommends it. */
export const INFLUENCE_PRINCIPLE_TERMS: Record<InfluencePrinciple, Term> = {
  reciprocity: term('互惠', 'Reciprocity', '先给予，对方会想回报', 'Give first; people want to return the favour'),
  commitment: term('承诺和一致', 'Commitment and consistency', '小承诺引出与之一致的大决定', 'A small commitment leads to decisions consistent with it'),
  socialProof: term('社会认同', 'Social proof', '同行怎么做，他就倾向怎么做', 'People follow what their peers do'),
  liking: term('喜好', 'Liking', '人们更愿意答应自己喜欢的人', 'People say yes to those they like'),
  authority: term('权威', 'Authority', '专家和权威的意见有分量', 'Experts and authorities carry weight'),
  scarcity: term('稀缺', 'Scarcity', '少有或将失去的东西更显珍贵', 'What is rare or about to be lost is worth more'),
};

export const WHITESPACE_STATUS_TERMS: Record<WhitespaceStatus, Term> = {
  ours: term('我方在用', 'Ours installed', '客户在用我们的产品', 'Our product is installed'),
  competitor: term('对手在用', "A competitor's", '客户在用竞争对手的产品', "A competitor's product is installed"),
  open: term('空白', 'Open', '还没有人占领：机会', 'Nobody has it yet: an opening'),
  pursuing: term('正在争取', 'Pursuing', '我们正在争取（见商机）', 'We are going for it (see the opportunity)'),
  na: term('不适用', 'Not applicable', '这个单位不需要这类产品', 'This unit has no use for this product line'),
};

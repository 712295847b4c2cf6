import { expect, test, type Page } from '@playwright/test';
import type { Account } from '../../shared/model/account';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage, PersonPanel, untranslatedKeys } from '../support/pages';
import { henanPlanBase } from '../support/people-plan';

// Issue 17, the people: on the Henan demo a rep sets Zhao Dongming's target and sees the gap on
// his card and in Highlight; says Luo Yongqiang leans firmly to Northstar and sees the badge, the
// Highlight entry and the Account view's supporters (and "(removed)" once Northstar is taken off
// the list); picks a criterion Luo cares about, writes an influence entry and makes it an action;
// and undoes it, one step at a time.

const WORDS = {
  en: {
    account: /Henan/,
    zhao: 'Zhao Dongming',
    luo: 'Luo Yongqiang',
    relationship: 'Relationship',
    plan: 'Plan',
    targetStage: 'Target stage',
    by: 'By',
    trust: 'Trust',
    toGo: '2 stages to go to the target.',
    meter: 'Relationship: Acquainted → target Trust by 15 Mar 2027',
    highlight: 'Highlight',
    gaps: 'Relationship gaps (2+ stages below target)',
    oneHighlighted: '1 highlighted',
    leansTo: 'Leans to',
    northstar: 'Northstar Systems',
    strength: 'How strongly',
    evidence: 'Evidence (what we saw or heard)',
    evidenceText: 'Argued at the evaluation that servers must match the existing platform',
    badge: 'NS',
    badgeLabel: 'Leans firmly to Northstar Systems',
    leaningToNorthstar: 'Leaning to Northstar Systems',
    accountTab: 'Account',
    chartTab: 'Chart',
    northstarRow: 'Leaning to Northstar Systems:',
    supporter: 'Luo Yongqiang (firmly)',
    removeNorthstar: 'Remove: Northstar Systems',
    removedRow: 'Leaning to competitors since removed:',
    removedOption: '(removed)',
    removedBadge: 'Leans firmly to a competitor since removed',
    addCriterion: 'Add a criterion they care about…',
    criterion: '4-hour on-site response',
    priority: 'Their priority',
    good: 'What “good” means to them',
    goodText: 'A fault at night has an engineer on site within 4 hours',
    addEmotional: '+ Add a lever of trust',
    emotionalText: 'A free data-centre health check before the tender',
    principle: 'Principle 1',
    reciprocity: 'Give first; people want to return the favour',
    addRational: '+ Add a fact or proof',
    entryText: 'Show him the Zhengzhou utility’s 4-hour response log',
    makeAction: 'Make it an action: Fact or proof 1',
    inPlan: 'In the plan: Open',
    undo: 'Undo (Ctrl+Z)',
  },
  'zh-CN': {
    account: /河南/,
    zhao: '赵东明',
    luo: '罗永强',
    relationship: '关系',
    plan: '攻关计划',
    targetStage: '目标阶段',
    by: '目标期限',
    trust: '信任',
    toGo: '距目标还差 2 个阶段。',
    meter: '关系：认识 → 目标 信任（期限 2027年3月15日）',
    highlight: '突出显示',
    gaps: '关系差距（低于目标两个阶段以上）',
    oneHighlighted: '突出显示 1 人',
    leansTo: '倾向',
    northstar: '北辰系统',
    strength: '倾向程度',
    evidence: '依据（看到或听到的）',
    evidenceText: '评标时主张服务器要和现有平台一致',
    badge: '北',
    badgeLabel: '坚定倾向北辰系统',
    leaningToNorthstar: '倾向北辰系统的人',
    accountTab: '客户资料',
    chartTab: '组织图',
    northstarRow: '倾向北辰系统:',
    supporter: '罗永强（坚定）',
    removeNorthstar: '删除: 北辰系统',
    removedRow: '倾向已删除的对手:',
    removedOption: '（已删除）',
    removedBadge: '坚定倾向一个已删除的对手',
    addCriterion: '添加他看重的标准…',
    criterion: '4小时上门响应',
    priority: '他的优先级',
    good: '他心目中的“好”',
    goodText: '夜里出故障，4小时内有人到现场',
    addEmotional: '+ 添加建立信任的办法',
    emotionalText: '招标前免费做一次机房巡检',
    principle: '原则 1',
    reciprocity: '先给予，对方会想回报',
    addRational: '+ 添加事实或证据',
    entryText: '给他看郑州供电公司4小时响应的记录',
    makeAction: '转为行动: 事实或证据 1',
    inPlan: '已在计划中：待办',
    undo: '撤销（Ctrl+Z）',
  },
} as const;

const henan = (app: LaunchedApp): Account => app.session.workspace().get('henan');
const personOf = (app: LaunchedApp, id: string) => henan(app).people.find((p) => p.id === id)!;

/** The chart's highlight <select>. */
const highlight = (page: Page, label: string) => page.getByLabel(label, { exact: true });

for (const locale of ['en', 'zh-CN'] as const) {
  const w = WORDS[locale];
  test(`${locale}: target, leaning, criteria and influence plan of the Henan people, each edit one undo step`, async () => {
    const app = await launchApp({ demo: true, locale });
    try {
      const { page } = app;
      // A clean slate for the people's plan (the demo's own strategy data may change), with the
      // phase-2 tender's criteria to pick from.
      app.session.workspace().update('henan', (a) => henanPlanBase(a, locale));
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      const canvas = await new HomePage(page).open(w.account);
      const panel = new PersonPanel(page);
      const zhaoCard = canvas.card(w.zhao);
      const luoCard = canvas.card(w.luo);

      // 1. Target: Zhao Dongming, acquainted, is to reach trust by 15 March.
      await zhaoCard.click();
      await panel.section(w.relationship);
      await expect(zhaoCard.locator('.stage-meter .target')).toHaveCount(0);
      // No date without a stage to reach by it.
      await expect(panel.field(w.by)).toHaveCount(0);
      await panel.field(w.targetStage).selectOption({ label: w.trust });
      await panel.field(w.by).fill('2027-03-15');
      await panel.field(w.by).press('Enter');
      await expect(panel.root.getByTestId('target-progress')).toHaveText(w.toGo);
      // The card: current → target, the target's segment ringed and the one between still to go.
      await expect(zhaoCard.locator('.stage-meter')).toHaveAttribute('aria-label', w.meter);
      await expect(zhaoCard.locator('.stage-meter .target')).toHaveCount(1);
      await expect(zhaoCard.locator('.stage-meter .to-go')).toHaveCount(1);
      await canvas.saved();
      expect(personOf(app, 'hn_p02').target).toEqual({ stage: 'trust', by: '2027-03-15' });

      // Highlight › Relationship gaps: Zhao alone (a decision maker two stages below target).
      await highlight(page, w.highlight).selectOption({ label: w.gaps });
      await expect(page.getByText(w.oneHighlighted)).toBeVisible();
      await expect(zhaoCard.locator('.person-card')).not.toHaveClass(/dimmed/);
      await expect(luoCard.locator('.person-card')).toHaveClass(/dimmed/);

      // 2. Leaning: Luo Yongqiang leans firmly to Northstar.
      await luoCard.click();
      await panel.section(w.plan);
      await panel.field(w.leansTo).selectOption({ label: w.northstar });
      await panel.field(w.strength).selectOption('3');
      await panel.field(w.evidence).fill(w.evidenceText);
      await panel.section(w.plan);
      const badge = luoCard.getByTestId('leaning-badge');
      await expect(badge).toHaveText(w.badge);
      await expect(badge).toHaveAttribute('aria-label', w.badgeLabel);
      await expect(zhaoCard.getByTestId('leaning-badge')).toHaveCount(0);
      await canvas.saved();
      expect(personOf(app, 'hn_p15').leaning).toEqual({
        kind: 'competitor',
        competitorId: 'hn_c01',
        strength: 3,
        evidence: w.evidenceText,
      });

      await highlight(page, w.highlight).selectOption({ label: w.leaningToNorthstar });
      await expect(page.getByText(w.oneHighlighted)).toBeVisible();
      await expect(luoCard.locator('.person-card')).not.toHaveClass(/dimmed/);
      await expect(zhaoCard.locator('.person-card')).toHaveClass(/dimmed/);
      await highlight(page, w.highlight).selectOption('');

      // The Account view lists Northstar's supporters.
      await panel.section(w.relationship);
      await page.locator('.view-tab', { hasText: w.accountTab }).click();
      const rows = page.getByTestId('supporters-row');
      await expect(rows.filter({ hasText: w.northstarRow })).toContainText(w.supporter);
      // A name opens the person's Plan on the chart.
      await rows.getByRole('button', { name: w.supporter }).click();
      await expect(panel.root.getByRole('heading', { name: w.luo })).toBeVisible();
      await expect(panel.root.getByRole('tab', { name: w.plan, exact: true })).toHaveAttribute('aria-selected', 'true');
      await page.locator('.view-tab', { hasText: w.accountTab }).click();
      // Northstar taken off the list: Luo is kept, under "since removed"; nothing crashes.
      await page.getByRole('button', { name: w.removeNorthstar }).click();
      await expect(rows.filter({ hasText: w.removedRow })).toContainText(w.supporter);
      await expect(rows.filter({ hasText: w.northstarRow })).toHaveCount(0);
      await page.locator('.view-tab', { hasText: w.chartTab }).click();
      await expect(luoCard.getByTestId('leaning-badge')).toHaveAttribute('aria-label', w.removedBadge);
      await luoCard.click();
      await panel.section(w.plan);
      await expect(panel.field(w.leansTo).locator('option:checked')).toHaveText(w.removedOption);
      // One undo brings Northstar back, and Luo's badge with it.
      await page.getByRole('button', { name: w.undo }).click();
      await expect(badge).toHaveAttribute('aria-label', w.badgeLabel);
      await canvas.saved();
      expect(henan(app).competitors.map((c) => c.id)).toContain('hn_c01');

      // 3. A criterion Luo cares about, in his words, with his priority.
      await panel.root.getByLabel(w.addCriterion).selectOption({ label: w.criterion });
      await expect(panel.root.getByTestId('person-criterion')).toContainText(w.criterion);
      await panel.field(w.priority).selectOption('5');
      await panel.field(w.good).fill(w.goodText);

      // A lever of trust tagged with a principle, whose one line is shown in full.
      await panel.root.getByRole('button', { name: w.addEmotional }).click();
      await page.keyboard.type(w.emotionalText);
      await panel.field(w.principle).selectOption('reciprocity');
      await expect(panel.root.getByTestId('principle-description')).toHaveText(w.reciprocity);

      // An influence entry made an action: mine, for Luo, in one step.
      await panel.root.getByRole('button', { name: w.addRational }).click();
      await page.keyboard.type(w.entryText);
      await panel.root.getByRole('button', { name: w.makeAction }).click();
      await expect(panel.root.getByTestId('entry-action')).toContainText(w.inPlan);
      await canvas.saved();
      let stored = henan(app);
      let luo = stored.people.find((p) => p.id === 'hn_p15')!;
      expect(luo.criteria).toEqual([{ id: 'pp_cr1', priority: 5, good: w.goodText }]);
      const entry = luo.influencePlan.at(-1)!;
      expect(entry).toMatchObject({ brain: 'rational', text: w.entryText });
      const action = stored.actions.find((a) => a.id === entry.actionId)!;
      expect(action).toMatchObject({ text: w.entryText, owner: '@me', personIds: ['hn_p15'], status: 'open' });
      expect(await untranslatedKeys(page)).toEqual([]);

      // 4. Undo: the action goes and the entry is no longer linked, in one step; the entry stays.
      const actionsBefore = stored.actions.length;
      await page.getByRole('button', { name: w.undo }).click();
      await expect(panel.root.getByRole('button', { name: w.makeAction })).toBeVisible();
      await canvas.saved();
      stored = henan(app);
      luo = stored.people.find((p) => p.id === 'hn_p15')!;
      expect(stored.actions).toHaveLength(actionsBefore - 1);
      expect(stored.actions.some((a) => a.id === action.id)).toBe(false);
      expect(luo.influencePlan.at(-1)).toMatchObject({ text: w.entryText, actionId: null });
      // Then the entry's text, then the entry itself, each one step.
      await page.getByRole('button', { name: w.undo }).click();
      await page.getByRole('button', { name: w.undo }).click();
      await expect(panel.root.getByTestId('influence-entry')).toHaveCount(1);
      await canvas.saved();
      expect(personOf(app, 'hn_p15').influencePlan).toEqual([
        expect.objectContaining({ brain: 'emotional', text: w.emotionalText, principle: 'reciprocity', actionId: null }),
      ]);
      expect(personOf(app, 'hn_p15').criteria).toEqual([{ id: 'pp_cr1', priority: 5, good: w.goodText }]);
    } finally {
      await app.close();
    }
  });
}

// Issue 18, part C: `npm run screenshots -- --only-meetings`. The Henan demo's Timeline, the
// meeting plan with Chief Engineer Luo, and his debrief once its day has passed (the app's clock
// moved on): English at 1280×720, Chinese at 1920×1080.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { STRINGS } from '../../shared/i18n';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { formatDate } from '../../shared/logic/date-text';
import { STAGE_TERMS } from '../../shared/taxonomy/labels';
import { launchApp } from './launch';
import { HomePage, PersonPanel } from './pages';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number }[] = [
  { locale: 'en', width: 1280, height: 720 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
];

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.evaluate(() => document.fonts.ready);
}

const PLAN = {
  en: {
    objective: 'Walk Luo through the Zhengzhou reference results',
    commitment: 'Luo joins the reference-site visit',
    minimum: 'Luo reads the performance report',
    questions: 'What would convince him on stability?\nWho else reviews the platform specs?',
    bring: 'The Zhengzhou performance report, raw logs on a USB stick',
  },
  'zh-CN': {
    objective: '向罗总工介绍郑州标杆的运行结果',
    commitment: '罗总工参加标杆现场参观',
    minimum: '罗总工看一下性能报告',
    questions: '稳定性上什么能说服他？\n还有谁审平台技术指标？',
    bring: '郑州性能报告、U盘里的原始日志',
  },
} as const;

export async function shootMeetings(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    try {
      const { page } = app;
      const s = STRINGS[locale];
      await page.clock.install();
      const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      await page.getByRole('link', { name: s.timeline.tab, exact: true }).click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/timeline-${locale}.png` });

      const luo = app.session
        .workspace()
        .get('henan')
        .people.find((p) => p.id === 'hn_p15')!;
      await page.getByRole('link', { name: s.account.tabChart, exact: true }).click();
      await canvas.card(luo.name).click();
      const panel = new PersonPanel(page);
      await panel.section(s.person.sections.relationship);
      await panel.root.getByRole('button', { name: s.meetings.plan }).click();
      const dialog = page.getByRole('dialog');
      const day = addDays(localIsoDate(new Date()), 2);
      const date = dialog.getByLabel(s.meetings.date, { exact: true });
      await date.fill(formatDate(day, locale));
      await date.press('Tab');
      const team = app.session.workspace().get('henan').team;
      for (const m of team.slice(0, 2)) await dialog.getByLabel(m.name, { exact: true }).check();
      await dialog.getByLabel(s.meetings.theirs, { exact: true }).selectOption('hn_p10');
      for (const key of ['objective', 'commitment', 'minimum', 'questions', 'bring'] as const)
        await dialog.getByLabel(s.meetings[key], { exact: true }).fill(PLAN[locale][key]);
      await settle(page);
      await page.screenshot({ path: `${OUT}/meeting-plan-${locale}.png` });
      await dialog.getByRole('button', { name: s.meetings.save }).click();

      await page.clock.setSystemTime(new Date(Date.now() + 4 * 86_400_000));
      await page.keyboard.press('Escape');
      await canvas.card(luo.name).click();
      await panel.root.getByRole('button', { name: s.meetings.debrief }).first().click();
      const debrief = page.getByRole('dialog');
      await debrief
        .getByLabel(s.meetings.notes, { exact: true })
        .fill(
          locale === 'en'
            ? 'He read the report during the meeting and asked for the raw logs.'
            : '他当场看了报告，还要了原始日志。',
        );
      await debrief.getByLabel(s.meetings.outcome, { exact: true }).selectOption({ label: s.meetings.outcomes.minimum });
      await debrief.getByLabel(s.meetings.stage, { exact: true }).selectOption({ label: STAGE_TERMS.acquainted.label[locale] });
      await debrief.getByLabel(s.meetings.attitude, { exact: true }).selectOption('neutral');
      await debrief
        .getByLabel(s.meetings.why, { exact: true })
        .fill(
          locale === 'en' ? 'He asked for our logs himself: the first step toward us' : '他主动要我们的日志：第一次向我们靠近',
        );
      await settle(page);
      await page.screenshot({ path: `${OUT}/debrief-${locale}.png` });
      await debrief.getByRole('button', { name: s.meetings.saveDebrief }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('link', { name: s.timeline.tab, exact: true }).click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/timeline-debriefed-${locale}.png` });
    } finally {
      await app.close();
    }
  }
}

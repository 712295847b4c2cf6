// Issue 18's trends: `npm run screenshots -- --only-trends`. The Henan demo's Trends tab (its
// charts, then its coverage heat matrix, as a chart and as a table), Luo Yongqiang's timeline in his panel, the Trends tab in
// the dark theme, and the trend page of a team briefing rendered with pdftoppm; English at
// 1280×720, Chinese at 1920×1080, into docs/screenshots/ (or BIDMAP_SCREENSHOTS).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from './launch';
import { HomePage, PersonPanel } from './pages';

const OUT = process.env.BIDMAP_SCREENSHOTS ?? resolve(import.meta.dirname, '../../docs/screenshots');
const run = promisify(execFile);

type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number }[] = [
  { locale: 'en', width: 1280, height: 720 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
];

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.evaluate(() => document.fonts.ready);
}

export async function shootTrends(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const s = STRINGS[locale];
    const out = await mkdtemp(join(tmpdir(), 'bidmap-shots-trends-'));
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    try {
      const { page } = app;
      const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      await page.getByRole('link', { name: s.trends.tab, exact: true }).click();
      await page.getByTestId('trend-charts').waitFor();
      await settle(page);
      await page.screenshot({ path: `${OUT}/trends-${locale}.png` });
      await page.getByTestId('heat-matrix').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await settle(page);
      await page.screenshot({ path: `${OUT}/trends-heat-${locale}.png` });
      // The same matrix as a table, and the support chart's figures opened.
      await page.getByRole('radio', { name: s.trends.heat.asTable }).click();
      await page.getByTestId('heat-table').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await settle(page);
      await page.screenshot({ path: `${OUT}/trends-table-${locale}.png` });
      await page.getByRole('radio', { name: s.trends.heat.asChart }).click();

      // A person's timeline, in the relationship section of their panel.
      await page.getByRole('link', { name: s.account.tabChart, exact: true }).click();
      await canvas.card(locale === 'en' ? 'Luo Yongqiang' : '罗永强').click();
      const panel = new PersonPanel(page);
      await panel.section(s.person.sections.relationship);
      await panel.root.getByTestId('person-timeline').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await settle(page);
      await page.screenshot({ path: `${OUT}/person-timeline-${locale}.png` });
      await page.keyboard.press('Escape');

      // The trend page of a team briefing, as a reader sees it.
      const pdf = join(out, 'team.pdf');
      app.host.answerSave(pdf);
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      const dialog = page.getByRole('dialog', { name: s.briefing.export.title });
      await dialog.getByRole('radio', { name: new RegExp(`^${s.briefing.levels.team}`) }).check();
      await dialog.getByRole('button', { name: s.briefing.export.save }).click();
      await dialog.getByRole('status').filter({ hasText: pdf }).waitFor({ timeout: 60_000 });
      const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.split('\f');
      const first = text.findIndex((p) => p.includes(s.trends.support.title)) + 1;
      const heat = text.findIndex((p) => p.includes(s.trends.heat.title)) + 1;
      if (first < 1 || heat < 1) throw new Error('No page of the team briefing holds the trends');
      for (const [name, at] of [
        ['trends', first],
        ['trends-heat', heat],
      ] as const) {
        await run('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          String(at),
          '-l',
          String(at),
          '-singlefile',
          pdf,
          `${OUT}/briefing-${name}-${locale}`,
        ]);
      }
      if (locale === 'en') {
        await app.session.invoke('updateSettings', { theme: 'dark' });
        await page.reload();
        await page.waitForSelector('body[data-ready="true"]');
        await page.getByRole('link', { name: s.trends.tab, exact: true }).click();
        await page.getByTestId('heat-matrix').evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await settle(page);
        await page.screenshot({ path: `${OUT}/trends-${locale}-dark.png` });
      }
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  }
  console.log(`trends screenshots written to ${OUT}`);
}

// Issue 18's people who change posts: `npm run screenshots -- --only-succession`. On the bank demo:
// a vacancy card (Su Qing has just left her post) with its panel offering "Fill the post…", the
// account's former people (Fang Jianguo, who retired), the new-incumbent finding, and the chart as
// of a day before he retired, with its banner. English at 1280×720, Chinese at 1920×1080.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { STRINGS } from '../../shared/i18n';
import { vacancyIdFor } from '../../shared/logic/succession';
import { launchApp } from './launch';
import { HomePage } from './pages';

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

export async function shootSuccession(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    try {
      const { page } = app;
      const s = STRINGS[locale];
      await new HomePage(page).open(locale === 'en' ? /Bank/ : /银行/);
      // Su Qing leaves her post today: her card stays, vacant.
      await page.locator('.react-flow__node[data-id="bk_p08"]').click();
      await page.getByTestId('person-panel').getByRole('button', { name: s.succession.leave }).click();
      await page.getByRole('dialog').getByRole('radio', { name: s.succession.kinds.transferred }).check();
      await settle(page);
      await page.screenshot({ path: `${OUT}/succession-leave-${locale}.png` });
      await page.getByRole('dialog').getByRole('button', { name: s.succession.leaveConfirm }).click();
      await page.locator(`.react-flow__node[data-id="${vacancyIdFor('bk_p08')}"]`).click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/succession-vacancy-${locale}.png` });
      await page.keyboard.press('Escape');

      await page.getByRole('link', { name: new RegExp(`^${s.account.tabFindings}`) }).click();
      await page.locator('[data-kind="newIncumbent"]').first().scrollIntoViewIfNeeded();
      await settle(page);
      await page.screenshot({ path: `${OUT}/succession-finding-${locale}.png` });

      await page.getByRole('link', { name: s.account.tabDetails, exact: true }).click();
      await page.locator('#section-formerPeople').scrollIntoViewIfNeeded();
      await page.locator('#section-formerPeople summary').first().click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/succession-former-${locale}.png` });

      // The chart as of the first of the month Fang Jianguo retired in: he holds the post.
      await page.getByRole('link', { name: s.account.tabChart, exact: true }).click();
      const bank = app.session.workspace().get('bank');
      const before = bank.successions.find((x) => x.id === 'bk_p09')!.leftOn.slice(0, 8) + '01';
      await page.getByRole('button', { name: s.succession.asOf.label, exact: true }).click();
      const field = page.getByRole('textbox', { name: s.succession.asOf.label, exact: true });
      await field.fill(before);
      await field.press('Enter');
      await page.getByTestId('as-of-banner').waitFor();
      await page.locator('.react-flow__node[data-id="bk_p07"]').scrollIntoViewIfNeeded();
      await settle(page);
      await page.screenshot({ path: `${OUT}/succession-as-of-${locale}.png` });
    } finally {
      await app.close();
    }
  }
}

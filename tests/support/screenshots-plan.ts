// Issue 17's action plan: `npm run screenshots -- --only-plan`. The Henan demo's Plan (one action
// made from a finding and selected, so its details say what prompted it), the findings with
// "Make it an action", and the home screen's "My actions": English at 1280×720, Chinese at 1920×1080.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { STRINGS } from '../../shared/i18n';
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

export async function shootPlan(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    try {
      const { page } = app;
      const s = STRINGS[locale];
      await settle(page);
      await page.screenshot({ path: `${OUT}/home-actions-${locale}.png` });
      await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      await page.getByRole('link', { name: new RegExp(`^${s.account.tabFindings}`) }).click();
      await page.locator('[data-kind="keyPersonSilent"]').first().getByRole('button', { name: s.plan.makeAction }).click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/findings-actions-${locale}.png` });
      await page.locator('[data-kind="keyPersonSilent"]').first().getByRole('button', { name: s.plan.inPlan }).click();
      await page.getByTestId('plan-details').waitFor();
      // The selected row is scrolled into view; the picture starts at the Plan's head.
      await page.evaluate(() => document.querySelector('.account-overlay')?.scrollTo(0, 0));
      await settle(page);
      await page.screenshot({ path: `${OUT}/plan-${locale}.png` });
    } finally {
      await app.close();
    }
  }
}

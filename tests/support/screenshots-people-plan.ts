import { launchApp } from './launch';
import { HomePage } from './pages';
import { henanPlanShown } from './people-plan';

/**
 * Issue 17, the people (`--only-people-plan`): the Henan chart with targets and leanings and its
 * legend, the Relationship gaps and "Leaning to Northstar" highlights, Sun Jianhua's target and
 * Plan, and the competitors' supporters in the Account view.
 */
export async function shootPeoplePlan(out: string, locale: 'en' | 'zh-CN'): Promise<void> {
  // English at a small laptop's 1280×720, Chinese at 1920×1080: both ends of what reps use.
  const viewport = locale === 'en' ? { width: 1280, height: 720 } : { width: 1920, height: 1080 };
  const app = await launchApp({ demo: true, locale, viewport });
  const en = locale === 'en';
  try {
    const { page } = app;
    app.session.workspace().update('henan', (a) => henanPlanShown(a, locale));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const canvas = await new HomePage(page).open(en ? /Henan/ : /河南/);
    // Near enough for the cards to show their marks (a fitted chart at 1280×720 shows names only).
    for (let i = 0; i < (en ? 2 : 1); i++) await page.locator('.react-flow__controls-zoomin').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/people-plan-cards-${locale}.png` });
    await page.getByRole('button', { name: en ? 'Legend' : '图例' }).click();
    await page.waitForTimeout(300);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${out}/people-plan-chart-${locale}.png` });
    await page.getByRole('button', { name: en ? 'Legend' : '图例' }).click();
    const highlight = page.getByLabel(en ? 'Highlight' : '突出显示', { exact: true });
    await highlight.selectOption('gaps');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/people-plan-gaps-${locale}.png` });
    await highlight.selectOption('leaning:hn_c01');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/people-plan-leaning-${locale}.png` });
    await highlight.selectOption('');

    await canvas.card(en ? 'Sun Jianhua' : '孙建华').click();
    const panel = page.getByTestId('person-panel');
    await panel.waitFor();
    await page.locator('#person-tab-relationship').click();
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/person-target-${locale}.png` });
    await page.locator('#person-tab-plan').click();
    await page.waitForTimeout(150);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${out}/person-plan-${locale}.png` });
    await panel.getByTestId('brain-emotional').evaluate((e) => e.scrollIntoView());
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${out}/person-plan-influence-${locale}.png` });

    await page.locator('.view-tab').nth(1).click();
    await page.getByTestId('account-details').waitFor();
    await page.locator('#section-competitors').evaluate((e) => e.scrollIntoView());
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/account-supporters-${locale}.png` });
  } finally {
    await app.close();
  }
}

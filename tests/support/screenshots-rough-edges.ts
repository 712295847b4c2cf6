// Issue 15's screens, before and after its fixes: `npm run screenshots -- --only-rough-edges [--tag before|after]`.
// Each item at 1280×720 (English) and 1920×1080 (Chinese), into docs/screenshots/rough-edges/.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from './launch';
import { HomePage } from './pages';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots/rough-edges');

type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number }[] = [
  { locale: 'en', width: 1280, height: 720 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
];

const tr = <T>(locale: Locale, en: T, zh: T): T => (locale === 'en' ? en : zh);

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await page.evaluate(() => document.fonts.ready);
}

async function typeName(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
}

/** Item 2: a budget typed as a person types it. */
async function budget(page: Page, locale: Locale, shot: (name: string) => Promise<void>): Promise<void> {
  await new HomePage(page).open(tr(locale, /Henan/, /河南/));
  await page.locator('.view-tab').nth(1).click();
  await page.getByTestId('account-details').waitFor();
  const field = page
    .getByTestId('opportunity')
    .first()
    .getByLabel(tr(locale, 'Budget', '预算'), { exact: true });
  await field.scrollIntoViewIfNeeded();
  await field.fill(tr(locale, 'about 12M', '1,200万元'));
  await field.press('Tab');
  await settle(page);
  await shot('budget');
}

/** Item 3: the person panel opened on a card at the right of the Henan chart. */
async function panel(page: Page, locale: Locale, shot: (name: string) => Promise<void>): Promise<void> {
  const canvas = await new HomePage(page).open(tr(locale, /Henan/, /河南/));
  await settle(page);
  // The right-most card in view: the one the panel is most likely to cover.
  const boxes = await canvas.cards.evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-id'), x: e.getBoundingClientRect().right })),
  );
  const right = boxes.sort((a, b) => b.x - a.x)[0]!;
  await page.locator(`.react-flow__node[data-id="${right.id}"]`).click();
  await page.getByTestId('person-panel').waitFor();
  await settle(page);
  await shot('panel');
}

/** Item 4: a manager with three reports by Tab, two of them with two reports each, no L pressed. */
async function tabReports(page: Page, locale: Locale, shot: (name: string) => Promise<void>): Promise<void> {
  await page.keyboard.press('Control+n');
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .fill(tr(locale, 'Qingdao Port', '青岛港'));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  if (!(await page.locator('.canvas').count())) await new HomePage(page).openChart(tr(locale, 'Qingdao Port', '青岛港'));
  const canvas = new HomePage(page);
  void canvas;
  await page
    .getByRole('button', { name: tr(locale, '+ Add person', '+ 添加人员') })
    .first()
    .click();
  await typeName(page, tr(locale, 'Boss Wang', '王总'));
  const card = (name: string) =>
    page.locator('.react-flow__node-person').filter({ has: page.locator('.card-name', { hasText: name }) });
  const tab = async (manager: string, name: string) => {
    await card(manager).click();
    await page.keyboard.press('Tab');
    await typeName(page, name);
  };
  const boss = tr(locale, 'Boss Wang', '王总');
  const [a, b, c] = locale === 'en' ? ['Ann Li', 'Bob Zhao', 'Cat Sun'] : ['李安', '赵波', '孙凯'];
  await tab(boss, a);
  await tab(boss, b);
  await tab(boss, c);
  await tab(a, tr(locale, 'Dan Qian', '钱丹'));
  await tab(a, tr(locale, 'Eve Zhou', '周怡'));
  await tab(b, tr(locale, 'Fay Wu', '吴菲'));
  await tab(b, tr(locale, 'Gus Zheng', '郑刚'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Digit1');
  await settle(page);
  await shot('tab-reports');
}

/** Item 6: deleting a manager with reports, and its toast. */
async function deleteManager(page: Page, locale: Locale, shot: (name: string) => Promise<void>): Promise<void> {
  const canvas = await new HomePage(page).open(tr(locale, /Henan/, /河南/));
  await settle(page);
  await canvas.card(tr(locale, 'Sun Jianhua', '孙建华')).click();
  await page.keyboard.press('Escape');
  await canvas.card(tr(locale, 'Sun Jianhua', '孙建华')).click();
  await page
    .locator('.react-flow__pane')
    .focus()
    .catch(() => undefined);
  await canvas.card(tr(locale, 'Sun Jianhua', '孙建华')).focus();
  await page.keyboard.press('Delete');
  await page.waitForTimeout(300);
  await settle(page);
  await shot('delete-manager');
}

/** Item 8: Coverage & risks of a new, empty account. */
async function emptyFindings(page: Page, locale: Locale, shot: (name: string) => Promise<void>): Promise<void> {
  await page.keyboard.press('Control+n');
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .fill(tr(locale, 'Ningbo Port', '宁波港'));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  if (!(await page.locator('.canvas').count())) await new HomePage(page).openChart(tr(locale, 'Ningbo Port', '宁波港'));
  await page.locator('.view-tab').nth(2).click();
  await page.getByTestId('findings').waitFor();
  await settle(page);
  await shot('findings-empty');
  await page.getByRole('link', { name: tr(locale, 'Back to accounts', '返回客户列表') }).click();
  await new HomePage(page).open(tr(locale, /Henan/, /河南/));
  await page.locator('.view-tab').nth(2).click();
  await page.getByTestId('findings').waitFor();
  await settle(page);
  await shot('findings-henan');
}

/** Item 11: ally and rival lines on the bank's chart; item 15: the legend beside it. */
async function lines(page: Page, locale: Locale, shot: (name: string) => Promise<void>): Promise<void> {
  await new HomePage(page).open(tr(locale, /bank|Bank/, /银行/));
  await settle(page);
  await shot('lines-bank');
  await page.getByRole('link', { name: tr(locale, 'Back to accounts', '返回客户列表') }).click();
  await new HomePage(page).open(tr(locale, /Henan/, /河南/));
  // Since the fix the legend folds to a button: open it, to show what it explains.
  const legend = page.getByRole('button', { name: tr(locale, 'Legend', '图例'), exact: true });
  if (await legend.count()) await legend.click();
  await settle(page);
  await shot('legend-henan');
}

const ITEMS = { budget, panel, tabReports, deleteManager, emptyFindings, lines };

export async function shootRoughEdges(tag: string): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const size of SIZES) {
    for (const [name, item] of Object.entries(ITEMS)) {
      const app = await launchApp({ demo: true, locale: size.locale, viewport: { width: size.width, height: size.height } });
      try {
        const shot = (what: string) =>
          app.page.screenshot({ path: `${OUT}/${what}-${size.width}-${size.locale}-${tag}.png` }).then(() => undefined);
        await item(app.page, size.locale, shot);
      } catch (e) {
        console.error(`${name} (${size.width}, ${size.locale}): ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await app.close();
      }
    }
  }
}

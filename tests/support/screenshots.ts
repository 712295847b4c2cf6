// `npm run screenshots`: the home screen, search everywhere and the demo canvas in both languages, for README and review.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchApp } from './launch';
import { generateOrgAccount } from './org-generator';
import { HomePage } from './pages';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

async function shoot(locale: 'en' | 'zh-CN', theme: 'light' | 'dark'): Promise<void> {
  const app = await launchApp({ demo: true, locale });
  try {
    const { page } = app;
    if (theme === 'dark') {
      await app.session.invoke('updateSettings', { theme: 'dark' });
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
    }
    await page.evaluate(() => document.fonts.ready);
    const suffix = theme === 'dark' ? `${locale}-dark` : locale;
    await page.screenshot({ path: `${OUT}/home-${suffix}.png` });
    if (theme === 'light') {
      // Search everywhere (Ctrl+K) over the home screen: "zhang" finds 张 by pinyin in zh-CN, Zhang in every group in en.
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox').fill('zhang');
      await page.getByRole('option').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/search-${locale}.png` });
      await page.keyboard.press('Escape');
    }
    const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
    await canvas.nodes.first().waitFor();
    await page.waitForTimeout(300); // let fitView settle before the picture
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/canvas-${suffix}.png` });
  } finally {
    await app.close();
  }
}

/** Semantic zoom on a generated 300-person chart (whole and closer), and the Henan chart exported as PNG. */
async function shootCanvasExtras(): Promise<void> {
  const app = await launchApp({ demo: true, locale: 'en' });
  try {
    const { page } = app;
    await app.session.workspace().add([generateOrgAccount({ people: 300, seed: 3, id: 'big', name: 'Generated 300-person group', withPositions: true })]);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await new HomePage(page).open(/Generated/);
    // The whole chart in view: cards are blocks of their attitude colour, the overview in the corner.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/canvas-blocks-en.png` });
    // From there, zoom in to where cards are names on their attitude colour.
    const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1] ?? 1);
    for (let i = 0; i < 20 && (await zoom()) < 0.3; i++) {
      await page.locator('.react-flow__controls-zoomin').click();
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(400);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/canvas-far-en.png` });
    await page.getByRole('link', { name: 'Back to accounts' }).click();
    await new HomePage(page).open(/Henan/);
    await page.waitForTimeout(300);
    app.host.answerSave(`${OUT}/export-en.png`);
    await page.getByLabel('Export picture').selectOption('png');
    await page.getByText(/Saved the picture as/).waitFor();
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
await shoot('en', 'light');
await shoot('zh-CN', 'light');
await shoot('en', 'dark');
await shootCanvasExtras();
console.log(`screenshots written to ${OUT}`);

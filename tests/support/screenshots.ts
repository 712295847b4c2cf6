// `npm run screenshots`: the home screen and the demo canvas in both languages, for README and review.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchApp } from './launch';
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
    const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
    await canvas.nodes.first().waitFor();
    await page.waitForTimeout(300); // let fitView settle before the picture
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/canvas-${suffix}.png` });
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
await shoot('en', 'light');
await shoot('zh-CN', 'light');
await shoot('en', 'dark');
console.log(`screenshots written to ${OUT}`);

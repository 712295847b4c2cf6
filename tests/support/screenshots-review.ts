// Issue 18's review of the account: `npm run screenshots -- --only-review`. The Henan demo as it
// comes, with months of past reviews: since the last one Luo Yongqiang has gone from opponent to
// skeptic (the reference-site visit) and stages moved up; the newest past review is opened, and
// the rep starts a note. English at 1280×720, Chinese at 1920×1080, into docs/screenshots/ (or
// BIDMAP_SCREENSHOTS, to look at them without touching the committed ones).
import { resolve } from 'node:path';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from './launch';
import { HomePage } from './pages';

const OUT = process.env.BIDMAP_SCREENSHOTS ?? resolve(import.meta.dirname, '../../docs/screenshots');

type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number }[] = [
  { locale: 'en', width: 1280, height: 720 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
];

export async function shootReview(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    try {
      const { page } = app;
      const s = STRINGS[locale].review;
      await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      // Ctrl+Shift+R, the review's shortcut.
      await page.keyboard.press('Control+Shift+R');
      const review = page.getByTestId('review');
      await review.waitFor();
      await review.getByTestId('review-past').getByRole('listitem').first().getByRole('button').click();
      await page
        .getByLabel(s.notes.changed)
        .fill(
          locale === 'en'
            ? 'After the reference visit Luo is a skeptic, no longer an opponent.'
            : '样板点参观后，罗永强由反对转为怀疑。',
        );
      await page.waitForTimeout(400);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/review-${locale}.png` });
    } finally {
      await app.close();
    }
  }
}

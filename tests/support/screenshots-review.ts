// Issue 18's review of the account: `npm run screenshots -- --only-review`. The Henan demo reviewed
// once, then Luo Yongqiang from opponent to skeptic, a stage up, a person added and an action done:
// the review lists them. English at 1280×720, Chinese at 1920×1080.
import { resolve } from 'node:path';
import { STRINGS } from '../../shared/i18n';
import { localIsoDate } from '../../shared/logic/dates';
import { Person } from '../../shared/model/person';
import { Action } from '../../shared/model/strategy';
import { launchApp } from './launch';
import { HomePage } from './pages';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

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
      const open = async () => {
        await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
        // Ctrl+Shift+R, the review's shortcut.
        await page.keyboard.press('Control+Shift+R');
        await page.getByTestId('review').waitFor();
      };
      await open();
      await page
        .getByLabel(s.notes.learned)
        .fill(locale === 'en' ? 'Luo opposes the cloud platform; Sun backs us.' : '罗永强反对云平台；孙建华支持我们。');
      await page.getByRole('button', { name: s.save }).click();
      await page.waitForTimeout(300);
      const today = localIsoDate(new Date());
      app.session.workspace().update('henan', (a) => {
        const open = a.actions.find((x) => x.status === 'open');
        return {
          ...a,
          people: [
            ...a.people.map((p) =>
              p.id === 'hn_p15'
                ? { ...p, attitude: 'skeptic' as const, leaning: { ...p.leaning, kind: 'none' as const, competitorId: null } }
                : p.id === 'hn_p02'
                  ? { ...p, relationship: { ...p.relationship, stage: 'trust' as const } }
                  : p,
            ),
            Person.parse({
              id: 'p_new',
              name: locale === 'en' ? 'Qian Lei' : '钱磊',
              title: locale === 'en' ? 'Procurement officer' : '采购专员',
            }),
          ],
          actions: a.actions.map((x) => (x.id === open?.id ? Action.parse({ ...x, status: 'done', statusDate: today }) : x)),
        };
      });
      await app.session.workspace().saveNow('henan');
      await page.getByRole('link', { name: STRINGS[locale].nav.back }).click();
      await open();
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

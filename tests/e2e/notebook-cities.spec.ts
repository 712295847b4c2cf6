// The notebook's city filter takes a city as people type it, in either language: "beijing", "bj",
// "Beijing" and 北京 find trips to 北京 and trips written "Beijing"; only a whole city name asks
// "who will be in <city>", named as the UI's language writes it.
import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import type { ItineraryItem } from '../../shared/model/person';
import { launchApp, type LaunchedApp } from '../support/launch';
import { untranslatedKeys } from '../support/pages';

async function addTrips(app: LaunchedApp, trips: Record<string, ItineraryItem>): Promise<void> {
  app.session.workspace().update('henan', (a) => ({
    ...a,
    people: a.people.map((p) => (trips[p.id] ? { ...p, itinerary: [...p.itinerary, trips[p.id]!] } : p)),
  }));
  await app.session.flush();
  await app.page.reload();
  await app.page.waitForSelector('body[data-ready="true"]');
}

const rows = (page: Page) => page.getByTestId('agenda-trip');

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale];
  test(`the city filter finds 北京 by beijing, bj, Beijing and 北京, and asks only about a whole city (${locale})`, async () => {
    const app = await launchApp({ demo: true, locale });
    const { page } = app;
    try {
      const today = localIsoDate(new Date());
      const trip = (id: string, city: string, place: string): ItineraryItem => ({
        id,
        from: addDays(today, 3),
        to: addDays(today, 4),
        city,
        place,
        transport: '',
        purpose: '',
        source: '',
      });
      // One trip written in Chinese, one in English: the same city.
      await addTrips(app, {
        hn_p06: trip('e2e_zh', '北京', 'Conference centre A'),
        hn_p07: trip('e2e_en', 'Beijing', 'Conference centre B'),
      });
      const [zhName, enName] = ['hn_p06', 'hn_p07'].map(
        (id) =>
          app.session
            .workspace()
            .get('henan')
            .people.find((p) => p.id === id)!.name,
      );
      await page.getByRole('link', { name: s.notebook.nav, exact: true }).first().click();
      await page.getByLabel(s.notebook.period).selectOption('7');
      const city = page.getByLabel(s.notebook.city);
      const summary = page.getByTestId('notebook-summary');
      const both = rows(page).filter({ hasText: /Conference centre [AB]/ });
      const cityName = locale === 'en' ? 'Beijing' : '北京';
      const question = locale === 'en' ? `Who will be in ${cityName} between` : `谁会在${cityName}？`;

      for (const typed of ['beijing', 'Beijing', 'bj', '北京', '北京市']) {
        await city.fill(typed);
        await expect(both, typed).toHaveCount(2);
        // A whole name asks, naming the city as the UI writes it, and answers with both travellers.
        await expect(summary, typed).toContainText(question);
        await expect(summary).toContainText(zhName!);
        await expect(summary).toContainText(enName!);
      }
      // Half a city filters as it is typed, but asks nothing ("谁会在北？" would be nonsense).
      for (const typed of ['北', 'bei', 'Beij']) {
        await city.fill(typed);
        await expect(both, typed).toHaveCount(2);
        await expect(summary, typed).not.toContainText(locale === 'en' ? 'Who will be in' : '谁会在');
      }
      // Another city finds neither.
      await city.fill(locale === 'en' ? 'Shanghai' : '上海');
      await expect(both).toHaveCount(0);
      expect(await untranslatedKeys(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

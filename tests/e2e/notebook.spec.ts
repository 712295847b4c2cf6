import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import type { ItineraryItem } from '../../shared/model/person';
import { formatDate } from '../../shared/logic/date-text';
import { launchApp, type LaunchedApp } from '../support/launch';
import { untranslatedKeys } from '../support/pages';

/** Puts a trip on a person of a demo account through the services, makes them key, and reloads the page. */
async function addTrip(app: LaunchedApp, accountId: string, personId: string, trip: ItineraryItem): Promise<void> {
  app.session.workspace().update(accountId, (a) => ({
    ...a,
    people: a.people.map((p) => (p.id === personId ? { ...p, keyPerson: true, itinerary: [...p.itinerary, trip] } : p)),
  }));
  await app.session.flush();
  await app.page.reload();
  await app.page.waitForSelector('body[data-ready="true"]');
}

const rows = (page: Page) => page.getByTestId('agenda-trip');

test.describe('the itinerary notebook', () => {
  test('lists a trip to Beijing set for next week, filters by city, exports it as an .ics that parses, and shows it on the home card', async () => {
    const app = await launchApp({ demo: true, locale: 'zh-CN' });
    const out = await mkdtemp(join(tmpdir(), 'bidmap-ics-'));
    try {
      const { page } = app;
      // The browser and this process share the machine's clock and time zone.
      const today = localIsoDate(new Date());
      const from = addDays(today, 7);
      const to = addDays(today, 9);
      const henan = app.session.workspace().get('henan');
      const person = henan.people.find((p) => p.keyPerson)!;
      await addTrip(app, 'henan', person.id, {
        id: 'e2e_beijing',
        from,
        to,
        city: '北京',
        place: '国家会议中心',
        transport: '高铁 G80',
        purpose: '国网年度工作会议',
        source: '办公室秘书',
      });

      // The home card: a key person's trip within the next 7 days.
      const card = page.getByTestId('upcoming-card');
      await expect(card.getByRole('heading', { name: '未来 7 天' })).toBeVisible();
      await expect(card.locator('li', { hasText: person.name })).toContainText('北京');

      await page.getByRole('link', { name: '行程本', exact: true }).click();
      await expect(page.getByRole('heading', { name: '行程本', level: 1 })).toBeVisible();
      const trip = rows(page).filter({ hasText: '国家会议中心' });
      await expect(trip).toHaveCount(1);
      await expect(trip).toContainText(person.name);
      await expect(trip).toContainText('北京');
      await expect(trip).toContainText(henan.name);
      // Grouped under its day.
      await expect(page.locator(`section[data-date="${from}"]`)).toContainText(person.name);
      expect(await untranslatedKeys(page)).toEqual([]);

      // "Who will be in 北京 between … and …?": only trips to Beijing, and the people named.
      await page.getByLabel('城市').fill('北京');
      await expect(page.getByTestId('notebook-summary')).toContainText('谁会在北京？');
      await expect(page.getByTestId('notebook-summary')).toContainText(person.name);
      const shown = await rows(page).count();
      expect(shown).toBeGreaterThanOrEqual(1);
      for (const text of await rows(page).allInnerTexts()) expect(text).toContain('北京');
      await page.getByLabel('城市').fill('上海');
      await expect(rows(page).filter({ hasText: '国家会议中心' })).toHaveCount(0);
      await page.getByLabel('城市').fill('北京');
      await expect(rows(page)).toHaveCount(shown);

      // The export holds exactly the list shown, and parses.
      const file = join(out, 'notebook.ics');
      app.host.answerSave(file);
      await page.getByRole('button', { name: '导出 .ics' }).click();
      await expect(page.getByText(/日历已保存为/)).toBeVisible();
      const events = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(shown); // the city filter leaves no birthdays
      const event = events.find((e) => e.uid === `henan.${person.id}.e2e_beijing@bidmap`)!;
      expect(event).toBeDefined();
      expect(event.summary).toBe(`${person.name} → 北京 · 国网年度工作会议`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(from);
      expect(event.endDate.toString()).toBe(addDays(to, 1));
      expect(event.location).toBe('北京 国家会议中心');
      expect(event.description).toContain('交通：高铁 G80');
      expect(event.description).toContain(`客户：${henan.name}`);

      // The person's name opens their account's chart with them selected and their panel open.
      await trip.getByRole('link', { name: person.name }).click();
      await expect(page.getByRole('heading', { name: henan.name })).toBeVisible();
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: person.name })).toBeVisible();
      // Once shown, the address is the account's own again (Back goes where the user was).
      await expect(page).toHaveURL(/#\/accounts\/henan$/);
      // Back in the notebook, the filters are as they were left.
      await page.getByRole('link', { name: '行程本', exact: true }).click();
      await expect(page.getByLabel('城市')).toHaveValue('北京');
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  test('in English: key people only, accounts, dates between, empty states and the keyboard', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      const today = localIsoDate(new Date());
      const bank = app.session.workspace().get('bank');
      const notKey = bank.people.find((p) => !p.keyPerson)!;
      app.session.workspace().update('bank', (a) => ({
        ...a,
        people: a.people.map((p) => (p.id === notKey.id ? { ...p, itinerary: [{ id: 'e2e_sh', from: addDays(today, 2), to: '', city: 'Shanghai', place: 'Lujiazui tower', transport: '', purpose: '', source: '' }] } : p)),
      }));
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      // Not a key person: not on the home card, but in the notebook.
      await expect(page.getByTestId('upcoming-card')).not.toContainText(notKey.name);

      // The top bar's link is reachable from the keyboard.
      await page.getByRole('link', { name: 'Portfolio', exact: true }).focus();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Notebook', exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Notebook', level: 1 })).toBeVisible();
      const shanghai = rows(page).filter({ hasText: 'Lujiazui tower' });
      await expect(shanghai).toContainText(notKey.name);
      await expect(shanghai).toContainText('one day');

      await page.getByLabel('Key people only').check();
      await expect(shanghai).toHaveCount(0);
      await page.getByLabel('Key people only').uncheck();
      await expect(shanghai).toHaveCount(1);

      // Accounts: ticking Henan alone hides the bank's trip.
      await page.locator('.account-picker summary').click();
      await page.getByRole('checkbox', { name: /Henan/ }).check();
      await expect(shanghai).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(page.locator('.account-picker summary')).toContainText('Henan');
      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await expect(shanghai).toHaveCount(1);

      // Between two dates: a bad range says so; days with nothing say that.
      await page.getByLabel('Days').selectOption('custom');
      await page.getByLabel('From').fill(addDays(today, 400));
      await page.getByLabel('To', { exact: true }).fill(addDays(today, 399));
      await page.getByLabel('To', { exact: true }).press('Enter');
      // Refused at the field, in words, naming the start as the language writes it.
      await expect(page.getByRole('alert')).toHaveText(
        `Ends before it starts (${formatDate(addDays(today, 400), 'en')}). Choose ${formatDate(addDays(today, 400), 'en')} or later.`,
      );
      await page.getByLabel('To', { exact: true }).fill(addDays(today, 401));
      await page.getByLabel('To', { exact: true }).press('Enter');
      await expect(page.getByLabel('To', { exact: true })).toHaveValue(formatDate(addDays(today, 401), 'en'));
      await expect(page.getByText('Nothing in these days')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Export .ics' })).toBeDisabled();
      // A city nobody visits, in a period with trips: the filters are the reason, and can be cleared.
      await page.getByLabel('Days').selectOption('30');
      await page.getByLabel('City').fill('Atlantis');
      // No city of that name is known (no trip, not in the table of cities): no question about it.
      await expect(page.getByTestId('notebook-summary')).not.toContainText('Who will be in');
      await expect(page.getByText('Nothing matches these filters')).toBeVisible();
      await page.getByRole('button', { name: 'Clear filters' }).last().click();
      await expect(shanghai).toHaveCount(1);
      expect(await untranslatedKeys(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

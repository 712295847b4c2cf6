import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { formatDate } from '../../shared/logic/date-text';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { recordReview } from '../../shared/logic/history/review-record';
import { formatDay } from '../../shared/logic/itinerary/format';
import { Review } from '../../shared/model/review';
import { launchApp, type LaunchedApp } from '../support/launch';
import { untranslatedKeys } from '../support/pages';

// Issue 18: an account whose review is due says so in the notebook (on the day it falls due,
// today when never made) and in its .ics, and offers a Review button on the home screen; both open
// the account's Review tab.

test.use({ actionTimeout: 20_000 });

/**
 * Henan: weekly, never reviewed (due today). The bank: weekly, reviewed three days ago (due in four
 * days). The two other demo accounts, reviewed on their own cadences, set to none so these two are
 * all the notebook lists. Set through the services, then the page reloads.
 */
async function setCadences(app: LaunchedApp, today: string): Promise<void> {
  const ws = app.session.workspace();
  ws.update('henan', (a) => ({ ...a, reviewCadence: 'weekly', reviews: [] }));
  for (const id of ['shandong', 'newspaper']) ws.update(id, (a) => ({ ...a, reviewCadence: 'none' }));
  ws.update('bank', (a) => {
    const date = addDays(today, -3);
    const made = { id: 'e2e_r1', date, at: `${date}T10:00:00.000Z`, by: 'Li Na', notes: { changed: '', learned: '', decided: '' } };
    return { ...a, reviewCadence: 'weekly', reviews: [Review.parse(recordReview(a, made))] };
  });
  await app.session.flush();
  await app.page.reload();
  await app.page.waitForSelector('body[data-ready="true"]');
}

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: the home screen's Review button on a due account opens its Review tab, from the keyboard too`, async () => {
    const app = await launchApp({ demo: true, locale });
    const { page } = app;
    try {
      const today = localIsoDate(new Date());
      await setCadences(app, today);
      const henan = app.session.workspace().get('henan');
      const bank = app.session.workspace().get('bank');
      const henanRow = page.getByTestId('account-row').filter({ hasText: henan.name });
      const bankRow = page.getByTestId('account-row').filter({ hasText: bank.name });
      await expect(henanRow.getByTestId('review-due')).toHaveText(s.home.reviewDue);
      const button = henanRow.getByRole('button', { name: fill(s.home.reviewOpen, { account: henan.name }) });
      await expect(button).toHaveText(s.home.review);
      // Not due yet: neither the badge nor the button.
      await expect(bankRow.getByTestId('review-due')).toHaveCount(0);
      await expect(bankRow.getByRole('button', { name: s.home.review, exact: true })).toHaveCount(0);
      await expect(bankRow.getByRole('button')).toHaveCount(3); // open, rename, delete
      expect(await untranslatedKeys(page)).toEqual([]);

      // From the row's own button, Tab reaches Review next, and Enter opens the Review tab.
      await henanRow.locator('.account-open').focus();
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/accounts\/henan\/review$/);
      await expect(page.getByTestId('review')).toBeVisible();
      await expect(page.getByTestId('review').getByTestId('review-due')).toHaveText(s.review.due);

      // A click does the same; once reviewed, the button is gone.
      await page.getByRole('link', { name: s.nav.back }).click();
      await button.click();
      await expect(page).toHaveURL(/#\/accounts\/henan\/review$/);
      await page.getByTestId('review').getByRole('button', { name: s.review.save }).click();
      await expect.poll(() => app.session.workspace().get('henan').reviews.length).toBe(1);
      await page.getByRole('link', { name: s.nav.back }).click();
      await expect(henanRow).toBeVisible();
      await expect(henanRow.getByRole('button', { name: s.home.review, exact: true })).toHaveCount(0);
      await expect(henanRow.getByTestId('review-due')).toHaveCount(0);
    } finally {
      await app.close();
    }
  });

  test(`${locale}: the notebook lists reviews due on their day, filters them, exports them and opens the Review tab`, async () => {
    const app = await launchApp({ demo: true, locale });
    const out = await mkdtemp(join(tmpdir(), 'bidmap-review-ics-'));
    const { page } = app;
    try {
      const today = localIsoDate(new Date());
      await setCadences(app, today);
      const henan = app.session.workspace().get('henan');
      const bank = app.session.workspace().get('bank');
      await page.getByRole('link', { name: s.notebook.nav, exact: true }).click();
      await expect(page.getByRole('heading', { name: s.notebook.title, level: 1 })).toBeVisible();

      const reviews = page.getByTestId('agenda-review');
      await expect(reviews).toHaveCount(2);
      // Never reviewed: today. Reviewed three days ago, weekly: in four days, with its last review.
      const henanEntry = page.locator(`section[data-date="${today}"]`).getByTestId('agenda-review');
      await expect(henanEntry).toContainText(fill(s.review.notebook.open, { account: henan.name }));
      await expect(henanEntry).toContainText(s.review.never);
      await expect(henanEntry).toContainText(s.review.cadences.weekly);
      const bankEntry = page.locator(`section[data-date="${addDays(today, 4)}"]`).getByTestId('agenda-review');
      await expect(bankEntry).toContainText(fill(s.review.notebook.open, { account: bank.name }));
      await expect(bankEntry).toContainText(fill(s.review.lastOn, { date: formatDay(addDays(today, -3), locale) }));
      await expect(page.getByTestId('notebook-summary')).toContainText(fill(s.review.notebook.count_other, { count: 2 }));
      expect(await untranslatedKeys(page)).toEqual([]);

      // Its switch hides and shows them; key people only hides them (they are the account's).
      const toggle = page.getByRole('checkbox', { name: s.review.notebook.show, exact: true });
      await toggle.uncheck();
      await expect(reviews).toHaveCount(0);
      await toggle.check();
      await expect(reviews).toHaveCount(2);
      await page.getByRole('checkbox', { name: s.notebook.keyOnly }).check();
      await expect(reviews).toHaveCount(0);
      await page.getByRole('checkbox', { name: s.notebook.keyOnly }).uncheck();
      await expect(reviews).toHaveCount(2);

      // The .ics holds them as all-day events on the same days.
      const file = join(out, 'notebook.ics');
      app.host.answerSave(file);
      await page.getByRole('button', { name: s.notebook.exportIcs }).click();
      await expect(page.getByText(fill(s.notebook.exported, { path: file }))).toBeVisible();
      const events = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const henanEvent = events.find((e) => e.uid === 'henan.review@bidmap')!;
      expect(henanEvent.summary).toBe(fill(s.review.ics.summary, { account: henan.name }));
      expect(henanEvent.startDate.isDate).toBe(true);
      expect(henanEvent.startDate.toString()).toBe(today);
      const bankEvent = events.find((e) => e.uid === 'bank.review@bidmap')!;
      expect(bankEvent.startDate.toString()).toBe(addDays(today, 4));
      expect(bankEvent.description).toContain(formatDate(addDays(today, -3), locale));

      // The entry opens the account's Review tab.
      await henanEntry.getByRole('link').click();
      await expect(page).toHaveURL(/#\/accounts\/henan\/review$/);
      await expect(page.getByTestId('review')).toBeVisible();
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

// Dates as each language writes them, in every field and view, whatever the browser's own locale;
// a trip cannot end before it starts (said at the field); removing a trip says which, with Undo;
// a birthday may be a day and month without a year.
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { formatDate } from '../../shared/logic/date-text';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage, PersonPanel, untranslatedKeys } from '../support/pages';

/** The app with its language chosen in Settings, the browser (the OS) speaking another. */
async function launchIn(locale: 'en' | 'zh-CN', browserLocale: string): Promise<LaunchedApp> {
  const app = await launchApp({ demo: true, locale, browserLocale });
  await app.session.invoke('updateSettings', { language: locale });
  await app.page.reload();
  return app;
}

const henan = (app: LaunchedApp) => app.session.workspace().get('henan');
const maJun = (app: LaunchedApp) => henan(app).people.find((p) => p.id === 'hn_p10')!;

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale];
  // The browser speaks the other language: a native date input would follow it (11/30/2026 in a Chinese UI).
  const browserLocale = locale === 'en' ? 'zh-CN' : 'en-US';
  const date = (iso: string) => formatDate(iso, locale);

  test.describe(`dates (${locale}, browser in ${browserLocale})`, () => {
    test('a trip’s dates show and are typed in the language’s format; an end before the start is refused at the field; a removed trip says so and comes back', async () => {
      const app = await launchIn(locale, browserLocale);
      const { page } = app;
      try {
        const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
        const name = maJun(app).name;
        await canvas.card(name).click();
        const panel = new PersonPanel(page);
        await panel.section(s.person.sections.itinerary);
        const trip = maJun(app).itinerary[0]!;
        const from = panel.field(s.person.itinerary.from);
        const to = panel.field(s.person.itinerary.to);
        await expect(from).toHaveValue(date(trip.from));
        await expect(to).toHaveValue(date(trip.to));
        await expect(from).toHaveAttribute('type', 'text');
        // Shown as "29 Dec 2026" / "2026年12月29日", never as the browser's 12/29/2026 or 2026/12/29.
        expect(await from.inputValue()).toMatch(
          locale === 'en' ? /^\d{1,2} [A-Z][a-z]{2} \d{4}$/ : /^\d{4}年\d{1,2}月\d{1,2}日$/,
        );

        // An end before the start: refused at the field, in words naming the start; nothing saved.
        await to.fill(addDays(trip.from, -2));
        await to.press('Enter');
        const alert = panel.root.getByRole('alert');
        await expect(alert).toHaveText(fill(s.dates.endBeforeStart, { start: date(trip.from) }));
        await expect(to).toHaveAttribute('aria-invalid', 'true');
        await expect(to).toHaveValue(addDays(trip.from, -2)); // kept to correct
        await canvas.saved();
        expect(maJun(app).itinerary[0]!.to).toBe(trip.to);
        // Nor a start after the end.
        await from.fill(date(addDays(trip.to, 1)));
        await from.press('Enter');
        await expect(panel.root.getByRole('alert').first()).toHaveText(fill(s.dates.startAfterEnd, { end: date(trip.to) }));
        await from.press('Escape'); // puts the saved date back
        await expect(from).toHaveValue(date(trip.from));
        // Not a date at all.
        await to.fill(locale === 'en' ? 'next week' : '下周');
        await to.press('Enter');
        await expect(panel.root.getByRole('alert')).toHaveText(
          fill(s.dates.notADate, { example: date(localIsoDate(new Date())) }),
        );

        // Typed as the language writes it (the Chinese way in Chinese, day and month name in English): saved as the date.
        const later = addDays(trip.from, 3);
        await to.fill(
          locale === 'en'
            ? `${Number(later.slice(8))} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(later.slice(5, 7)) - 1]} ${later.slice(0, 4)}`
            : `${Number(later.slice(0, 4))}年${Number(later.slice(5, 7))}月${Number(later.slice(8))}日`,
        );
        await to.press('Enter');
        await expect(panel.root.getByRole('alert')).toHaveCount(0);
        await expect(to).toHaveValue(date(later));
        await canvas.saved();
        expect(maJun(app).itinerary[0]!.to).toBe(later);

        // Removing the trip says which, with Undo; Undo puts it back.
        await panel.root.getByRole('button', { name: s.person.itinerary.remove, exact: true }).click();
        const toast = page.locator('.toast').filter({ hasText: trip.city });
        await expect(toast).toContainText(
          fill(s.person.itinerary.removed, { city: trip.city, dates: `${date(trip.from)} – ${date(later)}` }),
        );
        await canvas.saved();
        expect(maJun(app).itinerary).toHaveLength(0);
        await toast.getByRole('button', { name: s.toasts.undo, exact: true }).click();
        await expect(panel.field(s.person.itinerary.to)).toHaveValue(date(later));
        await canvas.saved();
        expect(maJun(app).itinerary.map((t) => [t.id, t.from, t.to])).toEqual([[trip.id, trip.from, later]]);
        // It is an edit like any other: Ctrl+Z takes a removal back too.
        await panel.root.getByRole('button', { name: s.person.itinerary.remove, exact: true }).click();
        await expect(panel.field(s.person.itinerary.from)).toHaveCount(0);
        await page.keyboard.press('Control+z');
        await expect(panel.field(s.person.itinerary.from)).toHaveValue(date(trip.from));
        await canvas.saved();
        expect(maJun(app).itinerary).toHaveLength(1);

        // An activity, the same: its date as the language writes it, its removal said, with Undo.
        await panel.section(s.person.sections.relationship);
        const activity = maJun(app).activities[0]!;
        await expect(panel.field(s.person.activities.date)).toHaveValue(date(activity.date));
        await panel.root.getByRole('button', { name: s.person.activities.remove, exact: true }).click();
        const removed = page.locator('.toast').filter({ hasText: date(activity.date) });
        await expect(removed).toBeVisible();
        await canvas.saved();
        expect(maJun(app).activities).toHaveLength(0);
        await removed.getByRole('button', { name: s.toasts.undo, exact: true }).click();
        await expect(panel.field(s.person.activities.date)).toHaveValue(date(activity.date));
        await canvas.saved();
        expect(maJun(app).activities.map((a) => a.id)).toEqual([activity.id]);
        expect(await untranslatedKeys(page)).toEqual([]);
      } finally {
        await app.close();
      }
    });

    test('a birthday may be a day and month without a year: kept as such, and the notebook names no age', async () => {
      const app = await launchIn(locale, browserLocale);
      const { page } = app;
      try {
        const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
        const name = maJun(app).name;
        await canvas.card(name).click();
        const panel = new PersonPanel(page);
        await panel.section(s.person.sections.dossier);
        const birthday = panel.field(s.person.dossier.birthday);
        await expect(birthday).toHaveValue(date(maJun(app).dossier.birthday));
        // In two days, day and month only: "9 Dec" / "12月9日".
        const soon = addDays(localIsoDate(new Date()), 2);
        const [month, day] = [Number(soon.slice(5, 7)), Number(soon.slice(8))];
        await birthday.fill(
          locale === 'en' ? `${day} ${formatDate(soon, 'en', { noYear: true }).split(' ')[1]}` : `${month}月${day}日`,
        );
        await birthday.press('Enter');
        await expect(birthday).toHaveValue(formatDate(soon, locale, { noYear: true }));
        await canvas.saved();
        expect(maJun(app).dossier.birthday).toBe(`--${soon.slice(5)}`);

        // The notebook: his birthday, without "turns N"; the day's heading in the same format.
        await page.getByRole('link', { name: s.notebook.nav, exact: true }).first().click();
        const row = page.getByTestId('agenda-birthday').filter({ hasText: name });
        await expect(row).toHaveCount(1);
        await expect(row.locator('.birthday-mark')).toHaveText(s.notebook.birthdayNoAge);
        await expect(page.locator(`[data-date="${soon}"] .agenda-day-title`)).toContainText(
          formatDate(soon, locale, { noYear: true, weekday: true }),
        );
      } finally {
        await app.close();
      }
    });
  });
}

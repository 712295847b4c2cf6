// Issue 19's team sync: `npm run screenshots -- --only-team`. A real team server on 127.0.0.1 in
// this process; Ann's app joins it, shares the demo Henan account with Ben (a team client over his
// own workspace), Ben changes a title (the toast names him), then both change another title at
// once while Ann is offline (a conflict with both values). Settings › Team, the share dialog, the
// teammate's change and the conflict, English at 1280×720 and Chinese at 1920×1080, into
// docs/screenshots/ (or BIDMAP_SCREENSHOTS).
import type { Locator } from '@playwright/test';
import { resolve } from 'node:path';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from './launch';
import { HomePage } from './pages';
import { joinInSettings, shareInDialog, startTestTeam, teammate } from './team';

const OUT = process.env.BIDMAP_SCREENSHOTS ?? resolve(import.meta.dirname, '../../docs/screenshots');

type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number }[] = [
  { locale: 'en', width: 1280, height: 720 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
];

export async function shootTeam(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const s = STRINGS[locale];
    const team = await startTestTeam(['ann', 'ben', 'pat']);
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    let ben: Awaited<ReturnType<typeof teammate>> | null = null;
    try {
      const { page } = app;
      const snap = async (name: string) => {
        await page.waitForTimeout(400);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${OUT}/${name}-${locale}.png` });
      };
      const dismissToasts = async () => {
        for (const b of await page.getByRole('button', { name: s.toasts.dismiss }).all()) await b.click().catch(() => undefined);
      };
      const expectValue = async (field: Locator, value: string) => {
        for (let i = 0; i < 100 && (await field.inputValue()) !== value; i++) await page.waitForTimeout(100);
        if ((await field.inputValue()) !== value) throw new Error(`the field shows "${await field.inputValue()}", not "${value}"`);
      };
      await joinInSettings(page, locale, team, 'ann');
      await page.getByRole('link', { name: s.nav.home, exact: true }).click();
      const home = new HomePage(page);
      const canvas = await home.open(locale === 'en' ? /Henan/ : /河南/);
      await dismissToasts();
      await shareInDialog(page, locale, 'ben', 'team');
      await shareInDialog(page, locale, 'pat', 'map'); // in the same dialog
      await snap('team-share');
      await page.getByRole('dialog').getByRole('button', { name: s.chart.close }).click();

      const people = app.session.workspace().get('henan').people;
      const title = () => page.getByLabel(s.person.fields.title, { exact: true });
      const changed = people[1]!;
      const benTitle = locale === 'en' ? 'Acting General Manager' : '代理总经理';
      await dismissToasts();
      ben = await teammate(team, 'ben');
      await ben.edit('henan', changed.id, { title: benTitle });
      await page.locator('.toast-message').filter({ hasText: 'ben' }).waitFor({ timeout: 10_000 });
      // The person panel shows it too.
      await page.locator(`[data-testid="person-card"][data-person-id="${changed.id}"]`).click();
      await expectValue(title(), benTitle);
      await snap('team-change');

      // Both change another title while Ann is offline: a conflict.
      const both = people[2]!;
      const client = app.session.team.client()!;
      client.socket.pause();
      await page.locator(`[data-testid="person-card"][data-person-id="${both.id}"]`).click();
      await title().fill(locale === 'en' ? 'Deputy GM, Marketing' : '市场副总经理');
      await title().press('Tab');
      await canvas.saved();
      await page.waitForTimeout(600); // the client reconciles 300 ms after a save
      await client.reconcile('henan');
      await ben.edit('henan', both.id, { title: locale === 'en' ? 'VP Marketing and Sales' : '营销副总裁' });
      client.socket.resume();
      await page.getByTestId('team-conflicts-button').waitFor({ timeout: 20_000 });
      await dismissToasts();
      await page.getByTestId('team-conflicts-button').click();
      await page.getByTestId('team-conflicts').waitFor();
      await snap('team-conflict');
      await page.keyboard.press('Escape');

      await page.getByRole('link', { name: s.nav.settings, exact: true }).click();
      await page.getByTestId('team-section').scrollIntoViewIfNeeded();
      await snap('team-settings');
    } finally {
      await ben?.close();
      await app.close();
      await team.close();
    }
  }
}

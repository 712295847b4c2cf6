import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { untranslatedKeys } from '../support/pages';

test.describe('the portfolio nine-grid', () => {
  test('places every demo account by potential and zone, moves one by dragging as one undoable step, and opens it on click', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      await page.getByRole('link', { name: 'Portfolio' }).click();
      const cell = (name: string) => page.getByRole('cell', { name, exact: true });
      const henan = page.locator('.portfolio-chip', { hasText: 'Henan Power' });
      await expect(cell('Large × Growth zone').locator('.portfolio-chip')).toHaveCount(2);
      await expect(cell('Large × Growth zone')).toContainText('Henan Power');
      // Each column says its zone's strategy (DOMAIN.md §7).
      await expect(page.getByRole('columnheader', { name: /Development zone/ })).toContainText('on-site technical exchanges');
      // The open opportunity value of the account is on its chip.
      await expect(henan.locator('.chip-value')).toHaveText(/CN¥/);
      expect(await untranslatedKeys(page)).toEqual([]);

      const ws = app.session.workspace();
      const id = ws.list().find((a) => a.name.startsWith('Henan'))!.id;
      const before = ws.get(id).segmentation;
      await henan.dragTo(cell('Medium × Development zone'));
      await expect(cell('Medium × Development zone')).toContainText('Henan Power');
      // Share 8% says growth: the development zone is set by hand, and the potential changes.
      await expect.poll(() => ws.get(id).segmentation).toEqual({ ...before, potential: 'medium', zoneOverride: 'development' });
      await expect(henan.locator('.chip-share')).toContainText('zone set by hand');

      // Back where it was, in one step.
      await page.locator('.portfolio-screen h1').click();
      await page.keyboard.press('Control+z');
      await expect(cell('Large × Growth zone')).toContainText('Henan Power');
      await expect.poll(() => ws.get(id).segmentation).toEqual(before);

      // The keyboard moves it too: Alt+Right one column.
      await henan.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expect(cell('Large × Development zone')).toContainText('Henan Power');

      await cell('Large × Development zone').locator('.portfolio-chip').click();
      await expect(page.getByRole('heading', { name: /Henan Power/ })).toBeVisible();
    } finally {
      await app.close();
    }
  });
});

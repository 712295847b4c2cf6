import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { formatDate } from '../../shared/logic/date-text';
import { localIsoDate } from '../../shared/logic/dates';
import { statesOverTime } from '../../shared/logic/history/states';
import { accountTrend, heatMatrix } from '../../shared/logic/history/trends';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

// Issue 18, part B, read without the pictures: the coverage heat matrix switches to a table with
// the same people, members and closeness (chosen from the keyboard), and each account chart opens
// its values as a table, newest first. What the table must hold is worked out from the demo
// account with the same functions the tab uses.

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the heat matrix as a table and each trend's figures as a table, from the keyboard (${lang})`, async () => {
    test.setTimeout(120_000);
    const s = STRINGS[lang].trends;
    const app = await launchApp({ demo: true, locale: lang, viewport: { width: 1280, height: 800 } });
    try {
      const { page } = app;
      await new HomePage(page).open(lang === 'en' ? /Henan/ : /河南/);
      await page.getByRole('link', { name: s.tab, exact: true }).click();
      const view = page.getByTestId('trends-view');
      const account = app.session.workspace().get('henan');
      const matrix = heatMatrix(account);

      // The chart first; Table is a radio in a group named "Show as", chosen with the keyboard.
      const showAs = view.getByRole('radiogroup', { name: s.heat.showAs });
      await expect(showAs.getByRole('radio', { name: s.heat.asChart })).toHaveAttribute('aria-checked', 'true');
      await expect(view.getByTestId('heat-table')).toHaveCount(0);
      await showAs.getByRole('radio', { name: s.heat.asTable }).focus();
      await page.keyboard.press('Enter');
      await expect(showAs.getByRole('radio', { name: s.heat.asTable })).toHaveAttribute('aria-checked', 'true');
      await expect(view.getByTestId('heat-matrix')).toHaveCount(0);

      const table = view.getByRole('table', { name: s.heat.title });
      await expect(table.locator('thead th')).toHaveText([s.heat.person, ...matrix.members.map((m) => m.name)]);
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(matrix.rows.length);
      for (const [i, r] of matrix.rows.entries()) {
        await expect(rows.nth(i).locator('th')).toContainText(r.name);
        await expect(rows.nth(i).locator('td')).toHaveText(r.cells.map((v) => (v === null ? '·' : String(v))));
      }
      // A covered cell says in words who is how close to whom.
      const first = matrix.rows[0]!;
      const c = first.cells.findIndex((v) => v !== null);
      await expect(rows.first().locator('td').nth(c)).toHaveAttribute(
        'title',
        s.heat.cell
          .replace('{{member}}', matrix.members[c]!.name)
          .replace('{{person}}', first.name)
          .replace('{{closeness}}', String(first.cells[c])),
      );
      await showAs.getByRole('radio', { name: s.heat.asChart }).click();
      await expect(view.getByTestId('heat-matrix')).toBeVisible();

      // Support vs opposition's values: one row per state, the newest first, as the lines end.
      const trend = accountTrend(statesOverTime(account, localIsoDate(new Date())));
      const support = view.getByTestId('trend-support');
      const summary = support.getByText(s.figures);
      await summary.focus();
      await page.keyboard.press('Enter');
      const figures = support.locator('.trend-figures table');
      await expect(figures).toBeVisible();
      await expect(figures.locator('thead th')).toHaveText([s.person.date, s.support.for, s.support.against]);
      await expect(figures.locator('tbody tr')).toHaveCount(trend.points.length);
      const last = trend.points[trend.points.length - 1]!;
      await expect(figures.locator('tbody tr').first().locator('th, td')).toHaveText([
        formatDate(last.date, lang),
        String(last.support),
        String(last.opposition),
      ]);
    } finally {
      await app.close();
    }
  });
}

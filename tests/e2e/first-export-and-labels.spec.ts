import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { holds, readPdf, PDF_MADE } from '../support/pdf';

// Issue 15, item 16: the first export asks once for the name on the cover (never "Prepared by —"),
// budgets print with the language's grouping, Rename and Delete look live, and no button label
// wraps onto two lines.

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale];
  const budget = locale === 'en' ? 'CN¥6,800,000' : '¥6,800,000';
  test(`${locale}: the first briefing asks for the rep's name once and prints it; the budget prints grouped`, async () => {
    test.setTimeout(90_000);
    const out = await mkdtemp(join(tmpdir(), 'bidmap-cover-'));
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      expect(app.session.workspace().settings.preparedBy).toBe('');
      await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      const dialog = page.getByRole('dialog', { name: s.briefing.export.title });
      const name = dialog.getByLabel(s.briefing.export.yourName);
      await expect(name).toBeFocused();
      await name.fill('Lin Tao');
      const path = join(out, 'henan.pdf');
      app.host.answerSave(path);
      await dialog.getByRole('button', { name: s.briefing.export.save }).click();
      await expect(dialog.getByRole('status')).toContainText(path, PDF_MADE);
      expect(app.session.workspace().settings.preparedBy).toBe('Lin Tao');
      const pdf = await readPdf(path);
      expect(holds(pdf.pages[0]!, `${s.briefing.cover.preparedBy}Lin Tao`)).toBe(true);
      expect(pdf.text).not.toMatch(new RegExp(`${s.briefing.cover.preparedBy}\\s*—`));
      expect(holds(pdf.text, budget), `budget as ${budget}`).toBe(true);
      expect(pdf.text).not.toContain('6800000');
      await dialog.getByRole('button', { name: s.chart.close }).click();

      // Asked once: the next export does not ask again.
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      await expect(
        page.getByRole('dialog', { name: s.briefing.export.title }).getByLabel(s.briefing.export.yourName),
      ).toHaveCount(0);
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  test(`${locale}: Rename and Delete look live on every row, and button labels never wrap at 1280×720`, async () => {
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      const home = new HomePage(page);
      const row = home.rows.first();
      for (const label of [s.home.rename, s.home.delete]) {
        const button = row.getByRole('button', { name: label });
        await expect(button).toBeEnabled();
        // Not hovered, not focused: fully opaque, as live buttons are.
        const opacity = await button.evaluate((b) => {
          let o = 1;
          for (let e: Element | null = b; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
          return o;
        });
        expect(opacity).toBe(1);
      }
      const oneLine = async (button: Locator) => {
        const { height, lineHeight } = await button.evaluate((b) => ({
          height: b.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(b).lineHeight) || 18,
        }));
        return height < lineHeight * 2 + 4;
      };
      for (const button of await page.locator('.page-header .button').all())
        expect(await oneLine(button), await button.innerText()).toBe(true);

      // The empty workspace's buttons, each on one line.
      const empty = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      try {
        const buttons = await empty.page.locator('.empty-actions .button').all();
        expect(buttons.length).toBeGreaterThan(2);
        for (const button of buttons) expect(await oneLine(button), await button.innerText()).toBe(true);
      } finally {
        await empty.close();
      }
    } finally {
      await app.close();
    }
  });
}

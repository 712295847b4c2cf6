import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { PDF_MADE } from '../support/pdf';

// Issue 15, item 7: exporting from the print preview says where the PDF went, in the export
// dialog's own box, while the preview is still shown (toasts are not drawn over it).

for (const { locale, henan } of [
  { locale: 'en', henan: /Henan/ },
  { locale: 'zh-CN', henan: /河南/ },
] as const) {
  const s = STRINGS[locale];

  test(`exporting from the print preview shows the export's result box: saved where, open, show in folder; or why not (${locale})`, async () => {
    const out = await mkdtemp(join(tmpdir(), 'bidmap-preview-'));
    const app = await launchApp({ demo: true, locale });
    try {
      const { page } = app;
      await new HomePage(page).open(henan);
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      await page
        .getByRole('dialog', { name: s.briefing.export.title })
        .getByRole('button', { name: s.briefing.export.preview })
        .click();
      const bar = page.getByRole('toolbar', { name: s.briefing.preview.title });
      await expect(bar).toBeVisible();

      const path = join(out, 'from-preview.pdf');
      app.host.answerSave(path);
      await bar.getByRole('button', { name: s.briefing.export.save }).click();
      const box = page.getByRole('dialog', { name: s.briefing.export.title });
      await expect(box.getByRole('status')).toContainText(path, PDF_MADE);
      await expect(box.getByRole('status')).toHaveText(new RegExp(`\\d+`));
      expect((await stat(path)).size).toBeGreaterThan(10_000);
      await box.getByRole('button', { name: s.briefing.export.open }).click();
      await expect.poll(() => app.host.opened).toContain(path);
      await box.getByRole('button', { name: s.briefing.export.reveal }).click();
      await expect.poll(() => app.host.revealed).toContain(path);
      await box.getByRole('button', { name: s.chart.close }).click();
      await expect(box).toHaveCount(0);
      // Still in the preview.
      await expect(bar).toBeVisible();

      // Cancelling the save dialog says nothing.
      app.host.answerSave(null);
      await bar.getByRole('button', { name: s.briefing.export.save }).click();
      // The PDF is made before the save dialog asks where (on a loaded machine, for many seconds).
      await expect(bar.getByRole('button', { name: s.briefing.export.save })).toBeEnabled(PDF_MADE);
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // A failure is said in the same box, in the user's language.
      const printer = app.host.printer;
      app.host.printer = async () => {
        throw new Error('printer on fire');
      };
      app.host.answerSave(join(out, 'never.pdf'));
      await bar.getByRole('button', { name: s.briefing.export.save }).click();
      await expect(box.getByRole('alert')).toContainText(s.briefing.export.failed.split('{{')[0]!.trim());
      await box.getByRole('button', { name: s.chart.close }).click();
      app.host.printer = printer;
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

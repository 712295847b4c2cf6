import { expect, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import type { launchApp } from './launch';
import { PDF_MADE } from './pdf';
import type { RedactionLevel } from '../../shared/taxonomy/keys';

/** Exports the open account's briefing at `level` to `path` through the toolbar's dialog, waits for the PDF and closes the dialog. */
export async function exportBriefing(
  page: Page,
  app: Awaited<ReturnType<typeof launchApp>>,
  lang: 'en' | 'zh-CN',
  level: RedactionLevel,
  path: string,
): Promise<void> {
  const s = STRINGS[lang];
  app.host.answerSave(path);
  await page.getByRole('button', { name: s.briefing.export.button }).click();
  const dialog = page.getByRole('dialog', { name: s.briefing.export.title });
  await dialog.getByRole('radio', { name: new RegExp(`^${s.briefing.levels[level]}`) }).check();
  await dialog.getByRole('button', { name: s.briefing.export.save }).click();
  await expect(dialog.getByRole('status')).toContainText(path, PDF_MADE);
  await dialog.getByRole('button', { name: s.chart.close }).click();
}

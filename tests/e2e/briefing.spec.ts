import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { redactAccount } from '../../shared/logic/redaction';
import { REDACTION_LEVELS, type RedactionLevel } from '../../shared/taxonomy/keys';
import { launchApp } from '../support/launch';
import { HomePage, PersonPanel } from '../support/pages';
import { holds, metadataText, readPdf, type PdfContent, PDF_MADE } from '../support/pdf';

const zh = STRINGS['zh-CN'];

test.describe('briefing PDFs from the app', () => {
  test('the Henan briefing at each level: names always, motives from team, dossier and trips only at full, the level on the cover, page numbers', async () => {
    test.setTimeout(120_000);
    const out = await mkdtemp(join(tmpdir(), 'bidmap-briefing-'));
    const app = await launchApp({ demo: true, locale: 'zh-CN' });
    try {
      const { page } = app;
      await new HomePage(page).open(/河南/);
      const henan = app.session.workspace().get('henan');
      const sun = henan.people.find((p) => p.name === '孙建华')!;
      // A trip city that nothing at team level mentions (the background may name Beijing).
      const teamText = JSON.stringify(redactAccount(henan, 'team'));
      const city = henan.people
        .filter((p) => p.keyPerson)
        .flatMap((p) => p.itinerary.map((t) => t.city))
        .find((c) => c && !teamText.includes(c))!;
      expect(city).toBeTruthy();

      const pdfs = {} as Record<RedactionLevel, PdfContent>;
      for (const level of REDACTION_LEVELS) {
        const path = join(out, `henan-${level}.pdf`);
        app.host.answerSave(path);
        await page.getByRole('button', { name: zh.briefing.export.button }).click();
        const dialog = page.getByRole('dialog', { name: zh.briefing.export.title });
        await dialog.getByRole('radio', { name: new RegExp(`^${zh.briefing.levels[level]}`) }).check();
        await expect(dialog.getByLabel(zh.briefing.export.language)).toHaveValue('zh-CN');
        await dialog.getByRole('button', { name: zh.briefing.export.save }).click();
        await expect(dialog.getByRole('status')).toContainText(path, PDF_MADE);
        await dialog.getByRole('button', { name: zh.chart.close }).click();
        pdfs[level] = await readPdf(path);
      }

      for (const level of REDACTION_LEVELS) {
        const pdf = pdfs[level];
        const everything = pdf.text + metadataText(pdf);
        // Every level: the people by their Chinese names, the level on the cover, page numbers.
        for (const name of ['孙建华', '赵东明', '王志远']) expect(pdf.text, `${level}: ${name}`).toContain(name);
        expect(holds(pdf.pages[0]!, `${zh.briefing.cover.level}`)).toBe(true);
        expect(holds(pdf.pages[0]!, `${zh.briefing.levels[level]}—${zh.briefing.levelHelp[level]}`), `${level}: cover`).toBe(
          true,
        );
        expect(pdf.pages[0]).toMatch(new RegExp(`${zh.briefing.page}\\s*1\\s*/\\s*${pdf.pages.length}`));
        expect(pdf.pages.at(-1)).toMatch(new RegExp(`${zh.briefing.page}\\s*${pdf.pages.length}\\s*/\\s*${pdf.pages.length}`));
        // Dossier and itinerary: only at full, and never in the metadata either.
        expect(holds(everything, sun.dossier.food), `${level}: dossier`).toBe(level === 'full');
        expect(holds(everything, sun.dossier.ambitions), `${level}: dossier`).toBe(level === 'full');
        expect(holds(everything, city), `${level}: trip city ${city}`).toBe(level === 'full');
        // Motives: from team up.
        expect(holds(everything, sun.motives.personal), `${level}: motives`).toBe(level !== 'map');
      }
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  test('a meeting brief from the person panel, in English: one person on a page or two', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bidmap-brief-'));
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      const canvas = await new HomePage(page).open(/Henan/);
      await canvas.card('Sun Jianhua').click();
      const panel = new PersonPanel(page);
      const path = join(out, 'sun.pdf');
      app.host.answerSave(path);
      await panel.root.getByRole('button', { name: 'Meeting brief…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Meeting brief for Sun Jianhua' });
      await dialog.getByRole('radio', { name: /^Full/ }).check();
      await dialog.getByRole('button', { name: 'Export PDF…' }).click();
      await expect(dialog.getByRole('status')).toContainText(/Saved .*sun\.pdf \([12] pages?\)/, PDF_MADE);
      const pdf = await readPdf(path);
      expect(pdf.pages.length).toBeLessThanOrEqual(2);
      expect(pdf.text).toContain('Sun Jianhua');
      const sun = app.session
        .workspace()
        .get('henan')
        .people.find((p) => p.name === 'Sun Jianhua')!;
      expect(holds(pdf.text, sun.dossier.hometown)).toBe(true);
      // The dialog's Open and Show in folder reach the host only for the file just written.
      await dialog.getByRole('button', { name: 'Show in folder' }).click();
      await expect.poll(() => app.host.revealed).toEqual([path]);
      expect(await app.session.invoke('openExported', { path: '/etc/passwd', reveal: false })).toMatchObject({
        ok: false,
        error: { code: 'invalidInput' },
      });
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  test('the portfolio one-pager: every account on one landscape page with its open value; the services never hand the page data above the level', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bidmap-portfolio-'));
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      await page.getByRole('link', { name: 'Portfolio' }).click();
      const path = join(out, 'portfolio.pdf');
      app.host.answerSave(path);
      await page.getByRole('button', { name: 'One-pager PDF…' }).click();
      await expect(page.getByText(`Saved ${path}.`)).toBeVisible();
      const pdf = await readPdf(path);
      expect(pdf.pages).toHaveLength(1);
      for (const a of app.session.workspace().list()) expect(holds(pdf.text, a.name), a.name).toBe(true);
      expect(pdf.text).toContain('Growth zone');

      // What the print route receives is already cut to the level.
      const henan = app.session.workspace().get('henan');
      const sun = henan.people.find((p) => p.name === 'Sun Jianhua')!;
      const data = await app.session.invoke('briefingData', { accountId: 'henan', level: 'map', language: 'en' });
      const sent = JSON.stringify(data);
      expect(sent).toContain('Sun Jianhua');
      for (const secret of [sun.dossier.hometown, sun.motives.personal, sun.itinerary[0]!.place])
        expect(sent).not.toContain(secret);
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
});

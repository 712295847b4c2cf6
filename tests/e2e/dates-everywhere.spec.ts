// One date format per language in every view and PDF: no ISO date (2026-12-04) and no browser
// format (11/30/2026) anywhere a person reads, only "4 Dec 2026" / "2026年12月4日" and their short forms.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { formatDate } from '../../shared/logic/date-text';
import { localIsoDate } from '../../shared/logic/dates';
import { launchApp } from '../support/launch';
import { HomePage, PersonPanel } from '../support/pages';
import { holds, readPdf, PDF_MADE } from '../support/pdf';

/** Dates written another way than the language's one format. */
const OTHER_FORMATS =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}\/\d{1,2}\/\d{1,2}\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/;
const shown = (page: Page) => page.locator('body').innerText();

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale];
  test(`every view and the briefing PDF write dates one way (${locale})`, async () => {
    test.setTimeout(120_000);
    const out = await mkdtemp(join(tmpdir(), 'bidmap-dates-'));
    const app = await launchApp({ demo: true, locale });
    const { page } = app;
    try {
      const today = localIsoDate(new Date());
      const henan = app.session.workspace().get('henan');
      const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      const seen: string[] = [];
      // The person panel: the relationship's history, last contact and the reliability's reasons.
      const sun = henan.people.find((p) => p.id === 'hn_p03')!;
      await canvas.card(sun.name).click();
      const panel = new PersonPanel(page);
      await panel.section(s.person.sections.relationship);
      await expect(panel.root.getByText(formatDate(sun.relationship.history[0]!.date, locale)).first()).toBeVisible();
      seen.push(await shown(page));
      // Coverage & risks: "last contacted …", "travels …, from – to".
      await page.getByRole('link', { name: new RegExp(`^${s.account.tabFindings}`) }).click();
      await expect(page.getByText(s.findings.summary_other.split('{{count}}')[1]!.trim().slice(0, 12)).first()).toBeVisible();
      seen.push(await shown(page));
      // The notebook and the home card.
      await page.getByRole('link', { name: s.notebook.nav, exact: true }).first().click();
      await expect(page.getByTestId('notebook-summary')).toBeVisible();
      seen.push(await shown(page));
      await page.getByRole('link', { name: s.nav.home, exact: true }).first().click();
      await expect(page.getByTestId('upcoming-card')).toBeVisible();
      seen.push(await shown(page));
      // People's names go first: "Ma Jun" beside a score of 3 in the criteria table reads as "Jun 3".
      const otherFormat = (text: string) =>
        henan.people.reduce((t, p) => t.split(p.name).join(' · '), text).match(OTHER_FORMATS)?.[0] ?? null;
      for (const text of seen) expect(otherFormat(text)).toBeNull();

      // The briefing at full level: cover date, decision dates, next steps, activities and trips.
      await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
      const path = join(out, 'henan.pdf');
      app.host.answerSave(path);
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      const dialog = page.getByRole('dialog', { name: s.briefing.export.title });
      await dialog.getByRole('radio', { name: new RegExp(`^${s.briefing.levels.full}`) }).check();
      await dialog.getByRole('button', { name: s.briefing.export.save }).click();
      await expect(dialog.getByRole('status')).toContainText(path, PDF_MADE);
      const pdf = await readPdf(path);
      expect(holds(pdf.pages[0]!, formatDate(today, locale))).toBe(true);
      const decided = henan.opportunities.find((o) => o.decisionDate)!;
      expect(holds(pdf.text, formatDate(decided.decisionDate, locale))).toBe(true);
      expect(otherFormat(pdf.text)).toBeNull();
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

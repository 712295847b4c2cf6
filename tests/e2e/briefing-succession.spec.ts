import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { formatDate } from '../../shared/logic/date-text';
import { exportBriefing } from '../support/briefing-export';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { compact, readPdf } from '../support/pdf';

// Issue 18: the bank demo's Procurement post changed hands (Fang Jianguo retired, Deng Hai since).
// Who held which post when is map level: "Changes of post" prints at map, team and full. The note
// on why he left and his dossier (former people) are full level: only the full PDF holds them.
// Read back from real PDFs with pdf.js (a table cell's lines in order, where pdftotext interleaves
// the wrapped cells of a row); the words come from the demo account itself.

const pdfText = async (path: string) => compact((await readPdf(path)).text);
const LEVELS = ['map', 'team', 'full'] as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a briefing prints the changes of post at every level, the note and the former person's dossier at full only (${lang})`, async () => {
    test.setTimeout(180_000);
    const s = STRINGS[lang];
    const out = await mkdtemp(join(tmpdir(), 'bidmap-succession-'));
    const app = await launchApp({ demo: true, locale: lang });
    try {
      const { page } = app;
      const bank = app.session.workspace().get('bank');
      const [change] = bank.successions;
      const former = bank.formerPeople.find((p) => p.id === change!.id)!;
      const successor = bank.people.find((p) => p.id === change!.postId)!;
      expect(change!.note).not.toBe('');
      expect(former.dossier.hometown).not.toBe('');
      await new HomePage(page).open(lang === 'en' ? /Jiangcheng/ : /江城/);
      const text: Record<(typeof LEVELS)[number], string> = { map: '', team: '', full: '' };
      for (const level of LEVELS) {
        await exportBriefing(page, app, lang, level, join(out, `${level}.pdf`));
        text[level] = await pdfText(join(out, `${level}.pdf`));
      }
      const has = (level: (typeof LEVELS)[number], words: string) => text[level].includes(compact(words));
      const changeWords = [
        s.briefing.succession.title,
        formatDate(change!.leftOn, lang),
        change!.postTitle,
        fill(s.briefing.succession.leftHow, { name: former.name, how: s.succession.kinds[change!.how] }),
        fill(s.briefing.succession.inPost, { name: successor.name, date: formatDate(change!.successorSince, lang) }),
      ];
      const fullOnly = [
        change!.note,
        s.briefing.succession.former,
        former.dossier.hometown,
        former.dossier.notes,
      ];
      for (const level of LEVELS) {
        for (const words of changeWords) expect(has(level, words), `${level}: ${words}`).toBe(true);
        for (const words of fullOnly) expect(has(level, words), `${level}: ${words}`).toBe(level === 'full');
      }
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

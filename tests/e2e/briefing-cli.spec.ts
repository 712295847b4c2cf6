import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { STRINGS } from '../../shared/i18n';
import { localIsoDate, windowAhead } from '../../shared/logic/dates';
import { tripInWindow } from '../../shared/logic/itinerary/trips';
import { Account } from '../../shared/model/account';
import { REDACTION_LEVELS, type RedactionLevel } from '../../shared/taxonomy/keys';
import { holds, metadataText, readPdf, type PdfContent } from '../support/pdf';
import { cli, snapshot } from '../support/cli';

// `bidmap briefing` and `bidmap brief` run in this process (as tests/unit/cli.test.ts runs the
// CLI) and print with the machine's Chromium and the built renderer (npm run build).


const zh = STRINGS['zh-CN'].briefing;

/** The account as text with some of every person's fields emptied: where else a value occurs. */
function without(account: Account, fields: (keyof Account['people'][number])[]): string {
  return JSON.stringify({ ...account, people: account.people.map((p) => ({ ...p, ...Object.fromEntries(fields.map((f) => [f, null])) })) });
}

test.describe('the bidmap briefing command on the Henan demo (zh-CN)', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  let dir = '';
  let account: Account;
  let before: Map<string, string>;
  const pdfs = {} as Record<RedactionLevel, PdfContent>;
  const outputs = {} as Record<RedactionLevel, string>;

  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bidmap-briefing-cli-'));
    const workspace = join(dir, 'workspace');
    await writeDemoWorkspace(workspace, 'zh-CN');
    account = Account.parse(JSON.parse(await readFile(join(workspace, 'accounts', 'henan.json'), 'utf8')));
    before = await snapshot(workspace);
    for (const level of REDACTION_LEVELS) {
      const file = join(dir, `henan-${level}.pdf`);
      const r = await cli('briefing', 'henan', '--level', level, '--lang', 'zh-CN', '--out', file, '--workspace', workspace);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      outputs[level] = r.out;
      pdfs[level] = await readPdf(file);
    }
  });

  test.afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('says where it wrote the PDF, its pages and its level; the workspace is unchanged', async () => {
    for (const level of REDACTION_LEVELS) {
      expect(outputs[level]).toContain(join(dir, `henan-${level}.pdf`));
      expect(outputs[level]).toContain(`${pdfs[level].pages.length} page(s)`);
      expect(outputs[level]).toContain(`level ${level} (${zh.levels[level]})`);
    }
    expect(await snapshot(join(dir, 'workspace'))).toEqual(before);
  });

  test('every level names the people of the chart, in Chinese', () => {
    const names = account.people.filter((p) => !p.placeholder).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['孙建华', '赵东明']));
    for (const level of REDACTION_LEVELS) {
      for (const name of names) expect(holds(pdfs[level].text, name), `${name} at ${level}`).toBe(true);
    }
  });

  test('the cover shows the level, and every page says which page of how many', () => {
    for (const level of REDACTION_LEVELS) {
      const { pages } = pdfs[level];
      expect(holds(pages[0]!, `${zh.cover.level} ${zh.levels[level]} — ${zh.levelHelp[level]}`), `cover at ${level}`).toBe(true);
      for (const other of REDACTION_LEVELS.filter((l) => l !== level)) expect(holds(pages[0]!, zh.levelHelp[other])).toBe(false);
      pages.forEach((text, i) => expect(holds(text, `${zh.page} ${i + 1} / ${pages.length}`), `footer of page ${i + 1} at ${level}`).toBe(true));
    }
  });

  test('dossier and itinerary values are in the full briefing only, never in the others or the metadata', () => {
    const elsewhere = without(account, ['dossier', 'itinerary', 'activities']);
    const sun = account.people.find((p) => p.alternateName === 'Sun Jianhua')!;
    expect(sun.keyPerson).toBe(true);
    const hometown = sun.dossier.hometown;
    expect(hometown).not.toBe('');
    // A city of a key person's trip in the next 45 days (a briefing lists the next 60) that nothing but
    // dossiers, trips and activities mention (北京 is also in our own team's roles, which the team level shares).
    const today = localIsoDate(new Date());
    const cities = account.people
      .filter((p) => p.keyPerson)
      .flatMap((p) => p.itinerary.filter((trip) => tripInWindow(trip, windowAhead(today, 45))).map((trip) => trip.city))
      .filter((city) => city && !elsewhere.includes(city));
    expect(cities.length).toBeGreaterThan(0);
    for (const secret of [hometown, cities[0]!]) {
      expect(elsewhere.includes(secret), `${secret} is only in the dossier or the itinerary`).toBe(false);
      expect(holds(pdfs.full.text, secret), `${secret} at full`).toBe(true);
      for (const level of ['map', 'team'] as const) expect(holds(pdfs[level].text, secret), `${secret} at ${level}`).toBe(false);
      for (const level of REDACTION_LEVELS) expect(holds(metadataText(pdfs[level]), secret), `${secret} in the metadata at ${level}`).toBe(false);
    }
  });

  test('motives are in the team and full briefings, not on the map', () => {
    const sun = account.people.find((p) => p.alternateName === 'Sun Jianhua')!;
    const motive = sun.motives.organizational;
    expect(without(account, ['motives']).includes(motive)).toBe(false);
    expect(holds(pdfs.team.text, motive)).toBe(true);
    expect(holds(pdfs.full.text, motive)).toBe(true);
    expect(holds(pdfs.map.text, motive)).toBe(false);
  });

  test('`bidmap brief` prints a one- or two-page meeting brief of one person, found by name', async () => {
    const workspace = join(dir, 'workspace');
    const file = join(dir, 'sun.pdf');
    const r = await cli('brief', 'henan', '孙建华', '--level', 'full', '--lang', 'zh-CN', '--out', file, '--workspace', workspace);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pdf = await readPdf(file);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    expect(holds(pdf.pages[0]!, '孙建华')).toBe(true);
    const sun = account.people.find((p) => p.name === '孙建华')!;
    expect(holds(pdf.text, sun.dossier.hometown)).toBe(true);
    expect(r.out).toContain(`${pdf.pages.length} page(s), level full (${zh.levels.full})`);
    expect(await snapshot(workspace)).toEqual(before);
  });
});

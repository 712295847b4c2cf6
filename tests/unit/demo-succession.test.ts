import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_ACCOUNT_IDS } from '../../electron/services/demo';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { openFindings } from '../../shared/logic/coverage';
import { chartAsOf, postHistory } from '../../shared/logic/succession';
import type { Account } from '../../shared/model/account';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { cli } from '../support/cli';
import { exportTo, openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 18 at the bank (江城商业银行): a new head of procurement replaced the one who bought from
// the incumbent for ten years. One succession with a former person, in post under 90 days, so
// Coverage & risks asks to re-check his motives. Who held the post when is map level; the former
// person's dossier and the note on why he left are full level, in the very bytes of a .bidmap.

const today = localIsoDate(new Date());
const bankOf = (lang: 'en' | 'zh-CN'): Account => buildDemoAccounts(lang, new Date().toISOString()).find((a) => a.id === 'bank')!;
const NAMES = { en: ['Fang Jianguo', 'Deng Hai'], 'zh-CN': ['方建国', '邓海'] } as const;

describe.each(['zh-CN', 'en'] as const)('the bank’s change of post (%s demo)', (lang) => {
  const bank = bankOf(lang);
  const [fang, deng] = NAMES[lang];

  it('has one succession: the predecessor retired, former, and the new holder in post under 90 days', () => {
    expect(bank.successions).toHaveLength(1);
    const s = bank.successions[0]!;
    expect(bank.formerPeople.map((p) => p.name)).toEqual([fang]);
    expect(bank.people.find((p) => p.id === s.postId)?.name).toBe(deng);
    expect(s.how).toBe('retired');
    expect(s.leftOn < s.successorSince && s.successorSince <= today).toBe(true);
    const found = openFindings(bank, today).filter((f) => f.kind === 'newIncumbent');
    expect(found).toEqual([{ kind: 'newIncumbent', personId: s.postId, predecessorId: s.id, since: s.successorSince, days: 45 }]);
    expect(postHistory(bank, s.postId).map((t) => t.person?.name ?? null)).toEqual([deng, null, fang]);
  });

  it('as of a day before he retired, the post shows the predecessor', () => {
    const s = bank.successions[0]!;
    // (The demo's dates move with today: the day before is not always in the same month.)
    const then = chartAsOf(bank, addDays(s.leftOn, -1), today);
    if ('refusal' in then) throw new Error(then.refusal);
    expect(then.account.people.find((p) => p.id === s.postId)?.name).toBe(fang);
  });

  it('a .bidmap at map and team level names who held the post when, without the note or the former dossier; full holds both', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, lang);
    const desk = await openDesk(dir);
    const out = await tempDir();
    const bytes: Record<string, string> = {};
    for (const level of ['map', 'team', 'full'] as const) {
      const file = join(out, `${level}.bidmap`);
      await exportTo(desk, file, [...DEMO_ACCOUNT_IDS], level);
      bytes[level] = await readFile(file, 'utf8');
    }
    await desk.session.close();
    const former = bank.formerPeople[0]!;
    const personal = [former.dossier.notes, former.dossier.hometown, former.dossier.sports, bank.successions[0]!.note];
    for (const level of ['map', 'team'] as const) {
      expect(bytes[level]).toContain(fang);
      expect(bytes[level]).toContain(`"leftOn": "${bank.successions[0]!.leftOn}"`);
      for (const text of personal) expect(bytes[level], `${level}: ${text}`).not.toContain(text);
    }
    for (const text of personal) expect(bytes.full).toContain(text);
    const r = await cli('show', 'bank', '--json', '--workspace', dir);
    expect(r.code, r.err).toBe(0);
    const shown = JSON.parse(r.out) as Account;
    expect(shown.successions).toEqual(bank.successions);
    expect(shown.formerPeople.map((p) => p.dossier.notes)).toEqual([former.dossier.notes]);
  });
});

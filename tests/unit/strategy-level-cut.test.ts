import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_ACCOUNT_IDS } from '../../electron/services/demo';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import type { Account } from '../../shared/model/account';
import { cli } from '../support/cli';
import { exportTo, openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 17: targets, leanings, criteria and scores, themes, influence plans, actions and the
// whitespace grid are team level. A .bidmap file written at map level holds none of them, in its
// very bytes; at team and full every one is there; `bidmap show --json` prints them all.

type Kind =
  'actions' | 'targets' | 'leanings' | 'person criteria' | 'criteria' | 'scores' | 'themes' | 'influence plans' | 'whitespace';

/** Texts of each kind of the plan, as the demo writes them (dates aside: they move with the day). */
function planTexts(a: Account): Record<Kind, string[]> {
  const criteria = a.opportunities.flatMap((o) => o.criteria);
  return {
    actions: a.actions.flatMap((x) => [x.text, x.note]),
    // A target has no text: its stage, as a file writes a target, stands for it.
    targets: a.people.filter((p) => p.target.stage).map((p) => `${TARGET}${p.target.stage}`),
    leanings: a.people.map((p) => p.leaning.evidence),
    'person criteria': a.people.flatMap((p) => p.criteria.map((c) => c.good)),
    criteria: criteria.map((c) => c.text),
    scores: criteria.flatMap((c) => [c.ours.note, ...c.theirs.map((s) => s.note)]),
    themes: a.opportunities.flatMap((o) => o.themes.map((t) => t.text)),
    'influence plans': a.people.flatMap((p) => p.influencePlan.map((e) => e.text)),
    whitespace: [...a.whitespace.products, ...a.whitespace.units]
      .map((l) => l.name)
      .concat(a.whitespace.cells.map((c) => c.note)),
  };
}

/** What map level shares anyway: a plan's text that repeats one of these (a unit named as a department) says nothing. */
const mapShares = (a: Account) => [
  a.name,
  a.alternateName,
  ...a.departments.map((d) => d.name),
  ...a.people.flatMap((p) => [p.name, p.title, p.alternateName]),
];

/** The plan's texts of every demo account by kind, without empty ones and those map shares anyway. */
function demoPlan(lang: 'en' | 'zh-CN'): Map<Kind, string[]> {
  const out = new Map<Kind, string[]>();
  for (const a of buildDemoAccounts(lang, new Date().toISOString())) {
    const shared = mapShares(a);
    for (const [kind, texts] of Object.entries(planTexts(a)) as [Kind, string[]][]) {
      const kept = texts.filter((t) => t.trim().length >= 2 && !shared.some((s) => s.includes(t)));
      out.set(kind, [...(out.get(kind) ?? []), ...kept]);
    }
  }
  return out;
}

const TARGET = 'target:';
/** Whether a JSON file holds a text (quotes and backslashes escaped), or a target at that stage (however it is indented). */
const holds = (bytes: string, t: string) =>
  t.startsWith(TARGET)
    ? new RegExp(`"target":\\s*\\{\\s*"stage":\\s*"${t.slice(TARGET.length)}"`).test(bytes)
    : bytes.includes(JSON.stringify(t).slice(1, -1));

describe.each(['zh-CN', 'en'] as const)('the level cut of the plan, in the bytes (%s demo)', (lang) => {
  const plan = demoPlan(lang);

  it('the demo has texts of every kind to look for', () => {
    for (const [kind, texts] of plan) expect(texts.length, kind).toBeGreaterThanOrEqual(kind === 'targets' ? 3 : 2);
  });

  it('a .bidmap at map level holds none of the plan; at team and full every text of it', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, lang);
    const desk = await openDesk(dir);
    const out = await tempDir();
    const bytes: Record<'map' | 'team' | 'full', string> = { map: '', team: '', full: '' };
    for (const level of ['map', 'team', 'full'] as const) {
      const file = join(out, `${level}.bidmap`);
      await exportTo(desk, file, [...DEMO_ACCOUNT_IDS], level);
      bytes[level] = await readFile(file, 'utf8');
    }
    await desk.session.close();
    for (const [kind, texts] of plan) {
      for (const t of texts) {
        expect(holds(bytes.map, t), `map holds ${kind}: ${t}`).toBe(false);
        expect(holds(bytes.team, t), `team lacks ${kind}: ${t}`).toBe(true);
        expect(holds(bytes.full, t), `full lacks ${kind}: ${t}`).toBe(true);
      }
    }
    // Nor anything else of the plan: every record of it is at its empty default in the map file.
    const file = JSON.parse(bytes.map) as { accounts: Account[] };
    for (const a of file.accounts) {
      expect(a.actions, a.id).toEqual([]);
      expect(a.whitespace, a.id).toMatchObject({ products: [], units: [], cells: [] });
      expect(a.opportunities, a.id).toEqual([]);
      for (const p of a.people) {
        expect(p.target, p.id).toEqual({ stage: null, by: '' });
        expect(p.leaning, p.id).toEqual({ kind: 'unknown', competitorId: null, strength: null, evidence: '' });
        expect([p.criteria, p.influencePlan], p.id).toEqual([[], []]);
      }
    }
  });

  it('the command line exports the same cut, and `show --json` prints the whole plan', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, lang);
    const out = await tempDir();
    const bytes: Record<string, string> = {};
    for (const level of ['map', 'team'] as const) {
      const file = join(out, `${level}.bidmap`);
      const r = await cli('export', ...DEMO_ACCOUNT_IDS, '--level', level, '--out', file, '--workspace', dir);
      expect(r.code, r.err).toBe(0);
      bytes[level] = await readFile(file, 'utf8');
    }
    const shown: string[] = [];
    for (const id of DEMO_ACCOUNT_IDS) {
      const r = await cli('show', id, '--json', '--workspace', dir);
      expect(r.code, r.err).toBe(0);
      shown.push(r.out);
    }
    const show = shown.join('\n');
    for (const [kind, texts] of plan) {
      for (const t of texts) {
        expect(holds(bytes.map!, t), `map holds ${kind}: ${t}`).toBe(false);
        expect(holds(bytes.team!, t), `team lacks ${kind}: ${t}`).toBe(true);
        expect(holds(show, t), `show lacks ${kind}: ${t}`).toBe(true);
      }
    }
    // And read back as data, each target with its stage and date.
    const demo = buildDemoAccounts(lang, new Date().toISOString());
    for (const [i, text] of shown.entries()) {
      const stored = JSON.parse(text) as Account;
      const built = demo.find((a) => a.id === stored.id)!;
      expect(stored.people.map((p) => p.target.stage)).toEqual(built.people.map((p) => p.target.stage));
      expect(stored.people.filter((p) => p.target.by).length, `${i}`).toBe(built.people.filter((p) => p.target.by).length);
    }
  });
});

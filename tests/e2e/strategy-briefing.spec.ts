import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import type { Account } from '../../shared/model/account';
import { Criterion, WinTheme, Whitespace } from '../../shared/model/strategy';
import { exportBriefing } from '../support/briefing-export';
import { launchApp } from '../support/launch';
import { HomePage, PersonPanel } from '../support/pages';
import { compact, PDF_MADE } from '../support/pdf';
import { withoutCriteriaAndWhitespace } from '../support/strategy-slate';

// Issue 17 on paper: a team briefing of the Henan demo prints the criteria with their scores, the
// people × criteria matrix, the win themes, the whitespace grid and the leanings; a person's part
// (and their meeting brief) their target, leaning, criteria and influence plan. A map-level
// briefing holds none of it. The strategy is written through the services before the app opens
// (the views that enter it have their own tests); the PDFs are read back with pdftotext.

const run = promisify(execFile);
const pdftotext = async (path: string) => (await run('pdftotext', [path, '-'])).stdout;

/** Words that exist only in the strategy written here, so finding them proves it was printed. */
const MARK = {
  en: {
    criterion: 'Engineer on site within 4 hours',
    ourNote: 'Zhengzhou depot ready',
    theirNote: 'Their spares wait weeks',
    good: 'A named engineer who answers at night',
    theme: 'Local spares, local engineers',
    unit: 'Luoyang prefecture company',
    product: 'Disaster recovery',
    evidence: 'Praised Northstar at the pilot review',
    rational: 'Site visit to the Wuhan grid data centre',
    emotional: 'Send the bank certification first',
  },
  'zh-CN': {
    criterion: '4小时到场响应',
    ourNote: '郑州备件库已就绪',
    theirNote: '对方备件要等几周',
    good: '夜里也有指定工程师接电话',
    theme: '本地备件本地工程师',
    unit: '洛阳供电公司',
    product: '容灾',
    evidence: '试点评审会上称赞北辰',
    rational: '参观武汉电网数据中心',
    emotional: '先送上银行的认证证书',
  },
} as const;

/** The Henan demo with a bid strategy: criteria, a theme, a person's criteria and plan, leanings, targets, a whitespace grid. */
function withStrategy(a: Account, m: Record<keyof (typeof MARK)['en'], string>): Account {
  const o = a.opportunities.find((x) => x.status === 'open')!;
  const c1 = Criterion.parse({
    id: 'crit1',
    text: m.criterion,
    weight: 5,
    ours: { score: 4, note: m.ourNote },
    theirs: [{ id: 'hn_c01', score: 2, note: m.theirNote }],
  });
  const sun = a.people.find((p) => p.name === '孙建华' || p.name === 'Sun Jianhua')!;
  const luo = a.people.find((p) => p.name === '罗永强' || p.name === 'Luo Yongqiang')!;
  return {
    ...a,
    opportunities: a.opportunities.map((x) =>
      x.id === o.id
        ? {
            ...x,
            criteria: [c1],
            themes: [WinTheme.parse({ id: 'th1', text: m.theme, criterionIds: ['crit1'], personIds: [sun.id] })],
          }
        : x,
    ),
    people: a.people.map((p) =>
      p.id === sun.id
        ? {
            ...p,
            target: { stage: 'reliance' as const, by: '2027-03-01' },
            leaning: { kind: 'us' as const, competitorId: null, strength: 2, evidence: '' },
            criteria: [{ id: 'crit1', priority: 5, good: m.good }],
            influencePlan: [
              { id: 'inf1', brain: 'rational' as const, text: m.rational, principle: null, actionId: null },
              { id: 'inf2', brain: 'emotional' as const, text: m.emotional, principle: 'reciprocity' as const, actionId: null },
            ],
          }
        : p.id === luo.id
          ? { ...p, leaning: { kind: 'competitor' as const, competitorId: 'hn_c01', strength: 3, evidence: m.evidence } }
          : p,
    ),
    whitespace: Whitespace.parse({
      products: [{ id: 'wsp1', name: m.product }],
      units: [{ id: 'wsu1', name: m.unit }],
      cells: [{ id: 'wsc1', productId: 'wsp1', unitId: 'wsu1', status: 'competitor', competitorId: 'hn_c01', value: 3_000_000 }],
    }),
  };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a team briefing of the Henan demo prints the bid strategy; a map-level one none of it (${lang})`, async () => {
    test.setTimeout(150_000);
    const s = STRINGS[lang];
    const m = MARK[lang];
    const out = await mkdtemp(join(tmpdir(), 'bidmap-strategy-'));
    const app = await launchApp({ demo: true, locale: lang });
    try {
      const { page } = app;
      app.session.workspace().update('henan', (a) => withStrategy(withoutCriteriaAndWhitespace(a), m));
      await app.session.workspace().saveNow('henan');
      await page.reload();
      const canvas = await new HomePage(page).open(lang === 'en' ? /Henan/ : /河南/);

      await exportBriefing(page, app, lang, 'map', join(out, 'map.pdf'));
      await exportBriefing(page, app, lang, 'team', join(out, 'team.pdf'));
      const map = compact(await pdftotext(join(out, 'map.pdf')));
      const team = compact(await pdftotext(join(out, 'team.pdf')));
      const has = (text: string, needle: string) => text.includes(compact(needle));

      // Team: the criteria with our and Northstar's scores and why, the matrix, the theme, the grid, leanings, Sun's plan.
      const printed = [
        m.criterion,
        m.ourNote,
        m.theirNote,
        m.good,
        m.theme,
        m.unit,
        m.product,
        m.evidence,
        m.rational,
        m.emotional,
      ];
      for (const text of printed) expect(has(team, text), `team: ${text}`).toBe(true);
      for (const heading of [
        s.strategyPrint.whitespace,
        s.strategyPrint.leanings,
        s.strategyPrint.influence,
        s.strategyPrint.target,
      ])
        expect(has(team, heading), `team: ${heading}`).toBe(true);
      expect(has(team, s.criteria.weighted)).toBe(true);
      // Map: none of it, not even the headings.
      for (const text of printed) expect(has(map, text), `map: ${text}`).toBe(false);
      for (const heading of [
        s.strategyPrint.whitespace,
        s.strategyPrint.leanings,
        s.strategyPrint.influence,
        s.strategyPrint.target,
        s.criteria.weighted,
      ])
        expect(has(map, heading), `map: ${heading}`).toBe(false);

      // The meeting brief for Sun: his target, the criterion he cares about, his influence plan.
      const sun = app.session
        .workspace()
        .get('henan')
        .people.find((p) => p.name === '孙建华' || p.name === 'Sun Jianhua')!;
      await canvas.card(sun.name).click();
      const panel = new PersonPanel(page);
      const brief = join(out, 'sun.pdf');
      app.host.answerSave(brief);
      await panel.root.getByRole('button', { name: s.briefing.export.briefButton }).click();
      const dialog = page.getByRole('dialog', { name: s.briefing.export.briefTitle.replace('{{name}}', sun.name) });
      await dialog.getByRole('radio', { name: new RegExp(`^${s.briefing.levels.team}`) }).check();
      await dialog.getByRole('button', { name: s.briefing.export.save }).click();
      await expect(dialog.getByRole('status')).toContainText(brief, PDF_MADE);
      const meeting = compact(await pdftotext(brief));
      for (const text of [m.criterion, m.good, m.rational, m.emotional, s.strategyPrint.influence, s.strategyPrint.target])
        expect(has(meeting, text), `meeting brief: ${text}`).toBe(true);
      expect(meeting).not.toContain(compact(m.evidence));
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

// Issue 17, part C's screens: `npm run screenshots -- --only-strategy`. The Criteria tab with the
// matrix, the whitespace grid in the Account view, and a page of a team briefing rendered with
// pdftoppm; English at 1280×720, Chinese at 1920×1080, into docs/screenshots/.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { Account } from '../../shared/model/account';
import { Criterion, WinTheme, Whitespace } from '../../shared/model/strategy';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from './launch';
import { HomePage } from './pages';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const run = promisify(execFile);
type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number }[] = [
  { locale: 'en', width: 1280, height: 720 },
  { locale: 'zh-CN', width: 1920, height: 1080 },
];
const tr = <T>(locale: Locale, en: T, zh: T): T => (locale === 'en' ? en : zh);

/** The Henan demo's phase-2 tender with criteria, scores, a theme, who cares about which, and a whitespace grid. */
function henanStrategy(a: Account, locale: Locale): Account {
  const o = a.opportunities.find((x) => x.status === 'open')!;
  const crit = (id: string, en: string, zh: string, weight: number, ours: number, theirs: number, note: [string, string]) =>
    Criterion.parse({
      id,
      text: tr(locale, en, zh),
      weight,
      ours: { score: ours },
      theirs: [{ id: 'hn_c01', score: theirs, note: tr(locale, ...note) }],
    });
  const criteria = [
    crit('sc1', '4-hour on-site response', '4小时到场响应', 5, 4, 2, ['Spares from Beijing', '备件要从北京调']),
    crit('sc2', 'Compatibility with the developer’s software', '兼容开发商的软件', 5, 3, 5, [
      'The system was built on it',
      '系统就是基于它开发的',
    ]),
    crit('sc3', 'Price', '价格', 4, 4, 3, ['Barely cut their price', '几乎没降价']),
    crit('sc4', 'Go-live standby server', '上线期间备用服务器', 3, 5, 2, ['Not offered', '没有提供']),
  ];
  const views: Record<string, [string, number, [string, string]][]> = {
    '孙建华|Sun Jianhua': [
      ['sc1', 5, ['An engineer at the hall within 4 hours', '4小时内工程师到营业厅']],
      ['sc4', 4, ['A spare box on site at go-live', '上线时现场有备机']],
    ],
    '罗永强|Luo Yongqiang': [
      ['sc2', 5, ['Nothing the developer has to re-test', '开发商不用重新测试']],
      ['sc3', 2, ['', '']],
    ],
    '马骏|Ma Jun': [
      ['sc2', 4, ['Same management tools as today', '和现在的管理工具一样']],
      ['sc1', 3, ['', '']],
    ],
    '赵东明|Zhao Dongming': [
      ['sc3', 5, ['Within budget, and audit-proof', '不超预算，经得起审计']],
      ['sc1', 3, ['', '']],
    ],
  };
  const sun = a.people.find((p) => p.name === tr(locale, 'Sun Jianhua', '孙建华'))!;
  const luo = a.people.find((p) => p.name === tr(locale, 'Luo Yongqiang', '罗永强'))!;
  const units = [
    { id: 'u1', name: tr(locale, 'Power-Use Division', '用电处'), departmentId: 'hn_d02' },
    { id: 'u2', name: tr(locale, 'IT Center', '信息中心'), departmentId: 'hn_d05' },
    { id: 'u3', name: tr(locale, 'Zhengzhou company', '郑州供电公司'), departmentId: null },
    { id: 'u4', name: tr(locale, 'Luoyang company', '洛阳供电公司'), departmentId: null },
    { id: 'u5', name: tr(locale, 'Kaifeng company', '开封供电公司'), departmentId: null },
  ];
  const products = [
    { id: 'p1', name: tr(locale, 'Servers', '服务器'), departmentId: null },
    { id: 'p2', name: tr(locale, 'Storage', '存储'), departmentId: null },
    { id: 'p3', name: tr(locale, 'Disaster recovery', '容灾'), departmentId: null },
    { id: 'p4', name: tr(locale, 'Services', '服务'), departmentId: null },
  ];
  const cell = (id: string, productId: string, unitId: string, status: string, extra: Record<string, unknown> = {}) => ({
    id,
    productId,
    unitId,
    status,
    ...extra,
  });
  return {
    ...a,
    opportunities: a.opportunities.map((x) =>
      x.id === o.id
        ? {
            ...x,
            criteria,
            themes: [
              WinTheme.parse({
                id: 'st1',
                text: tr(locale, 'Spares and engineers in Zhengzhou, four hours at most', '郑州本地备件和工程师，最多四小时'),
                criterionIds: ['sc1', 'sc4'],
                personIds: [sun.id],
              }),
            ],
          }
        : x,
    ),
    people: a.people.map((p) => {
      const key = Object.keys(views).find((k) => k.split('|').includes(p.name));
      const withViews = key
        ? { ...p, criteria: views[key]!.map(([id, priority, good]) => ({ id, priority, good: tr(locale, ...good) })) }
        : p;
      if (p.id === luo.id)
        return {
          ...withViews,
          leaning: {
            kind: 'competitor' as const,
            competitorId: 'hn_c01',
            strength: 3,
            evidence: tr(locale, 'Praised Northstar at the pilot review', '试点评审会上称赞北辰'),
          },
        };
      if (p.id === sun.id)
        return {
          ...withViews,
          leaning: { kind: 'us' as const, competitorId: null, strength: 2, evidence: '' },
          target: { stage: 'reliance' as const, by: '2027-03-01' },
        };
      return withViews;
    }),
    whitespace: Whitespace.parse({
      products,
      units,
      cells: [
        cell('c1', 'p1', 'u1', 'ours', { value: 2_380_000 }),
        cell('c2', 'p1', 'u2', 'competitor', { competitorId: 'hn_c01' }),
        cell('c3', 'p1', 'u3', 'pursuing', { opportunityId: o.id, value: 1_200_000 }),
        cell('c4', 'p1', 'u4', 'pursuing', { opportunityId: o.id, value: 900_000 }),
        cell('c5', 'p2', 'u1', 'ours', { value: 600_000 }),
        cell('c6', 'p3', 'u2', 'pursuing', { opportunityId: o.id, value: 1_500_000 }),
        cell('c7', 'p4', 'u5', 'na'),
        cell('c8', 'p2', 'u2', 'competitor', { competitorId: 'hn_c01', value: 400_000 }),
      ],
    }),
  };
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await page.evaluate(() => document.fonts.ready);
}

export async function shootStrategy(): Promise<void> {
  for (const { locale, width, height } of SIZES) {
    const s = STRINGS[locale];
    const size = `${width}-${locale}`;
    const out = await mkdtemp(join(tmpdir(), 'bidmap-shots-'));
    const app = await launchApp({ demo: true, locale, viewport: { width, height } });
    try {
      const { page } = app;
      app.session.workspace().update('henan', (a) => henanStrategy(a, locale));
      await app.session.workspace().saveNow('henan');
      await page.reload();
      await new HomePage(page).open(tr(locale, /Henan/, /河南/));

      // The matrix, everyone on the chart, Sun's cell in focus.
      await page.getByRole('link', { name: s.criteria.tab, exact: true }).click();
      await page.getByTestId('criteria-matrix').waitFor();
      await page.locator('[data-cell="0:0"]').click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/criteria-matrix-${size}.png` });

      // The criteria and scores in the Account view.
      await page.getByRole('link', { name: s.account.tabDetails, exact: true }).click();
      const block = page.locator('#criteria-hn_o02');
      await block.scrollIntoViewIfNeeded();
      await block.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await settle(page);
      await page.screenshot({ path: `${OUT}/criteria-account-${size}.png` });

      // The whitespace grid, one cell open.
      const grid = page.getByTestId('whitespace');
      await grid.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.locator('.ws-grid [data-cell="0:2"]').click();
      await settle(page);
      await page.screenshot({ path: `${OUT}/whitespace-${size}.png` });
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await settle(page);
      await page.screenshot({ path: `${OUT}/whitespace-cell-${size}.png` });
      await page.keyboard.press('Escape');

      // A team briefing, its strategy pages rendered as a reader sees them.
      const pdf = join(out, 'team.pdf');
      app.host.answerSave(pdf);
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      const dialog = page.getByRole('dialog', { name: s.briefing.export.title });
      await dialog.getByRole('radio', { name: new RegExp(`^${s.briefing.levels.team}`) }).check();
      await dialog.getByRole('button', { name: s.briefing.export.save }).click();
      await dialog.getByRole('status').filter({ hasText: pdf }).waitFor({ timeout: 60_000 });
      const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.split('\f');
      const find = (needle: string) => text.findIndex((p) => p.includes(needle)) + 1;
      for (const [name, page] of [
        ['criteria', find(s.criteria.weighted)],
        ['whitespace', find(s.strategyPrint.whitespace)],
      ] as const) {
        if (page < 1) throw new Error(`No page of the briefing holds the ${name}`);
        await run('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          pdf,
          `${OUT}/briefing-${name}-${locale}`,
        ]);
      }
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  }
  console.log(`strategy screenshots written to ${OUT}`);
}

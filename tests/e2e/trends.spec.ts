import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { localIsoDate } from '../../shared/logic/dates';
import { statesOverTime } from '../../shared/logic/history/states';
import { accountTrend, hasTrend, heatMatrix, personTimeline } from '../../shared/logic/history/trends';
import { exportBriefing } from '../support/briefing-export';
import { launchApp } from '../support/launch';
import { generateOrgAccount } from '../support/org-generator';
import { HomePage, PersonPanel } from '../support/pages';
import { Account } from '../../shared/model/account';
import { ATTITUDE_TERMS } from '../../shared/taxonomy/labels';
import { compact } from '../support/pdf';

// Issue 18, part B: the Henan demo's Trends tab draws the account's three charts (support vs
// opposition, roles covered, open risks) and the coverage heat matrix; Luo Yongqiang's panel
// holds his timeline; a team briefing prints the trends, a map-level one none of them. What the
// screen must show is worked out from the demo account itself with the same series, so the test
// holds when reviews add points.

const run = promisify(execFile);
const pdftotext = async (path: string) => compact((await run('pdftotext', [path, '-'])).stdout);

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the Trends tab shows the account's charts and the coverage heat matrix; a person's timeline in their panel (${lang})`, async () => {
    test.setTimeout(120_000);
    const s = STRINGS[lang];
    const app = await launchApp({ demo: true, locale: lang, viewport: { width: 1280, height: 800 } });
    try {
      const { page } = app;
      const canvas = await new HomePage(page).open(lang === 'en' ? /Henan/ : /河南/);
      const account = app.session.workspace().get('henan');
      const today = localIsoDate(new Date());
      const trend = accountTrend(statesOverTime(account, today));
      const last = trend.points[trend.points.length - 1]!;

      // The tab is a link reached from the keyboard.
      const tab = page.getByRole('link', { name: s.trends.tab, exact: true });
      await tab.focus();
      await page.keyboard.press('Enter');
      const view = page.getByTestId('trends-view');
      await expect(view.getByRole('heading', { name: s.trends.title })).toBeVisible();

      // One dot per state on each line; the latest values written beside the last point.
      const support = view.getByTestId('trend-support');
      await expect(support.locator('figcaption')).toHaveText(s.trends.support.title);
      await expect(support.locator('.trend-tone-for circle')).toHaveCount(trend.points.length);
      await expect(support.locator('.trend-tone-for .trend-value')).toHaveText(String(last.support));
      await expect(support.locator('.trend-tone-against .trend-value')).toHaveText(String(last.opposition));
      await expect(support.getByRole('listitem')).toHaveText([s.trends.support.for, s.trends.support.against]);
      const roles = view.getByTestId('trend-roles');
      await expect(roles.locator('figcaption')).toHaveText(s.trends.roles.title_other.replace('{{count}}', '10'));
      await expect(roles.locator('.trend-value')).toHaveText(String(last.rolesCovered.length));
      await expect(view.getByTestId('trend-risks').locator('.trend-value')).toHaveText(String(last.openRisks));
      // Before a second date, a sentence says when the lines start.
      await expect(view.getByText(s.trends.startsWithReview)).toHaveCount(hasTrend(trend.points) ? 0 : 1);

      // The heat matrix: key people first, each member's closeness in their column, a legend.
      const matrix = heatMatrix(account);
      const heat = view.getByTestId('heat-matrix');
      await expect(heat.locator('.heat-head')).toHaveText(matrix.members.map((m) => m.name));
      const rows = heat.locator('[data-person]');
      await expect(rows).toHaveCount(matrix.rows.length);
      const first = matrix.rows[0]!;
      expect(first.keyPerson).toBe(true);
      await expect(rows.first().locator('.heat-name')).toContainText(first.name);
      await expect(rows.first().locator('.heat-value')).toHaveText(first.cells.map((v) => (v === null ? '·' : String(v))));
      expect(first.cells.some((v) => v !== null)).toBe(true);
      await expect(view.getByRole('list', { name: s.trends.heat.legend })).toContainText(s.trends.heat.level5);

      // Luo Yongqiang's timeline: the demo's reviews, his stage change and now, newest first in the
      // table; an opponent in the reviews (all before the reference-site visit), a skeptic now.
      const luo = account.people.find((p) => p.name === 'Luo Yongqiang' || p.name === '罗永强')!;
      const timeline = personTimeline(luo.id, luo, statesOverTime(account, today));
      expect(timeline.points.map((p) => p.from)).toContain('stageChange');
      const reviewed = timeline.points.filter((p) => p.from === 'review');
      expect(reviewed.length).toBe(account.reviews.length);
      expect(reviewed.every((p) => p.attitude === 'opponent')).toBe(true);
      expect(timeline.points.at(-1)!.attitude).toBe('skeptic');
      await page.getByRole('link', { name: s.account.tabChart, exact: true }).click();
      await canvas.card(luo.name).click();
      const panel = new PersonPanel(page);
      await panel.section(s.person.sections.relationship);
      const section = panel.root.getByTestId('person-timeline');
      await expect(section.getByRole('heading', { name: s.trends.person.title })).toBeVisible();
      await expect(section.getByTestId('timeline-stage').locator('circle')).toHaveCount(timeline.points.length);
      const body = section.locator('tbody tr');
      await expect(body).toHaveCount(timeline.points.length);
      await expect(body.first()).toContainText(s.trends.person.source.now);
      await expect(body.first()).toContainText(ATTITUDE_TERMS.skeptic.label[lang]);
      await expect(body.filter({ hasText: s.trends.person.source.stageChange })).toHaveCount(1);
      await expect(body.filter({ hasText: s.trends.person.source.review })).toHaveCount(reviewed.length);
      await expect(body.last()).toContainText(s.trends.person.source.review);
      await expect(body.last()).toContainText(ATTITUDE_TERMS.opponent.label[lang]);
    } finally {
      await app.close();
    }
  });

  test(`a team briefing prints the trends and the heat matrix; a map-level one holds none of them (${lang})`, async () => {
    test.setTimeout(150_000);
    const s = STRINGS[lang];
    const out = await mkdtemp(join(tmpdir(), 'bidmap-trends-'));
    const app = await launchApp({ demo: true, locale: lang });
    try {
      const { page } = app;
      await new HomePage(page).open(lang === 'en' ? /Henan/ : /河南/);
      await exportBriefing(page, app, lang, 'map', join(out, 'map.pdf'));
      await exportBriefing(page, app, lang, 'team', join(out, 'team.pdf'));
      const map = await pdftotext(join(out, 'map.pdf'));
      const team = await pdftotext(join(out, 'team.pdf'));
      const trendWords = [
        s.trends.support.title,
        s.trends.support.for,
        s.trends.support.against,
        s.trends.roles.title_other.replace('{{count}}', '10'),
        s.trends.risks.title,
        s.trends.heat.title,
        s.trends.heat.none,
        s.trends.heat.level5,
      ];
      for (const words of trendWords) {
        expect(team.includes(compact(words)), `team: ${words}`).toBe(true);
        expect(map.includes(compact(words)), `map: ${words}`).toBe(false);
      }
      // The heat matrix is drawn as text in the PDF (vector SVG, not a picture): the member names head its columns in order.
      const account = app.session.workspace().get('henan');
      expect(team).toContain(compact(account.team.map((m) => m.name).join(' ')));
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

test('a 300-person account: the heat matrix draws the first 30 people, Show all the rest; an account without a team says how to add one', async () => {
  test.setTimeout(120_000);
  const s = STRINGS.en;
  const org = generateOrgAccount({ people: 300, seed: 18, id: 'big', name: 'Big Group' });
  const team = [
    { id: 'm1', name: 'Yang Fan' },
    { id: 'm2', name: 'Lin Tao' },
    { id: 'm3', name: 'Guo Zhen' },
  ];
  const big = Account.parse({
    ...org,
    team,
    people: org.people.map((p, i) => ({
      ...p,
      relationship: { ...p.relationship, coverage: i % 7 === 0 ? [{ memberId: team[i % 3]!.id, closeness: 1 + (i % 5) }] : [] },
    })),
  });
  const bare = Account.parse({ ...org, id: 'bare', name: 'Bare Group', team: [] });
  const app = await launchApp({ viewport: { width: 1280, height: 800 } });
  try {
    await app.seed([big, bare]);
    const home = new HomePage(app.page);
    await home.openChart('Big Group');
    await app.page.getByRole('link', { name: s.trends.tab, exact: true }).click();
    const view = app.page.getByTestId('trends-view');
    const rows = view.getByTestId('heat-matrix').locator('[data-person]');
    const named = heatMatrix(big).rows.length;
    await expect(rows).toHaveCount(30);
    await view.getByRole('button', { name: s.trends.heat.showAll_other.replace('{{count}}', String(named)) }).click();
    await expect(rows).toHaveCount(named);
    await expect(view.getByRole('button', { name: s.trends.heat.showFirst_other.replace('{{count}}', '30') })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await home.back();
    await home.openChart('Bare Group');
    await app.page.getByRole('link', { name: s.trends.tab, exact: true }).click();
    await expect(view.getByText(s.trends.heat.noTeam)).toBeVisible();
    await view.getByRole('link', { name: s.trends.heat.toTeam }).click();
    await expect(app.page.locator('#section-team')).toBeVisible();
  } finally {
    await app.close();
  }
});

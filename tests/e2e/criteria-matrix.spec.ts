import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { withoutCriteriaAndWhitespace } from '../support/strategy-slate';

// The keyboard case on the Henan demo: the rep writes the phase-2 tender's criteria in the Account
// view (weights, our and Northstar's scores), a win theme tied to one, then marks in the matrix who
// cares about which and what "good" means to them, from the keyboard, one undo step per edit.
const CASES = [
  {
    lang: 'en',
    account: /Henan/,
    c1: '4-hour on-site response',
    c2: 'Compatibility with the developer’s software',
    theme: 'Spares and engineers in Zhengzhou',
    who: 'Sun Jianhua',
    good: 'An engineer at the hall within 4 hours, nights too',
    northstar: 'Northstar Systems',
  },
  {
    lang: 'zh-CN',
    account: /河南/,
    c1: '4小时到场响应',
    c2: '兼容开发商的软件',
    theme: '郑州本地备件和工程师',
    who: '孙建华',
    good: '夜里也能4小时内到营业厅',
    northstar: '北辰系统',
  },
] as const;
const OPPORTUNITY = 'hn_o02'; // the phase-2 roll-out, open

for (const c of CASES) {
  test(`criteria, scores and a win theme in the Account view, and the people × criteria matrix from the keyboard (${c.lang})`, async () => {
    test.setTimeout(120_000);
    const s = STRINGS[c.lang];
    const app = await launchApp({ demo: true, locale: c.lang, viewport: { width: 1400, height: 900 } });
    try {
      const { page } = app;
      // The demo ships criteria and a grid (part D): start from an empty slate, as a new account would.
      app.session.workspace().update('henan', withoutCriteriaAndWhitespace);
      await app.session.workspace().saveNow('henan');
      await page.reload();
      await new HomePage(page).open(c.account);
      await page.getByRole('link', { name: s.account.tabDetails, exact: true }).click();
      const block = page.locator(`#criteria-${OPPORTUNITY}`);
      await block.scrollIntoViewIfNeeded();
      await expect(block).toContainText(s.criteria.empty);

      // Two criteria typed in; the first weighs 5, we score 4 and Northstar 2 on it.
      for (const text of [c.c1, c.c2]) {
        await block.getByRole('button', { name: s.criteria.add }).click();
        await page.keyboard.type(text);
        await page.keyboard.press('Tab');
      }
      await expect(block.getByTestId('criterion')).toHaveCount(2);
      const named = (key: string, params: Record<string, string>) =>
        Object.entries(params).reduce((text, [k, v]) => text.replace(`{{${k}}}`, v), key);
      await block.getByLabel(named(s.criteria.weightLabel, { criterion: c.c1 })).selectOption('5');
      await block.getByLabel(named(s.criteria.scoreLabel, { vendor: s.criteria.us, criterion: c.c1 })).selectOption('4');
      await block.getByLabel(named(s.criteria.scoreLabel, { vendor: c.northstar, criterion: c.c1 })).selectOption('2');
      await expect(block.getByTestId('weighted-ours')).toHaveText(
        s.criteria.weightedPart.replace('{{score}}', '4.0').replace('{{scored}}', '1').replace('{{of}}', '2'),
      );
      await expect(block.getByTestId('weighted-hn_c01')).toContainText('2.0');

      // A win theme: untied, it says so; tied to the first criterion it still asks whom it speaks to.
      // The themes follow the criteria in the opportunity's record.
      const opportunity = block.locator('xpath=..');
      await opportunity.getByRole('button', { name: s.criteria.themes.add }).click();
      await page.keyboard.type(c.theme);
      await page.keyboard.press('Tab');
      const record = opportunity.getByTestId('theme');
      await expect(record.getByTestId('theme-warning')).toHaveText(new RegExp(s.criteria.themes.untiedBoth.slice(0, 12)));
      await record.getByRole('combobox', { name: s.criteria.themes.criteria }).selectOption({ label: c.c1 });
      await expect(record.getByTestId('theme-warning')).toHaveText(new RegExp(s.criteria.themes.untiedPeople.slice(0, 8)));

      // The matrix: nobody cares yet; show everyone, find Sun, and mark his view from the keyboard.
      await block.getByRole('link', { name: s.criteria.openMatrix }).click();
      const view = page.getByTestId('criteria-view');
      await expect(view.getByRole('status')).toContainText(s.criteria.matrix.nobody);
      await view.getByRole('button', { name: s.criteria.matrix.showEveryone }).click();
      await view.getByRole('searchbox', { name: s.criteria.matrix.find }).fill(c.who);
      const grid = view.getByTestId('criteria-matrix');
      await expect(grid.getByRole('row')).toHaveCount(2);
      await expect(grid.getByRole('columnheader')).toHaveText([s.criteria.matrix.person, new RegExp(c.c1), new RegExp(c.c2)]);
      const cell = (col: number) => grid.locator(`[data-cell="0:${col}"]`);
      await cell(0).click();
      await page.keyboard.press('5');
      await expect(cell(0).locator('.prio')).toHaveText('5');
      await page.keyboard.press('ArrowRight');
      await expect(cell(1)).toBeFocused();
      await page.keyboard.press('Enter');
      const editor = page.getByRole('dialog');
      await editor.getByLabel(s.criteria.matrix.good).fill(c.good);
      await editor.getByRole('radio', { name: '2' }).check();
      await editor.getByRole('button', { name: s.criteria.matrix.done }).click();
      await expect(cell(1)).toBeFocused();
      await expect(cell(1)).toContainText(c.good);
      await expect(cell(1).locator('.prio')).toHaveText('2');

      // Saved on the person, by the criterion's id.
      const crits = () => {
        const a = app.session.workspace().get('henan');
        const ids = new Map(a.opportunities.find((o) => o.id === OPPORTUNITY)!.criteria.map((x) => [x.id, x.text]));
        return a.people
          .find((p) => p.name === c.who)!
          .criteria.map((pc) => `${ids.get(pc.id)}:${pc.priority}:${pc.good}`)
          .sort();
      };
      await expect.poll(crits).toEqual([`${c.c1}:5:`, `${c.c2}:2:${c.good}`].sort());

      // One undo step per edit: the dialog's, then the 5; Delete clears a cell.
      await page.keyboard.press('Control+z');
      await expect(cell(1)).not.toContainText(c.good);
      await expect(cell(0).locator('.prio')).toHaveText('5');
      await cell(0).click();
      await page.keyboard.press('Delete');
      await expect(cell(0).locator('.prio')).toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect(cell(0).locator('.prio')).toHaveText('5');

      // Without "everyone", only those who care are rows: Sun alone.
      await view.getByRole('searchbox', { name: s.criteria.matrix.find }).fill('');
      await view.getByRole('checkbox', { name: s.criteria.matrix.everyone }).uncheck();
      await expect(grid.getByRole('row')).toHaveCount(2);
      await expect(grid.getByRole('rowheader')).toContainText(c.who);
      await expect(view.getByTestId('matrix-summary')).toContainText(String(1));
    } finally {
      await app.close();
    }
  });
}

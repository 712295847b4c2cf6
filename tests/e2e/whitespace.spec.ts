import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { WHITESPACE_STATUS_TERMS } from '../../shared/taxonomy/labels';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { withoutCriteriaAndWhitespace } from '../support/strategy-slate';

// The whitespace grid of the Henan demo, built by a rep in the Account view: product lines and
// units (one typed, one a department of the chart), the installed base filling what it names,
// cells set from the keyboard and in the cell's dialog, totals per row and column, one undo step each.
const CASES = [
  {
    lang: 'en',
    account: /Henan/,
    products: 'Servers, Storage, Desktop PCs',
    productNames: ['Servers', 'Storage', 'Desktop PCs'],
    unit: 'Service halls',
    department: 'IT Center',
    value: '12M',
    shown: /12/,
    bad: 'twelve-ish',
    person: 'Ma Jun',
    vendor: 'Huaxin Data',
    division: 'Power-Use Division',
    divisionPerson: 'Sun Jianhua',
  },
  {
    lang: 'zh-CN',
    account: /河南/,
    products: '服务器、存储、台式电脑',
    productNames: ['服务器', '存储', '台式电脑'],
    unit: '营业厅',
    department: '信息中心',
    value: '1200万',
    shown: /1,?200万/,
    bad: '一些钱',
    person: '马骏',
    vendor: '华信数据',
    division: '用电处',
    divisionPerson: '孙建华',
  },
] as const;

/** The grid's summary line with `open` of `cells` open, whatever its value. */
const summaryOf = (template: string, open: number, cells: number) =>
  new RegExp(
    `^${template
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace('{{value}}', '.+')
      .replace('{{open}}', String(open))
      .replace('{{cells}}', String(cells))}$`,
  );

for (const c of CASES) {
  test(`the whitespace grid of the Henan demo, edited from the keyboard (${c.lang})`, async () => {
    test.setTimeout(120_000);
    const s = STRINGS[c.lang];
    const label = (k: keyof typeof WHITESPACE_STATUS_TERMS) => WHITESPACE_STATUS_TERMS[k].label[c.lang];
    const app = await launchApp({ demo: true, locale: c.lang, viewport: { width: 1400, height: 900 } });
    try {
      const { page } = app;
      // The demo ships criteria and a grid (part D): start from an empty slate, as a new account would.
      app.session.workspace().update('henan', withoutCriteriaAndWhitespace);
      await app.session.workspace().saveNow('henan');
      await page.reload();
      await new HomePage(page).open(c.account);
      await page.getByRole('link', { name: s.account.tabDetails, exact: true }).click();
      const section = page.getByTestId('whitespace');
      await section.scrollIntoViewIfNeeded();
      await expect(section.getByRole('status')).toContainText(s.whitespace.empty);

      // Lines: several product lines typed at once, a unit typed, a unit taken from the chart.
      await section.getByRole('textbox', { name: s.whitespace.addProducts }).fill(c.products);
      await section.getByRole('button', { name: s.whitespace.addProducts }).click();
      await section.getByRole('textbox', { name: s.whitespace.addUnits }).fill(c.unit);
      await section.getByRole('textbox', { name: s.whitespace.addUnits }).press('Enter');
      await section.getByRole('combobox', { name: s.whitespace.addDepartment }).selectOption({ label: c.department });
      const grid = section.getByRole('grid');
      await expect(grid.getByRole('rowheader')).toHaveText([...c.productNames.map((n) => new RegExp(n)), s.whitespace.total]);
      await expect(grid.getByRole('columnheader')).toHaveText([
        s.whitespace.corner,
        new RegExp(c.unit),
        new RegExp(c.department),
        s.whitespace.total,
      ]);
      const summary = section.getByTestId('ws-summary');
      await expect(summary).toHaveText(summaryOf(s.whitespace.summary, 6, 6));

      // The installed base names the service halls with the desktop PCs (Huaxin's): previewed, then filled.
      await section.getByRole('button', { name: s.whitespace.prefill }).click();
      const prefill = page.getByRole('dialog', { name: s.whitespace.prefillTitle });
      await expect(prefill.getByTestId('prefill-fills')).toContainText(`${c.productNames[2]} · ${c.unit}: ${c.vendor}`);
      await prefill.getByRole('button', { name: s.whitespace.prefillApply_one.replace('{{count}}', '1') }).click();
      const cell = (row: number, col: number) => grid.locator(`[data-cell="${row}:${col}"]`);
      await expect(cell(2, 0)).toHaveAttribute('data-status', 'competitor');
      await expect(cell(2, 0)).toContainText(c.vendor);

      // Keyboard: 4 marks Servers at the service halls as pursued; → to the IT Center; Enter opens the cell.
      await cell(0, 0).click();
      await page.keyboard.press('4');
      await expect(cell(0, 0)).toHaveAttribute('data-status', 'pursuing');
      await expect(cell(0, 0)).toContainText(label('pursuing'));
      await page.keyboard.press('ArrowRight');
      await expect(cell(0, 1)).toBeFocused();
      await page.keyboard.press('Enter');
      const editor = page.getByRole('dialog');
      await expect(editor).toContainText(c.productNames[0]);
      // The cell lists the unit's people (the IT Center is a department of the chart).
      await expect(editor.getByTestId('ws-cell-people')).toContainText(c.person);
      await editor.getByRole('radio', { name: new RegExp(label('ours')) }).check();
      // A value that cannot be read is refused in words, and nothing is saved.
      await editor.getByLabel(s.whitespace.value).fill(c.bad);
      await editor.getByRole('button', { name: s.criteria.matrix.done }).click();
      await expect(editor.getByRole('alert')).toBeVisible();
      await expect(cell(0, 1)).toHaveAttribute('data-status', 'open');
      // A value in another currency than the grid's is refused, not counted as the grid's.
      await editor.getByLabel(s.whitespace.value).fill('$2M');
      await editor.getByRole('button', { name: s.criteria.matrix.done }).click();
      await expect(editor.getByRole('alert')).toContainText('USD');
      await expect(cell(0, 1)).toHaveAttribute('data-status', 'open');
      await editor.getByLabel(s.whitespace.value).fill(c.value);
      await editor.getByRole('button', { name: s.criteria.matrix.done }).click();
      await expect(editor).toBeHidden();
      await expect(cell(0, 1)).toBeFocused();
      await expect(cell(0, 1)).toHaveAttribute('data-status', 'ours');
      await expect(cell(0, 1)).toContainText(c.shown);

      // Totals: the row, the column and the grid hold the value; open cells counted (4 of 6 left open).
      await expect(section.getByTestId('ws-row-total-0')).toContainText(c.shown);
      await expect(section.getByTestId('ws-col-total-1')).toContainText(c.shown);
      await expect(section.getByTestId('ws-row-total-0')).toContainText(s.whitespace.openCount.replace('{{count}}', '0'));
      await expect(section.getByTestId('ws-col-total-0')).toContainText(s.whitespace.openCount.replace('{{count}}', '1'));
      await expect(section.getByTestId('ws-grand-total')).toContainText(s.whitespace.openCount.replace('{{count}}', '3'));
      await expect(summary).toHaveText(summaryOf(s.whitespace.summary, 3, 6));

      // The saved account holds the cells.
      await expect
        .poll(() => {
          const ws = app.session.workspace().get('henan').whitespace;
          return ws.cells
            .map((x) => x.status)
            .sort()
            .join(',');
        })
        .toBe('competitor,ours,pursuing');

      // One undo step per edit: Ctrl+Z takes back the dialog's edit only, then the 4.
      await page.keyboard.press('Control+z');
      await expect(cell(0, 1)).toHaveAttribute('data-status', 'open');
      await expect(cell(0, 0)).toHaveAttribute('data-status', 'pursuing');
      await cell(0, 0).click();
      await page.keyboard.press('Control+z');
      await expect(cell(0, 0)).toHaveAttribute('data-status', 'open');
      await expect(cell(2, 0)).toHaveAttribute('data-status', 'competitor');

      // A typed unit linked to a department of the chart: its cells list that department's people.
      await grid.getByTitle(s.whitespace.editLine.replace('{{name}}', c.unit)).click();
      const line = page.getByRole('dialog', { name: s.whitespace.editLine.replace('{{name}}', c.unit) });
      await line.getByLabel(s.whitespace.lineName).fill(c.department);
      await line.getByRole('button', { name: s.criteria.matrix.done }).click();
      await expect(line.getByRole('alert')).toHaveText(s.whitespace.nameTaken.replace('{{name}}', c.department));
      await line.getByLabel(s.whitespace.lineName).fill(c.unit);
      await line.getByLabel(s.whitespace.department).selectOption({ label: c.division });
      await line.getByRole('button', { name: s.criteria.matrix.done }).click();
      await expect(line).toBeHidden();
      await cell(1, 0).click();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog').getByTestId('ws-cell-people')).toContainText(c.divisionPerson);
      await page.keyboard.press('Escape');

      // Delete clears a cell; 5 marks it not applicable.
      await cell(2, 0).click();
      await page.keyboard.press('Delete');
      await expect(cell(2, 0)).toHaveAttribute('data-status', 'open');
      await page.keyboard.press('5');
      await expect(cell(2, 0)).toHaveAttribute('data-status', 'na');
    } finally {
      await app.close();
    }
  });
}

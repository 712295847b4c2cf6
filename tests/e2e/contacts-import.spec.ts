import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { CanvasPage, HomePage, untranslatedKeys } from '../support/pages';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/contacts');

test.describe('importing contacts into an org chart', () => {
  test('a Chinese Excel CSV (GB18030): pick, match columns, preview, import, and the chart shows everyone under their manager', async () => {
    const app = await launchApp({ locale: 'zh-CN' });
    const { page } = app;
    try {
      app.host.answerOpen(resolve(FIXTURES, 'excel-gb18030.csv'));
      await page.getByRole('button', { name: '导入联系人…' }).first().click();
      const dialog = page.getByRole('dialog', { name: '导入联系人' });
      await dialog.getByRole('button', { name: '选择文件…' }).click();

      // Mapping: every column guessed from the Chinese headers, with sample values to check.
      await expect(dialog.getByText('excel-gb18030.csv：12 行，GB18030（中文 Excel）')).toBeVisible();
      await expect(dialog.getByLabel('姓名所在列')).toHaveValue('0');
      await expect(dialog.getByLabel('直属领导（姓名或工号）所在列')).toHaveValue('5');
      await expect(dialog.getByLabel('工号所在列')).toHaveValue('');
      await expect(dialog.getByText('例如 王建国 · 李红 · 张伟')).toBeVisible();
      await dialog.getByLabel('客户').fill('河南电力');
      await dialog.getByRole('button', { name: '预览' }).click();

      // Preview: the tree, nobody left out.
      const tree = dialog.getByTestId('contacts-tree').locator('li');
      await expect(tree).toHaveCount(12);
      await expect(tree.nth(0)).toHaveAttribute('data-depth', '0');
      await expect(tree.nth(2)).toContainText('张伟');
      await expect(tree.nth(2)).toHaveAttribute('data-depth', '2');
      await expect(dialog.getByText('所有行都可以导入。')).toBeVisible();
      expect(await untranslatedKeys(page)).toEqual([]);
      await dialog.getByRole('button', { name: '导入', exact: true }).click();

      // The new account's chart opens: 12 cards, each under the right manager.
      await expect(page.getByRole('heading', { name: '河南电力' })).toBeVisible();
      const canvas = new CanvasPage(page);
      await expect(canvas.cards).toHaveCount(12);
      const account = app.session.workspace().accounts().find((a) => a.name === '河南电力')!;
      const idOf = (name: string) => account.people.find((p) => p.name === name)!.id;
      const pairs = [
        ['李红', '王建国'],
        ['张伟', '李红'],
        ['刘洋', '张伟'],
        ['黄磊', '赵敏'],
        ['郑爽', '吴刚'],
        ['孙悦', '王建国'],
      ] as const;
      for (const [person, manager] of pairs) {
        const link = account.links.find((l) => l.kind === 'reportsTo' && l.source === idOf(person) && l.target === idOf(manager));
        expect(link, `${person} reports to ${manager}`).toBeTruthy();
        await expect(page.locator(`.react-flow__edge[data-id="${link!.id}"]`)).toHaveCount(1);
        const top = (await canvas.card(manager).boundingBox())!.y;
        expect((await canvas.card(person).boundingBox())!.y).toBeGreaterThan(top);
      }
    } finally {
      await app.close();
    }
  });

  test('a dropped file with problems: rows listed with their numbers, the bad ones saved as CSV, Esc closes and nothing is written', async () => {
    const app = await launchApp({ locale: 'en' });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Import contacts…' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Import contacts' });
      const csv = 'Name,Title,Reports to\nAnn,CEO,\n<script>alert(1)</script>,Hacker,Ann\n,Ghost,Ann\nBob,CTO,Zed\n';
      // A file dropped on the dialog travels as bytes.
      const drop = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'team.csv', { type: 'text/csv' }));
        return dt;
      }, csv);
      await dialog.getByTestId('contacts-dialog').dispatchEvent('drop', { dataTransfer: drop });
      await expect(dialog.getByLabel('Column for Manager (name or ID)')).toHaveValue('2');
      await dialog.getByRole('button', { name: 'Preview' }).click();
      await expect(dialog.getByRole('heading', { name: 'Rows left out (2)' })).toBeVisible();
      const problems = dialog.getByTestId('contacts-problems').locator('li');
      await expect(problems).toHaveText(['Row 4 no name', 'Row 5 the manager “Zed” is not in the file']);
      // Markup in a name is shown as text, never run.
      await expect(dialog.getByTestId('contacts-tree')).toContainText('<script>alert(1)</script>');

      const out = resolve(tmpdir(), `bidmap-problems-${Date.now()}.csv`);
      app.host.answerSave(out);
      await dialog.getByRole('button', { name: 'Save rows with problems as CSV…' }).click();
      await expect(page.getByText(`Saved 2 rows to ${out}.`)).toBeVisible();
      expect((await readFile(out, 'utf8')).split('\r\n')[0]).toBe('\uFEFFName,Title,Reports to,Problem');
      await rm(out);

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(new HomePage(page).rows).toHaveCount(0);
      expect(app.session.workspace().accounts()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

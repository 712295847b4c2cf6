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
      const account = app.session
        .workspace()
        .accounts()
        .find((a) => a.name === '河南电力')!;
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
      // Only the row without a name is left out; Bob comes without his unknown manager (issue 16).
      await expect(dialog.getByRole('heading', { name: 'Rows left out (1)' })).toBeVisible();
      await expect(dialog.getByTestId('contacts-problems').locator('li')).toHaveText(['Row 4 no name']);
      await expect(dialog.getByTestId('contacts-warnings').locator('li')).toHaveText([
        'Row 5 imported without a manager: the manager “Zed” is not in the file',
      ]);
      await expect(dialog.getByTestId('contacts-without-manager')).toHaveText('· 1 imported without a manager');
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

  test('an Outlook export (Windows-1252): recognised, its name parts joined, job title not courtesy title, and the person whose manager is outside the file imported without a line', async () => {
    const app = await launchApp({ locale: 'en' });
    const { page } = app;
    try {
      app.host.answerOpen(resolve(FIXTURES, 'outlook-en.csv'));
      await page.getByRole('button', { name: 'Import contacts…' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Import contacts' });
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      await expect(dialog.getByTestId('contacts-format')).toHaveText(
        'Recognised: Microsoft Outlook contacts (English). The columns are matched as that export writes them.',
      );
      await expect(dialog.getByTestId('contacts-encoding')).toHaveValue('windows-1252');
      await expect(dialog.getByTestId('contacts-encoding').locator('option:checked')).toHaveText(
        'Windows-1252 (Western Excel), detected',
      );
      await expect(dialog.getByLabel('Column for Name', { exact: true })).toHaveValue('0');
      await expect(dialog.getByLabel('Column 2 for Name', { exact: true })).toHaveValue('1');
      await expect(dialog.getByLabel('Column 3 for Name', { exact: true })).toHaveValue('2');
      await expect(dialog.getByLabel('Column for Title', { exact: true })).toHaveValue('29');
      await expect(dialog.getByText('e.g. Hélène Lefèvre · José María Núñez · Jürgen Groß')).toBeVisible();

      // Read as UTF-8 by mistake: the lost characters are counted, and Windows-1252 brings them back.
      await dialog.getByTestId('contacts-encoding').selectOption('utf-8');
      await expect(dialog.getByTestId('contacts-replaced')).toHaveText(
        '24 characters could not be read as UTF-8: choose the file’s encoding.',
      );
      await dialog.getByTestId('contacts-encoding').selectOption('windows-1252');
      await expect(dialog.getByTestId('contacts-replaced')).toHaveCount(0);
      await expect(dialog.getByText('e.g. Hélène Lefèvre · José María Núñez · Jürgen Groß')).toBeVisible();

      await dialog.getByRole('button', { name: 'Preview' }).click();
      await expect(dialog.getByText('4 people will be imported')).toBeVisible();
      await expect(dialog.getByTestId('contacts-without-manager')).toHaveText('· 1 imported without a manager');
      await expect(dialog.getByTestId('contacts-warnings').locator('li')).toHaveText([
        'Row 2 imported without a manager: the manager “Conseil de surveillance” is not in the file',
      ]);
      await expect(dialog.getByTestId('contacts-tree').locator('li').nth(2)).toContainText(
        'Jürgen Groß · Network Architect · IT',
      );
      await expect(dialog.getByText('Every row can be imported.')).toBeVisible();
      expect(await untranslatedKeys(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByText('4 people imported into “outlook-en”. 1 imported without a manager.')).toBeVisible();
      await expect(new CanvasPage(page).cards).toHaveCount(4);
    } finally {
      await app.close();
    }
  });

  test('combining columns by hand: + adds a column to the name, its sample shows the joined name, × takes it away', async () => {
    const app = await launchApp({ locale: 'en' });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Import contacts…' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Import contacts' });
      const drop = await page.evaluateHandle(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['Given,Family,Boss\nAnn,Lee,\nBob,Marsh,Ann Lee\n'], 'team.csv', { type: 'text/csv' }));
        return dt;
      });
      await dialog.getByTestId('contacts-dialog').dispatchEvent('drop', { dataTransfer: drop });
      await expect(dialog.getByTestId('contacts-format')).toHaveText('Columns guessed from the header words.');
      await dialog.getByLabel('Column for Name', { exact: true }).selectOption('0');
      await dialog.getByRole('button', { name: 'Add a column to Name', exact: true }).click();
      await dialog.getByLabel('Column 2 for Name', { exact: true }).selectOption('1');
      await expect(dialog.getByText('e.g. Ann Lee · Bob Marsh')).toBeVisible();
      await dialog.getByRole('button', { name: 'Preview' }).click();
      await expect(dialog.getByTestId('contacts-tree').locator('li')).toHaveText(['Ann Lee', 'Bob Marsh']);
      await expect(dialog.getByTestId('contacts-tree').locator('li').nth(1)).toHaveAttribute('data-depth', '1');
      await dialog.getByRole('button', { name: 'Back' }).click();
      await dialog.getByRole('button', { name: 'Remove column 2 of Name', exact: true }).click();
      await expect(dialog.getByText('e.g. Ann · Bob')).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('钉钉 and an HR sheet in Chinese: the export recognised under its title row, people kept whose manager is missing, sensitive columns and footer rows set aside', async () => {
    const app = await launchApp({ locale: 'zh-CN' });
    const { page } = app;
    try {
      app.host.answerOpen(resolve(FIXTURES, 'dingtalk.xlsx'));
      await page.getByRole('button', { name: '导入联系人…' }).first().click();
      const dialog = page.getByRole('dialog', { name: '导入联系人' });
      await dialog.getByRole('button', { name: '选择文件…' }).click();
      await expect(dialog.getByTestId('contacts-format')).toHaveText('已识别：钉钉通讯录。各列按该导出格式对应。');
      await expect(dialog.getByTestId('contacts-header-row')).toHaveValue('2');
      await expect(dialog.getByTestId('contacts-header-row').locator('option').first()).toHaveText(
        '第 1 行：通讯录导出（2026-12-07 10:00）',
      );
      await expect(dialog.getByLabel('直属领导（姓名或工号）所在列')).toHaveValue('11');
      await dialog.getByRole('button', { name: '预览' }).click();
      const tree = dialog.getByTestId('contacts-tree').locator('li');
      await expect(tree).toHaveCount(5);
      await expect(tree.nth(2)).toContainText('郑爽 · 系统管理员 · 总裁办-信息化部');
      await expect(tree.nth(2)).toHaveAttribute('data-depth', '2');
      expect(await untranslatedKeys(page)).toEqual([]);
      await dialog.getByRole('button', { name: '上一步' }).click();
      await dialog.getByRole('button', { name: '上一步' }).click();

      app.host.answerOpen(resolve(FIXTURES, 'hr-export.csv'));
      await dialog.getByRole('button', { name: '选择文件…' }).click();
      await expect(dialog.getByTestId('contacts-format')).toHaveText('各列是根据表头文字猜出的。');
      await dialog.getByRole('button', { name: '预览' }).click();
      await expect(dialog.getByText('将导入 6 人')).toBeVisible();
      await expect(dialog.getByTestId('contacts-without-manager')).toHaveText('· 1 人导入时没有上级');
      await expect(dialog.getByTestId('contacts-warnings').locator('li')).toHaveText([
        '第 4 行 导入时没有上级：直属领导“E99”不在文件中',
      ]);
      await expect(dialog.getByTestId('contacts-ignored')).toHaveText('敏感列未写入备注：身份证号、密码');
      await expect(dialog.getByTestId('contacts-not-people').locator('li')).toHaveText([
        '第 9 行（合计行）：合计：6 人',
        '第 10 行（声明）：本表仅供内部使用，严禁外传',
      ]);
      await expect(tree.first()).toHaveText('王建国 · 董事长 · 董事会');
      expect(await untranslatedKeys(page)).toEqual([]);
      await dialog.getByRole('button', { name: '导入', exact: true }).click();
      await expect(new CanvasPage(page).cards).toHaveCount(6);
      const account = app.session
        .workspace()
        .accounts()
        .find((a) => a.name === 'hr-export')!;
      expect(account.people.map((p) => p.dossier.notes).join('\n')).not.toMatch(/410100|abc123|qwerty/);
    } finally {
      await app.close();
    }
  });
});

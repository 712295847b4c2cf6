import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

test.describe('managing accounts on the home screen', () => {
  test('an empty workspace explains itself and offers to create an account', async () => {
    const app = await launchApp();
    try {
      await expect(app.page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
      await expect(app.page.getByRole('button', { name: 'Open demo workspace…' })).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('create (Ctrl+N), rename, filter, delete with confirmation, and undo', async () => {
    const app = await launchApp();
    const { page } = app;
    const home = new HomePage(page);
    try {
      await page.keyboard.press('Control+n');
      const dialog = page.getByRole('dialog', { name: 'New account' });
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog.getByRole('alert')).toHaveText('Please enter a name.');
      await dialog.getByLabel('Account name').fill('Shandong Telecom billing');
      await dialog.getByRole('button', { name: 'Create' }).click();
      // A new account opens on its empty chart, ready to draw.
      await expect(page.getByRole('heading', { name: 'Shandong Telecom billing' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'No people on this chart yet' })).toBeVisible();
      await home.back();
      await expect(home.rows).toHaveCount(1);

      await page.getByRole('button', { name: 'New account' }).click();
      await page.getByLabel('Account name').fill('Qingdao Port');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Qingdao Port' })).toBeVisible();
      await home.back();
      await expect(home.rows).toHaveCount(2);

      await home.row('Qingdao Port').getByRole('button', { name: 'Rename' }).click();
      await page.getByLabel('Account name').fill('Qingdao Port Group');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(home.row('Qingdao Port Group')).toHaveCount(1);

      await home.filter.fill('telecom');
      await expect(home.rows).toHaveCount(1);
      await home.filter.fill('nothing like this');
      await expect(page.getByText('No account matches “nothing like this”.')).toBeVisible();
      await page.getByRole('button', { name: 'Clear filter' }).click();
      await expect(home.rows).toHaveCount(2);

      await home.row('Qingdao Port Group').getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete “Qingdao Port Group”?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect(home.rows).toHaveCount(2);
      await home.row('Qingdao Port Group').getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect(home.rows).toHaveCount(1);
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await expect(home.row('Qingdao Port Group')).toHaveCount(1);

      // Ctrl+Z undoes the last delete too, but not while typing in a field.
      await home.row('Shandong Telecom billing').getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect(home.rows).toHaveCount(1);
      await home.filter.focus();
      await page.keyboard.press('Control+z'); // the field's own undo (it may bring back earlier text)
      await home.filter.fill('');
      await expect(home.rows).toHaveCount(1);
      await page.getByRole('heading', { name: 'Accounts' }).click();
      await page.keyboard.press('Control+z');
      await expect(home.row('Shandong Telecom billing')).toHaveCount(1);

      await app.session.flush();
      const index = JSON.parse(await readFile(join(app.workspace, 'workspace.json'), 'utf8'));
      expect(index.accounts.map((a: { name: string }) => a.name).sort()).toEqual(['Qingdao Port Group', 'Shandong Telecom billing']);
    } finally {
      await app.close();
    }
  });

  test('settings: language and theme change at once and are saved in the workspace', async () => {
    const app = await launchApp({ demo: true });
    const { page } = app;
    try {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Language').selectOption('zh-CN');
      await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
      await page.getByLabel('主题').selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByTestId('workspace-path')).toHaveText(app.workspace);
      const index = JSON.parse(await readFile(join(app.workspace, 'workspace.json'), 'utf8'));
      expect(index.settings).toMatchObject({ language: 'zh-CN', theme: 'dark' });
    } finally {
      await app.close();
    }
  });
});

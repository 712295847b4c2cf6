import { cp, mkdtemp, readFile, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

test.describe('a workspace with a damaged file', () => {
  test('opens the other accounts and says which file is damaged, why, and where it went', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'bidmap-damaged-'));
    try {
      const accounts = await writeDemoWorkspace(workspace, 'en');
      const victim = accounts.find((a) => /Shandong/.test(a.name))!;
      const file = join(workspace, 'accounts', `${victim.id}.json`);
      const { size } = await import('node:fs').then((fs) => fs.statSync(file));
      await truncate(file, Math.floor(size / 3));
      const damagedBytes = await readFile(file);

      const app = await launchApp({ workspace });
      try {
        const home = new HomePage(app.page);
        const banner = app.page.getByRole('alert').filter({ hasText: 'could not be opened' });
        await expect(banner).toContainText(`accounts/${victim.id}.json`);
        await expect(banner).toContainText('not valid JSON');
        await expect(banner).toContainText('damaged/');
        await expect(home.row(victim.name).getByText('Damaged')).toBeVisible();
        const canvas = await home.open(/Henan/);
        expect(await canvas.nodes.count()).toBeGreaterThanOrEqual(12);
        const movedTo = app.session.workspace().problems[0]!.movedTo!;
        expect(await readFile(join(workspace, movedTo))).toEqual(damagedBytes);
      } finally {
        await app.close();
      }
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  test('offers the last backup and restores it', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'bidmap-restore-'));
    try {
      const first = await launchApp({ workspace, demo: true });
      const henan = first.session.workspace().list().find((a) => /Henan/.test(a.name))!;
      await first.session.invoke('renameAccount', { id: henan.id, name: 'Henan Power (renamed)' });
      await first.close();
      await truncate(join(workspace, 'accounts', `${henan.id}.json`), 10);

      const app = await launchApp({ workspace });
      try {
        await app.page.getByRole('button', { name: /^Restore (last backup|the backup saved)/ }).click();
        await expect(app.page.getByText('was restored from its last backup')).toBeVisible();
        const home = new HomePage(app.page);
        await expect(home.row(/Henan/).getByText('Damaged')).toHaveCount(0);
        const canvas = await home.open(/Henan/);
        expect(await canvas.nodes.count()).toBeGreaterThanOrEqual(12);
      } finally {
        await app.close();
      }
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

test.describe('a workspace written by the v0 prototype', () => {
  test('opens after migration, says so in its language (Chinese), and shows every person', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'bidmap-v0-'));
    try {
      await cp(resolve(import.meta.dirname, '../fixtures/v0-workspace'), workspace, { recursive: true });
      const app = await launchApp({ workspace });
      try {
        await expect(app.page.getByText('2 个文件已升级为当前格式')).toBeVisible();
        const canvas = await new HomePage(app.page).open('济南水务集团 SCADA 升级');
        await expect(canvas.nodes).toHaveCount(4);
        await expect(canvas.nodes.filter({ hasText: '李红' })).toContainText('信息中心主任');
      } finally {
        await app.close();
      }
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

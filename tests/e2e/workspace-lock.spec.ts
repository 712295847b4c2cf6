import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE, type LockInfo } from '../../electron/services/store/lock';
import { launchApp } from '../support/launch';

/** A folder held by another live Bidmap: a lock file naming a running process (not this one). */
async function heldElsewhere(): Promise<{ dir: string; holder: LockInfo; child: ChildProcess }> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-locked-'));
  const child = spawn('sleep', ['600'], { stdio: 'ignore' });
  const at = new Date().toISOString();
  const holder: LockInfo = { pid: child.pid!, host: hostname(), app: 'app', startedAt: at, heartbeatAt: at, token: 'elsewhere' };
  await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder));
  return { dir, holder, child };
}

test.describe('one writer per workspace', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`${locale}: choosing a folder open in another Bidmap says who has it and keeps the current workspace`, async () => {
      const locked = await heldElsewhere();
      const mine = await mkdtemp(join(tmpdir(), 'bidmap-mine-'));
      const app = await launchApp({ workspace: mine, demo: true, locale, folderAnswers: [locked.dir, locked.dir] });
      const { page } = app;
      try {
        expect(JSON.parse(await readFile(join(app.workspace, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, app: 'app' });
        await page.getByRole('link', { name: locale === 'en' ? 'Settings' : '设置' }).click();
        await page.getByRole('button', { name: locale === 'en' ? 'Change…' : /更改/ }).click();
        const toast = page.locator('.toast-message');
        // Said whole in the page's language (the services send the sentence by key).
        if (locale === 'en') {
          await expect(toast).toContainText(`This workspace is open in Bidmap on ${hostname()} (process ${locked.holder.pid}, since`);
          await expect(toast).toContainText('Close it there first.');
        } else {
          await expect(toast).toContainText(`此工作区已在 ${hostname()} 上的 Bidmap 中打开（进程 ${locked.holder.pid}，自`);
          await expect(toast).toContainText('请先在那里关闭。');
          await expect(toast).not.toContainText('This workspace');
        }
        await expect(page.getByTestId('workspace-path')).toHaveText(app.workspace);
        // The demo is not written into it either.
        await page.getByRole('button', { name: locale === 'en' ? /demo/i : /演示/ }).click();
        await expect(toast.last()).toContainText(String(locked.holder.pid));
        expect(existsSync(join(locked.dir, 'accounts'))).toBe(false);
        await expect(page.getByTestId('workspace-path')).toHaveText(app.workspace);
        expect(JSON.parse(await readFile(join(locked.dir, LOCK_FILE), 'utf8'))).toMatchObject({ token: 'elsewhere' });
      } finally {
        await app.close();
        locked.child.kill('SIGKILL');
        await rm(locked.dir, { recursive: true, force: true });
      }
      expect(existsSync(join(mine, LOCK_FILE))).toBe(false); // given back on close
      await rm(mine, { recursive: true, force: true });
    });
  }
});

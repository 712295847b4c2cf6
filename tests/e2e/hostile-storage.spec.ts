import { expect, test } from '@playwright/test';
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { Account } from '../../shared/model/account';
import { canMount, fill, NO_MOUNT, smallDisk, unmountAll } from '../support/disk';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

test.afterAll(unmountAll);
process.on('unhandledRejection', (e) => console.log('UNHANDLED', (e as Error).stack));
process.on('uncaughtException', (e) => console.log('UNCAUGHT', (e as Error).stack));

const words = {
  en: { account: /Henan Power/, full: /The disk that holds .* is full\. Your edits are kept/, readOnly: /Bidmap may not write to .*\(read-only, or no permission\)/, notSaved: 'Not saved yet', tryNow: 'Try now' },
  'zh-CN': { account: /河南/, full: /存放 .* 的磁盘已满。你的修改已保留/, readOnly: /Bidmap 无法写入 .*（只读或没有权限）/, notSaved: '尚未保存', tryNow: '立即重试' },
} as const;

const peopleOnDisk = async (ws: string) => Account.parse(JSON.parse(await readFile(join(ws, 'accounts', 'henan.json'), 'utf8'))).people.length;

test.describe('when the disk will not take the edits', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const w = words[locale];
    test(`${locale}: a full disk — the chart keeps the new person, says why, and saves it once there is room`, async () => {
      test.skip(!canMount, NO_MOUNT);
      const disk = await smallDisk(6);
      const ws = join(disk.dir, 'workspace');
      await writeDemoWorkspace(ws, locale);
      const app = await launchApp({ workspace: ws, locale });
      const { page } = app;
      let ballast = '';
      try {
        const canvas = await new HomePage(page).open(w.account);
        const onDisk = await peopleOnDisk(ws);
        ballast = await fill(disk.dir);
        await page.locator('.react-flow__pane').click();
        await page.keyboard.press('n');
        await expect(page.locator('.react-flow input:focus')).toHaveCount(1); // the new card's name field
        await page.keyboard.type('Added on a full disk');
        await page.keyboard.press('Enter');
        await expect(canvas.saveStatus).toHaveAttribute('data-state', 'failed');
        await expect(canvas.saveStatus).toHaveAttribute('title', w.full);
        const banner = page.getByTestId('storage-banner');
        await expect(banner).toContainText(w.notSaved);
        await expect(banner).toContainText(w.full);
        await expect(canvas.card('Added on a full disk')).toHaveCount(1); // kept on screen and in memory
        expect(await peopleOnDisk(ws)).toBe(onDisk);

        await unlink(ballast);
        ballast = '';
        await banner.getByRole('button', { name: w.tryNow }).click();
        await expect(banner).toBeHidden();
        await canvas.saved(); // the chart's own retry lands too
        expect(await peopleOnDisk(ws)).toBe(onDisk + 1);
      } finally {
        if (ballast) await unlink(ballast); // a failed check above must not also fail the close
        await app.close();
      }
    });
  }

  test('en: a read-only folder — said so; saved by itself once writable again', async () => {
    test.skip(!canMount, NO_MOUNT);
    const disk = await smallDisk(8);
    const ws = join(disk.dir, 'workspace');
    await writeDemoWorkspace(ws, 'en');
    const app = await launchApp({ workspace: ws, locale: 'en' });
    const { page } = app;
    try {
      const canvas = await new HomePage(page).open(words.en.account);
      const onDisk = await peopleOnDisk(ws);
      disk.readOnly(true);
      await page.locator('.react-flow__pane').click();
      await page.keyboard.press('n');
      await expect(page.locator('.react-flow input:focus')).toHaveCount(1);
      await page.keyboard.type('Added while read-only');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('storage-banner')).toContainText(words.en.readOnly);
      disk.readOnly(false);
      await expect(page.getByTestId('storage-banner')).toBeHidden({ timeout: 30_000 });
      await canvas.saved();
      expect(await peopleOnDisk(ws)).toBe(onDisk + 1);
    } finally {
      disk.readOnly(false);
      await app.close();
    }
  });
});

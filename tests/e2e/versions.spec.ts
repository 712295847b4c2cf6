import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { Account } from '../../shared/model/account';
import { launchApp } from '../support/launch';
import { HomePage, untranslatedKeys } from '../support/pages';
import { keepVersion } from '../support/versions';

const words = {
  en: { history: 'History', back: /1 person would come back: Wang Old/, changed: /1 person differs/, restore: 'Restore this version', yes: 'Restore', restored: /Restored the version saved/, undo: 'Undo', account: /Henan Power/, empty: /No earlier versions yet/ },
  'zh-CN': { history: '历史版本', back: /1 人将恢复：Wang Old/, changed: /1 人有不同/, restore: '恢复此版本', yes: '恢复', restored: /已恢复 .* 保存的版本/, undo: '撤销', account: /河南/, empty: /还没有早期版本/ },
} as const;

/**
 * The demo with one version of Henan kept two hours ago, as the store keeps them: that morning the
 * account had one more person (Wang Old) and its first person another title.
 */
async function workspaceWithVersion(locale: 'en' | 'zh-CN'): Promise<{ dir: string; firstTitle: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-versions-'));
  await writeDemoWorkspace(dir, locale);
  await rm(join(dir, 'versions'), { recursive: true, force: true });
  const henan = Account.parse(JSON.parse(await readFile(join(dir, 'accounts', 'henan.json'), 'utf8')));
  const [first, ...rest] = henan.people;
  const then: Account = { ...henan, people: [{ ...first!, title: 'Title that morning' }, ...rest, { ...rest[rest.length - 1]!, id: 'p_wang_old', name: 'Wang Old', keyPerson: false }] };
  await keepVersion(dir, then, new Date(Date.now() - 2 * 3600_000));
  return { dir, firstTitle: first!.title };
}

const stored = async (dir: string) => Account.parse(JSON.parse(await readFile(join(dir, 'accounts', 'henan.json'), 'utf8')));

test.describe('version history of an account', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const w = words[locale];
    test(`${locale}: pick a version, see what differs, restore it, and Undo brings now back`, async () => {
      const { dir, firstTitle } = await workspaceWithVersion(locale);
      const app = await launchApp({ workspace: dir, locale });
      const { page } = app;
      try {
        const canvas = await new HomePage(page).open(w.account);
        await expect(canvas.card('Wang Old')).toHaveCount(0);
        await page.getByRole('button', { name: w.history }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('navigation').getByRole('button').first().click();
        const detail = dialog.getByTestId('version-detail');
        await expect(detail).toContainText(w.back);
        await expect(detail).toContainText(w.changed);
        expect(await untranslatedKeys(page)).toEqual([]);
        await detail.getByRole('button', { name: w.restore }).click();
        await detail.getByRole('button', { name: w.yes, exact: true }).click();
        await expect(dialog).toBeHidden();
        await expect(page.locator('.toast-message').last()).toContainText(w.restored);
        await expect(canvas.card('Wang Old')).toHaveCount(1);
        await canvas.saved();
        const restored = await stored(dir);
        expect(restored.people.some((p) => p.name === 'Wang Old')).toBe(true);
        expect(restored.people[0]!.title).toBe('Title that morning');

        // One step of the chart's undo history.
        await page.locator('.react-flow__pane').click();
        await page.keyboard.press('Control+Z');
        await expect(canvas.card('Wang Old')).toHaveCount(0);
        await canvas.saved();
        const undone = await stored(dir);
        expect(undone.people.some((p) => p.name === 'Wang Old')).toBe(false);
        expect(undone.people[0]!.title).toBe(firstTitle);
      } finally {
        await app.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  test('an account with no versions yet says how they come', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bidmap-versions-'));
    await writeDemoWorkspace(dir, 'en');
    await rm(join(dir, 'versions'), { recursive: true, force: true });
    const app = await launchApp({ workspace: dir, locale: 'en' });
    try {
      await new HomePage(app.page).open(words.en.account);
      await app.page.keyboard.press('Control+Shift+Y');
      await expect(app.page.getByTestId('versions-empty')).toContainText(words.en.empty);
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { colleagueRound } from '../support/sharing';

test.describe('sharing org maps between colleagues', () => {
  test('share Henan, get a colleague\'s edits back, resolve a conflict, keep a person they deleted, undo the whole merge', async () => {
    test.setTimeout(90_000);
    const folder = await mkdtemp(join(tmpdir(), 'bidmap-sharing-'));
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      await new HomePage(page).open(/Henan/);
      // Share this account at full with Ctrl/Cmd+Shift+E.
      await page.keyboard.press('Control+Shift+E');
      const share = page.getByRole('dialog', { name: 'Share as an org-map file' });
      await expect(share.getByRole('checkbox', { name: /Henan/ })).toBeChecked();
      await share.getByRole('radio', { name: /Full/ }).check();
      const sent = join(folder, 'henan.bidmap');
      app.host.answerSave(sent);
      await share.getByRole('button', { name: 'Save .bidmap file…' }).click();
      await expect(share.getByRole('status')).toContainText(`Saved 1 account to ${sent}`);
      await share.getByRole('button', { name: 'Close' }).click();
      expect(JSON.parse(await readFile(sent, 'utf8'))).toMatchObject({ format: 'bidmap', level: 'full', accounts: [{ id: 'henan' }] });

      // The colleague: Zhao's food, Ma Jun's title, a new analyst; and Luo Yongqiang removed.
      const back = join(folder, 'henan-back.bidmap');
      await colleagueRound(await mkdtemp(join(tmpdir(), 'bidmap-colleague-')), sent, 'henan', (a) => {
        const by = (name: string) => a.people.find((p) => p.name === name)!;
        const zhao = by('Zhao Dongming');
        const luo = by('Luo Yongqiang');
        return {
          people: [{ ...zhao, dossier: { ...zhao.dossier, food: 'Hand-pulled noodles' } }, { ...by('Ma Jun'), title: 'CIO' }, { ...zhao, id: 'p_qian', name: 'Qian Analyst', title: 'Analyst', keyPerson: false }],
          removePeople: [luo.id],
          removeLinks: a.links.filter((l) => l.source === luo.id || l.target === luo.id).map((l) => l.id),
        };
      }, back);

      // Meanwhile here: Zhao's food, otherwise.
      const before = app.session.workspace().get('henan');
      const zhao = before.people.find((p) => p.name === 'Zhao Dongming')!;
      await app.session.invoke('patchChart', { id: 'henan', patch: { people: [{ ...zhao, dossier: { ...zhao.dossier, food: 'Spicy hotpot' } }] } });
      const mine = app.session.workspace().get('henan');
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');

      // Opening the file (a double-click) shows the preview.
      await app.openFile(back);
      const dialog = page.getByRole('dialog', { name: 'Import henan-back.bidmap' });
      await expect(dialog.getByText('Already here: will be merged')).toBeVisible();
      await expect(dialog.getByText('Added from their file (1)')).toBeVisible();
      await expect(dialog.getByRole('listitem').filter({ hasText: 'Qian Analyst' })).toBeVisible();
      await expect(dialog.getByRole('checkbox', { name: /Luo Yongqiang/ })).not.toBeChecked();
      const row = dialog.getByRole('row', { name: /Zhao Dongming · Dossier · Food/ });
      await expect(row).toContainText('Spicy hotpot');
      await expect(row).toContainText('Hand-pulled noodles');
      await expect(dialog.getByText('Changed on both sides (1)')).toBeVisible();
      await row.getByRole('radio', { name: /Theirs/ }).check();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByText('Merged “Henan Power')).toBeVisible();

      // The chart opened on the account shows their changes, and Luo is still there.
      await expect(page.getByRole('heading', { name: /Henan Power/ })).toBeVisible();
      const merged = app.session.workspace().get('henan');
      const person = (name: string) => merged.people.find((p) => p.name === name);
      expect(person('Zhao Dongming')!.dossier.food).toBe('Hand-pulled noodles');
      expect(person('Ma Jun')!.title).toBe('CIO');
      expect(person('Qian Analyst')).toBeTruthy();
      expect(person('Luo Yongqiang')).toBeTruthy();
      expect(merged.people.length).toBe(mine.people.length + 1);
      await expect(page.locator('.react-flow__node').filter({ hasText: 'Qian Analyst' })).toBeVisible();

      // One undo takes the whole merge back.
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await expect(page.locator('.react-flow__node').filter({ hasText: 'Qian Analyst' })).toHaveCount(0);
      await app.session.flush();
      await expect.poll(() => JSON.stringify({ ...app.session.workspace().get('henan'), updatedAt: '' })).toBe(JSON.stringify({ ...mine, updatedAt: '' }));
    } finally {
      await app.close();
    }
  });

  test('a dropped file that is broken, and one from a newer Bidmap, each get a clear message and change nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bidmap-sharing-'));
    const app = await launchApp({ demo: true, locale: 'zh-CN' });
    try {
      const { page } = app;
      const drop = async (name: string, text: string) => {
        const transfer = await page.evaluateHandle(
          ([n, t]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([t], n, { type: 'application/json' }));
            return dt;
          },
          [name, text] as const,
        );
        await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
        await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
      };
      const accountsBefore = JSON.stringify(app.session.workspace().accounts());
      await drop('cut.bidmap', '{"format": "bidmap", "schemaVersion": 1, "accounts": [{"id": "x", "name": "<script>alert(1)</script>"');
      const alert = page.getByRole('dialog').getByRole('alert');
      // In the page's language, whole (the services send the sentence by key).
      await expect(alert).toContainText('无法导入「cut.bidmap」：文件提前结束，似乎不完整（只复制或下载了一部分）');
      await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

      const newer = join(folder, 'newer.bidmap');
      await writeFile(newer, JSON.stringify({ format: 'bidmap', schemaVersion: 2, accounts: [] }));
      await app.openFile(newer);
      await expect(page.getByRole('dialog').getByRole('alert')).toContainText('文件版本 2；此 Bidmap 最多读取版本 1');
      expect(JSON.stringify(app.session.workspace().accounts())).toBe(accountsBefore);
    } finally {
      await app.close();
    }
  });
});

import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STRINGS } from '../../shared/i18n';
import { Account } from '../../shared/model/account';
import { launchApp } from '../support/launch';
import { HomePage, untranslatedKeys } from '../support/pages';
import { joinInSettings, shareInDialog, startTestTeam, teammate } from '../support/team';

// Issue 19: a teammate's change arrives live on an open canvas. A real team server runs in the test
// process on 127.0.0.1; Ann's app joins it in Settings › Team and shares the demo Henan account
// with Ben; Ben (a team client over his own workspace) changes a person's title and syncs.

const stored = async (dir: string) => Account.parse(JSON.parse(await readFile(join(dir, 'accounts', 'henan.json'), 'utf8')));

for (const locale of ['en', 'zh-CN'] as const) {
  test(`${locale}: Ben's change of a title shows on Ann's open canvas within seconds, named; Ann's Ctrl+Z undoes her own edit and leaves Ben's; keeping one value of a conflict is undone like any edit`, async () => {
    test.setTimeout(120_000);
    const s = STRINGS[locale];
    const team = await startTestTeam(['ann', 'ben']);
    const app = await launchApp({ demo: true, locale });
    const { page } = app;
    let ben: Awaited<ReturnType<typeof teammate>> | null = null;
    try {
      await joinInSettings(page, locale, team, 'ann');
      expect(await untranslatedKeys(page)).toEqual([]);
      await page.getByRole('link', { name: s.nav.home, exact: true }).click();
      const home = new HomePage(page);
      const henanName = locale === 'en' ? /Henan/ : /河南/;
      const canvas = await home.open(henanName);
      await shareInDialog(page, locale, 'ben', 'team');
      expect(await untranslatedKeys(page)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: s.chart.close }).click();

      // Ann renames one person (a step of her undo history that puts the whole person back).
      const person = app.session.workspace().get('henan').people[1]!;
      await canvas.card(person.name).click();
      await page.keyboard.press('F2');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Renamed by Ann');
      await page.keyboard.press('Enter');
      await expect(canvas.card('Renamed by Ann')).toBeVisible();
      await canvas.saved();

      // Ben receives Henan, changes that person's title and syncs.
      ben = await teammate(team, 'ben');
      expect(ben.ws.has('henan')).toBe(true);
      const started = Date.now();
      await ben.edit('henan', person.id, { title: 'Title by Ben' });

      const card = page.locator(`[data-testid="person-card"][data-person-id="${person.id}"]`);
      await expect(card.locator('.card-title')).toContainText('Title by Ben', { timeout: 5000 });
      console.log(`team-live (${locale}): Ben's title on Ann's canvas ${Date.now() - started} ms after his sync began`);
      const accountName = app.session.workspace().get('henan').name;
      await expect(page.locator('.toast-message').filter({ hasText: s.team.changedBy.replace('{{who}}', 'ben').replace('{{account}}', accountName) })).toBeVisible();

      // Ctrl+Z takes back Ann's rename; Ben's title stays, on the canvas and on disk.
      await page.locator('.react-flow__pane').click();
      await page.keyboard.press('Control+Z');
      await expect(card.locator('.card-name')).toHaveText(person.name);
      await expect(card.locator('.card-title')).toContainText('Title by Ben');
      await canvas.saved();
      const onDisk = (await stored(app.workspace)).people.find((p) => p.id === person.id)!;
      expect(onDisk.name).toBe(person.name);
      expect(onDisk.title).toBe('Title by Ben');

      // And it travels back: Ben gets Ann's undo (the old name) with his own title kept.
      await expect
        .poll(async () => {
          await ben!.client.sync();
          const p = ben!.ws.get('henan').people.find((x) => x.id === person.id)!;
          return `${p.name} / ${p.title}`;
        }, { timeout: 20_000 })
        .toBe(`${person.name} / Title by Ben`);

      // Both change another title while Ann is offline: the header offers the conflict, with both
      // values and who wrote each; Ann keeps Ben's, and it is the title everywhere.
      const both = app.session.workspace().get('henan').people[2]!;
      const client = app.session.team.client()!;
      client.socket.pause();
      await page.locator(`[data-testid="person-card"][data-person-id="${both.id}"]`).click();
      const title = page.getByLabel(s.person.fields.title, { exact: true });
      await title.fill('Title by Ann');
      await title.press('Tab');
      await canvas.saved();
      await expect.poll(async () => (await client.reconcile('henan'), JSON.stringify(client.file.accounts.henan!.heads)), { timeout: 5000 }).not.toBe('');
      await ben.edit('henan', both.id, { title: 'Title by Ben 2' });
      client.socket.resume();
      const conflicts = page.getByTestId('team-conflicts-button');
      await expect(conflicts).toHaveText(s.team.conflicts_one.replace('{{count}}', '1'), { timeout: 20_000 });
      await conflicts.click();
      const list = page.getByTestId('team-conflicts');
      await expect(list).toContainText(`${both.name} › ${s.person.fields.title}`);
      await expect(list).toContainText(s.team.by.replace('{{name}}', 'ann'));
      await expect(list).toContainText(s.team.by.replace('{{name}}', 'ben'));
      expect(await untranslatedKeys(page)).toEqual([]);
      // Ann keeps the value the chart does not show (which one shows is Automerge's pick).
      const shown = await title.inputValue();
      const [kept, by] = shown === 'Title by Ben 2' ? ['Title by Ann', 'ann'] : ['Title by Ben 2', 'ben'];
      await list.getByRole('button', { name: s.team.keepLabel.replace('{{value}}', kept).replace('{{by}}', by) }).click();
      // The last conflict kept, the button and its list go; the panel shows the kept title.
      await expect(conflicts).toBeHidden();
      await expect(list).toBeHidden();
      await expect(title).toHaveValue(kept);
      expect((await stored(app.workspace)).people.find((p) => p.id === both.id)!.title).toBe(kept);

      // Keeping was a normal edit: Ctrl+Z shows the title before it again (no conflict comes back), Ctrl+Shift+Z the kept one.
      const bothCard = page.locator(`[data-testid="person-card"][data-person-id="${both.id}"]`);
      await page.locator('.react-flow__pane').click();
      await page.keyboard.press('Control+Z');
      await expect(bothCard.locator('.card-title')).toContainText(shown);
      await canvas.saved();
      expect((await stored(app.workspace)).people.find((p) => p.id === both.id)!.title).toBe(shown);
      await page.keyboard.press('Control+Shift+Z');
      await expect(bothCard.locator('.card-title')).toContainText(kept);
      await canvas.saved();
      await expect.poll(async () => (await client.reconcile('henan'), client.conflicts('henan').length), { timeout: 5000 }).toBe(0);
      await expect(conflicts).toBeHidden();

      // The home list marks the shared account.
      await home.back();
      await expect(home.row(henanName).getByTestId('team-badge')).toHaveText(s.team.badge);
    } finally {
      await ben?.close();
      await app.close();
      await team.close();
    }
  });
}

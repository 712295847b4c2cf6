import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Account } from '../../shared/model/account';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage, PersonPanel, untranslatedKeys } from '../support/pages';

const stored = async (app: LaunchedApp, name: RegExp): Promise<Account> => {
  const ws = app.session.workspace();
  return ws.get(ws.list().find((a) => name.test(a.name))!.id);
};

const DOSSIER: Record<string, string> = {
  Family: 'Married, a daughter at university in Wuhan',
  Hometown: 'Luoyang, Henan',
  University: 'Zhengzhou University',
  'Sports and hobbies': 'Table tennis, calligraphy',
  Food: 'Hui noodles; no spicy food',
  Pets: 'A grey cat called Tangyuan',
  Books: 'Three-Body Problem',
  'Last vacation': 'Hainan, Spring Festival',
  'Next vacation': 'Yunnan in May',
  'Role in the organisation': 'Owns the marketing system budget',
  'Close colleagues': 'Li Hong; Wang Zhiyuan',
  Goals: 'Launch the new billing platform before the 2027 audit',
  Ambitions: 'Deputy general manager within three years',
  Notes: 'Prefers meetings before 10am.',
};
const MOTIVES: Record<string, string> = {
  'What the organisation wants': 'Billing errors below 0.1%',
  'What the person wants': 'A visible win before the promotion round',
  'Evidence (what we saw or heard)': 'Said so at the March dinner',
  'Fears and worries': 'A failed cut-over in front of the board',
  'How our offer serves both': 'Phased roll-out with a rollback plan',
};

test.describe('the person panel', () => {
  test('every dossier field and the motives of the Henan division head are kept across a restart', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'bidmap-person-'));
    let app = await launchApp({ workspace, demo: true, locale: 'en' });
    try {
      const canvas = await new HomePage(app.page).open(/Henan/);
      await canvas.card('Sun Jianhua').click();
      const panel = new PersonPanel(app.page);
      await expect(panel.root).toBeVisible();
      await expect(panel.root.getByRole('heading', { name: 'Sun Jianhua' })).toBeVisible();

      await panel.section('Dossier');
      for (const [label, value] of Object.entries(DOSSIER)) await panel.field(label).fill(value);
      await panel.field('Birthday').fill('1971-04-18');
      await panel.section('Motives');
      for (const [label, value] of Object.entries(MOTIVES)) await panel.field(label).fill(value);
      await panel.field('Alignment').selectOption({ label: 'Partly aligned' });
      // Leaving the last field saves it (without waiting for the pause in typing).
      await panel.section('Profile');
      await canvas.saved();
      expect(await untranslatedKeys(app.page)).toEqual([]);

      const sun = (await stored(app, /Henan/)).people.find((p) => p.name === 'Sun Jianhua')!;
      expect(sun.dossier.hometown).toBe('Luoyang, Henan');
      expect(sun.dossier.birthday).toBe('1971-04-18');
      expect(sun.motives.alignment).toBe('partly');

      await app.close();
      app = await launchApp({ workspace, locale: 'en' });
      const again = await new HomePage(app.page).open(/Henan/);
      await again.card('Sun Jianhua').click();
      const reopened = new PersonPanel(app.page);
      await reopened.section('Dossier');
      for (const [label, value] of Object.entries(DOSSIER)) await expect(reopened.field(label)).toHaveValue(value);
      await expect(reopened.field('Birthday')).toHaveValue('18 Apr 1971');
      await reopened.section('Motives');
      for (const [label, value] of Object.entries(MOTIVES)) await expect(reopened.field(label)).toHaveValue(value);
      await expect(reopened.field('Alignment')).toHaveValue('partly');
    } finally {
      await app.close();
      await rm(workspace, { recursive: true, force: true });
    }
  });

  test('typing in a field is one undo step; a stage change is recorded with its reason; trips and activities are added', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const canvas = await new HomePage(app.page).open(/Henan/);
      await canvas.card('Li Hong').click();
      // The keyboard reaches the panel: I moves the focus to its tabs, arrows move between them.
      await app.page.keyboard.press('i');
      const panel = new PersonPanel(app.page);
      await expect(panel.root.getByRole('tab', { name: 'Profile' })).toBeFocused();
      await app.page.keyboard.press('ArrowRight');
      await expect(panel.root.getByRole('tab', { name: 'Dossier' })).toHaveAttribute('aria-selected', 'true');

      const hometown = panel.field('Hometown');
      const before = await hometown.inputValue();
      await hometown.fill('Kaifeng');
      await app.page.waitForTimeout(600); // a pause in typing saves
      await hometown.pressSequentially(', Henan', { delay: 30 });
      await panel.root.getByRole('tab', { name: 'Dossier' }).focus();
      await canvas.saved();
      const stored1 = (await stored(app, /Henan/)).people.find((p) => p.name === 'Li Hong')!;
      expect(stored1.dossier.hometown).toBe('Kaifeng, Henan');
      // Both pauses were one field's typing: one undo takes the field back to what it was.
      await app.page.keyboard.press('Control+z');
      await expect(hometown).toHaveValue(before);
      await canvas.saved();
      expect((await stored(app, /Henan/)).people.find((p) => p.name === 'Li Hong')!.dossier.hometown).toBe(before);
      await app.page.keyboard.press('Control+Shift+z');
      await expect(hometown).toHaveValue('Kaifeng, Henan');

      await panel.section('Relationship');
      await panel.field('Stage').selectOption({ label: 'Familiar' });
      await expect(panel.root.getByText(/→ Familiar/)).toBeVisible();
      // The new stage's reason is the last row of the history.
      await panel.field('Why').last().fill('Long talk after the technical exchange');
      // A new activity or trip takes the focus, ready for typing.
      await panel.root.getByRole('button', { name: '+ Log an activity' }).click();
      await app.page.keyboard.type('Lunch at the canteen');
      await panel.section('Itinerary');
      await panel.root.getByRole('button', { name: '+ Add a trip' }).click();
      await app.page.keyboard.type('Beijing');
      await panel.section('Relationship');
      await canvas.saved();
      const li = (await stored(app, /Henan/)).people.find((p) => p.name === 'Li Hong')!;
      expect(li.relationship.stage).toBe('familiar');
      expect(li.relationship.history.at(-1)).toMatchObject({ to: 'familiar', why: 'Long talk after the technical exchange' });
      expect(li.activities.at(-1)!.summary).toBe('Lunch at the canteen');
      expect(li.itinerary.at(-1)!.city).toBe('Beijing');
      // The activity is today's contact: reliability counts it.
      await expect(panel.root.getByText(/Last contact \d{1,2} [A-Z][a-z]{2} \d{4} \(0 days ago\)/)).toBeVisible();

      // Esc leaves the panel and goes back to the card.
      await panel.root.getByRole('tab', { name: 'Relationship' }).focus();
      await app.page.keyboard.press('Escape');
      await expect(panel.root).toBeHidden();
    } finally {
      await app.close();
    }
  });
});

test.describe('the person panel keeps what is typed', () => {
  test('leaving the account at once (a shortcut, no blur) saves the last keystrokes; an open Find does not pull the panel to its match', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      const canvas = await new HomePage(page).open(/Henan/);
      const ws = app.session.workspace();
      const li = () => ws.get('henan').people.find((p) => p.name === 'Li Hong')!;

      // Find shows Sun Jianhua; then the rep works on Li Hong with Find still open.
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Sun Jianhua');
      await canvas.card('Li Hong').click();
      const panel = new PersonPanel(page);
      await panel.section('Dossier');
      await panel.field('Pets').fill('A parrot');
      await page.waitForTimeout(600); // saved after the pause: the chart rebuilds
      await panel.field('Pets').pressSequentially(' called Lulu', { delay: 20 });
      await expect(panel.root.getByRole('heading', { name: 'Li Hong' })).toBeVisible();
      await expect(panel.field('Pets')).toHaveValue('A parrot called Lulu');

      // Straight to the home screen by address, as the menu's Go Home does, with the field focused.
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
      await expect.poll(() => li().dossier.pets).toBe('A parrot called Lulu');
    } finally {
      await app.close();
    }
  });
});

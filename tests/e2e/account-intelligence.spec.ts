import { expect, test } from '@playwright/test';
import { ACCOUNT_SCHEMA_VERSION, Account } from '../../shared/model/account';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage, PersonPanel, untranslatedKeys } from '../support/pages';

const stamp = '2026-11-23T10:00:00.000Z';
/** A small water utility: a director, a deputy who is also key, an engineer. No opportunity yet. */
const jinan = Account.parse({
  schemaVersion: ACCOUNT_SCHEMA_VERSION,
  id: 'jinan-water',
  name: 'Jinan Water',
  createdAt: stamp,
  updatedAt: stamp,
  people: [
    { id: 'dir', name: 'Director Qiao', title: 'Director', roles: ['decisionMaker'], customerType: 'executive', keyPerson: true, relationship: { stage: 'trust' } },
    { id: 'dep', name: 'Deputy Fang', title: 'Deputy Director', roles: ['influencer'], customerType: 'userManagement', relationship: { stage: 'reliance' } },
    { id: 'eng', name: 'Engineer Tian', title: 'Engineer', roles: ['expert'], customerType: 'technicalStaff' },
  ],
  links: [
    { id: 'l1', source: 'dep', target: 'dir', kind: 'reportsTo' },
    { id: 'l2', source: 'eng', target: 'dep', kind: 'reportsTo' },
  ],
  canvas: { positions: { dir: { x: 0, y: 0 }, dep: { x: 0, y: 200 }, eng: { x: 0, y: 400 } } },
});

const stored = async (app: LaunchedApp): Promise<Account> => app.session.workspace().get('jinan-water');

test.describe('coverage and risks', () => {
  test('a new opportunity shows its five unanswered questions and the uncovered roles; answering one removes its finding', async () => {
    const app = await launchApp({ locale: 'en' });
    try {
      await app.seed([jinan]);
      const { page } = app;
      const canvas = await new HomePage(page).open('Jinan Water');
      await page.getByRole('link', { name: 'Account', exact: true }).click();
      await page.getByRole('button', { name: '+ Add an opportunity' }).click();
      // The new opportunity's name field has the focus.
      await page.keyboard.type('Smart meters 2027');
      await page.getByLabel('Budget').fill('1800000');
      await page.getByLabel('Budget').blur();
      await canvas.saved();
      expect((await stored(app)).opportunities).toMatchObject([{ name: 'Smart meters 2027', budget: { amount: 1800000, currency: 'CNY' }, status: 'open' }]);

      await page.getByRole('link', { name: /^Coverage & risks/ }).click();
      const findings = page.getByTestId('findings');
      const unanswered = findings.locator('[data-kind="questionUnanswered"]');
      await expect(unanswered).toHaveCount(5);
      await expect(unanswered.first()).toContainText('Smart meters 2027: “Who decides” is not answered.');
      // Roles nobody on the chart holds, e.g. purchaser and gatekeeper; the ones held are not listed.
      const roles = findings.locator('[data-kind="roleUncovered"]');
      await expect(roles.filter({ hasText: 'Purchaser' })).toHaveCount(1);
      await expect(roles.filter({ hasText: 'Gatekeeper' })).toHaveCount(1);
      await expect(roles.filter({ hasText: 'Decision maker' })).toHaveCount(0);
      await expect(findings.locator('[data-kind="typeUncovered"]').filter({ hasText: 'Procurement' })).toHaveCount(1);
      expect(await untranslatedKeys(page)).toEqual([]);

      // "Answer it" goes to the question's picker, focused.
      await unanswered.filter({ hasText: 'Who decides' }).getByRole('button', { name: 'Answer it' }).click();
      const picker = page.getByLabel('Who decides').first();
      await expect(picker).toBeFocused();
      await picker.selectOption({ label: 'Director Qiao — Director' });
      await canvas.saved();
      expect((await stored(app)).opportunities[0]!.decisions.decides).toEqual(['dir']);

      await page.getByRole('link', { name: /^Coverage & risks/ }).click();
      await expect(unanswered).toHaveCount(4);
      await expect(unanswered.filter({ hasText: 'Who decides' })).toHaveCount(0);
      // Undo in the details (outside a field) brings the finding back: the answer was one step.
      await page.getByRole('link', { name: 'Account', exact: true }).click();
      await page.getByRole('heading', { name: 'Opportunities' }).click();
      await page.keyboard.press('Control+z');
      await canvas.saved();
      expect((await stored(app)).opportunities[0]!.decisions.decides).toEqual([]);
      await page.getByRole('link', { name: /^Coverage & risks/ }).click();
      await expect(unanswered).toHaveCount(5);
    } finally {
      await app.close();
    }
  });

  test('a placeholder stands for a role until its name is known, and a finding opens the person it names', async () => {
    const app = await launchApp({ locale: 'en' });
    try {
      await app.seed([jinan]);
      const { page } = app;
      const canvas = await new HomePage(page).open('Jinan Water');
      await page.getByRole('link', { name: /^Coverage & risks/ }).click();
      const purchaser = page.getByTestId('findings').locator('[data-kind="roleUncovered"]').filter({ hasText: 'Purchaser' });
      await purchaser.getByRole('button', { name: 'Add a placeholder' }).click();

      // Back on the chart, with the new placeholder card selected and its panel open.
      const panel = new PersonPanel(page);
      await expect(panel.root).toBeVisible();
      await expect(panel.root.getByRole('heading', { name: 'Name unknown' })).toBeVisible();
      await expect(canvas.cards.filter({ has: page.locator('.person-card.placeholder') })).toHaveCount(1);
      await expect(panel.field('Name not known yet (a role to fill)')).toBeChecked();
      await canvas.saved();
      const placeholder = (await stored(app)).people.find((p) => p.placeholder)!;
      expect(placeholder.roles).toEqual(['purchaser']);

      // Still a gap, now a known one.
      await page.getByRole('link', { name: /^Coverage & risks/ }).click();
      await expect(purchaser).toContainText('A placeholder stands for it');
      await purchaser.getByRole('button', { name: 'Fill in the placeholder' }).click();
      await panel.field('Name').fill('Buyer Lu');
      await panel.field('Name not known yet (a role to fill)').uncheck();
      await canvas.saved();
      await page.getByRole('link', { name: /^Coverage & risks/ }).click();
      await expect(page.getByTestId('findings').locator('[data-kind="roleUncovered"]').filter({ hasText: 'Purchaser' })).toHaveCount(0);

      // A relationship finding (the director, key, never contacted) opens the person at Relationship.
      const distant = page.getByTestId('findings').locator('[data-kind="keyPersonSilent"]').first();
      await expect(distant).toBeVisible();
      await distant.getByRole('button', { name: 'Open relationship' }).click();
      await expect(panel.root.getByRole('tab', { name: 'Relationship' })).toHaveAttribute('aria-selected', 'true');
      await expect(panel.root.getByRole('heading', { name: 'Director Qiao' })).toBeVisible();

      // On the chart, the highlight shows who has a gap or risk: the director; not the deputy
      // (close, contacted) nor the engineer (no deciding role).
      await page.getByLabel('Highlight').selectOption({ label: 'People with gaps or risks' });
      await expect(canvas.card('Director Qiao').locator('.person-card')).not.toHaveClass(/dimmed/);
      await expect(canvas.card('Deputy Fang').locator('.person-card')).toHaveClass(/dimmed/);
      await expect(canvas.card('Engineer Tian').locator('.person-card')).toHaveClass(/dimmed/);
    } finally {
      await app.close();
    }
  });
});

test.describe('the account details', () => {
  test('our team and the competitors are edited as tables and saved; a new member from the same hometown is common ground in the panel', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const { page } = app;
      const canvas = await new HomePage(page).open(/Henan/);
      const ws = app.session.workspace();
      const id = ws.list().find((a) => a.name.startsWith('Henan'))!.id;

      await page.getByRole('link', { name: 'Account', exact: true }).click();
      const team = page.locator('#section-team');
      await team.getByRole('button', { name: '+ Add a member' }).click();
      const row = team.locator('tbody tr').last();
      await row.getByLabel(/^Name:/).fill('Zhou Min');
      await row.getByLabel(/^Role:/).fill('Presales engineer');
      await row.getByLabel(/^Hometown:/).fill('Nanyang');
      await row.getByLabel(/^Sports, hobbies, food, books:/).fill('table tennis');
      const competitors = page.locator('#section-competitors');
      await competitors.getByRole('button', { name: '+ Add a competitor' }).click();
      const rival = competitors.locator('tbody tr').last();
      await rival.getByLabel(/^Competitor:/).fill('Kunlun Servers');
      await rival.getByLabel(/^Client satisfaction:/).selectOption({ label: '2 – low' });
      await rival.getByLabel(/^Their rep:/).fill('Mr. Guo');
      await rival.getByLabel(/^Their rep:/).blur();
      await canvas.saved();
      const doc = ws.get(id);
      expect(doc.team.at(-1)).toMatchObject({ name: 'Zhou Min', role: 'Presales engineer', hometown: 'Nanyang', interests: 'table tennis' });
      expect(doc.competitors.at(-1)).toMatchObject({ name: 'Kunlun Servers', satisfaction: 2, repName: 'Mr. Guo' });

      // Sun Jianhua is from Nanyang and plays table tennis: two openings with Zhou Min.
      await page.getByRole('link', { name: 'Chart', exact: true }).click();
      await canvas.card('Sun Jianhua').click();
      const panel = new PersonPanel(page);
      await panel.section('Dossier');
      const ground = panel.root.getByRole('region', { name: 'Common ground with our team' });
      await expect(ground.getByRole('listitem').filter({ hasText: 'Zhou Min: Hometown' })).toHaveCount(1);
      await expect(ground.getByRole('listitem').filter({ hasText: 'Zhou Min: Sports and hobbies' })).toHaveCount(1);
      // And Zhou Min can now be recorded as knowing him.
      await panel.section('Relationship');
      await panel.field('Zhou Min (Presales engineer)').selectOption({ label: 'How well 4/5' });
      await canvas.saved();
      const memberId = ws.get(id).team.at(-1)!.id;
      expect(ws.get(id).people.find((p) => p.name === 'Sun Jianhua')!.relationship.coverage).toContainEqual({ memberId, closeness: 4 });
    } finally {
      await app.close();
    }
  });
});

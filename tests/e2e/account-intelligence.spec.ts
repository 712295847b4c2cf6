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
      // Undo (on the page, outside a field) brings the finding back: the answer was one step.
      await page.getByRole('link', { name: 'Chart', exact: true }).click();
      await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
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

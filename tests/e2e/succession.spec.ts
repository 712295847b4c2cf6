import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { localIsoDate } from '../../shared/logic/dates';
import { vacancyIdFor } from '../../shared/logic/succession';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { launchApp } from '../support/launch';
import { HomePage, PersonPanel } from '../support/pages';

// Issue 18, people who change posts: the purchasing manager leaves his post (one undo step), the
// card stays as a vacancy with its lines, a successor fills it, Coverage & risks asks to re-check
// the new holder's motives, the predecessor is listed among the former people, and the chart as
// of a date before the change shows him in the post, read-only, until Esc.

const day = (offset: number) => localIsoDate(new Date(Date.now() + offset * 86_400_000));
const NAMES = {
  en: { account: 'River City Bank', vp: 'Ma Lin', old: 'Qian Wei', next: 'Lin Hao', title: 'Purchasing manager' },
  'zh-CN': { account: '江城银行', vp: '马林', old: '钱伟', next: '林浩', title: '采购部 经理' },
} as const;

const bank = (locale: 'en' | 'zh-CN') => {
  const n = NAMES[locale];
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'bank',
    name: n.account,
    createdAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
    people: [
      { id: 'vp', name: n.vp, title: 'VP', roles: ['decisionMaker'], attitude: 'supporter', keyPerson: true },
      {
        id: 'qian',
        name: n.old,
        title: n.title,
        roles: ['purchaser'],
        keyPerson: true,
        attitude: 'opponent',
        dossier: { food: 'Hotpot' },
      },
    ],
    links: [{ id: 'l1', source: 'qian', target: 'vp', kind: 'reportsTo' }],
    canvas: { positions: { vp: { x: 0, y: 0 }, qian: { x: 0, y: 200 } } },
  });
};

async function typeDate(page: Page, label: string, date: string, scope = page.locator('body')) {
  const field = scope.getByRole('textbox', { name: label, exact: true });
  await field.fill(date);
  await field.press('Tab');
}

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale].succession;
  const n = NAMES[locale];
  test(`${locale}: replace a person in a post, see the vacancy, the successor, the finding, and the chart as of before`, async () => {
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await app.seed([bank(locale)]);
      const canvas = await new HomePage(page).open(n.account);
      const panel = new PersonPanel(page);
      const V = vacancyIdFor('qian');
      const stored = () => app.session.workspace().get('bank');

      // Leaves the post, from the person panel.
      await canvas.card(n.old).click();
      await panel.root.getByRole('button', { name: s.leave }).click();
      const leave = page.getByRole('dialog', { name: s.leaveTitle.replace('{{name}}', n.old) });
      await typeDate(page, s.date, day(-60), leave);
      await leave.getByRole('radio', { name: s.kinds.promoted }).check();
      await leave.getByRole('button', { name: s.leaveConfirm }).click();
      await expect(leave).toHaveCount(0);
      const vacancy = page.locator(`.react-flow__node[data-id="${V}"] .person-card`);
      await expect(vacancy).toHaveClass(/vacant/);
      await expect(vacancy.locator('.card-name')).toHaveText(s.vacant);
      await expect(vacancy.locator('.card-title')).toContainText(n.title);
      await expect(page.locator('.react-flow__edge')).toHaveCount(1);
      await canvas.saved();
      expect(stored().formerPeople.map((p) => p.name)).toEqual([n.old]);

      // One undo step: Qian is back in his post, and again vacant on redo.
      await page.locator('.react-flow__pane').click({ position: { x: 40, y: 500 } });
      await page.keyboard.press('Control+z');
      await expect(canvas.card(n.old)).toBeVisible();
      await expect(vacancy).toHaveCount(0);
      await page.keyboard.press('Control+Shift+z');
      await expect(vacancy).toHaveClass(/vacant/);

      // Fill the post, from the card's menu.
      await vacancy.click({ button: 'right' });
      await page.getByRole('menuitem', { name: s.fill }).click();
      const fill = page.getByRole('dialog');
      await fill.getByRole('textbox', { name: s.successorName }).fill(n.next);
      await typeDate(page, s.since, day(-20), fill);
      await fill.getByRole('button', { name: s.fillConfirm }).click();
      await expect(fill).toHaveCount(0);
      await expect(page.locator(`.react-flow__node[data-id="${V}"] .card-name`)).toHaveText(n.next);
      await canvas.saved();
      expect(stored().successions).toMatchObject([
        { id: 'qian', postId: V, how: 'promoted', leftOn: day(-60), successorSince: day(-20) },
      ]);

      // The finding: a new holder of a key post.
      const findings = STRINGS[locale].findings;
      await page.getByRole('link', { name: new RegExp(`^${STRINGS[locale].account.tabFindings}`) }).click();
      const sentence = findings.newIncumbent_other
        .replace('{{name}}', n.next)
        .replace('{{predecessor}}', n.old)
        .replace('{{count}}', '20');
      await expect(page.getByText(sentence.split('(')[0]!.split('（')[0]!.trim())).toBeVisible();

      // The former people, in the account's details.
      await page.getByRole('link', { name: STRINGS[locale].account.tabDetails, exact: true }).click();
      const former = page.getByTestId('former-people');
      await expect(former.locator('.former-person')).toContainText(n.old);
      await expect(former.locator('.former-person')).toContainText(s.former.heldBy.replace('{{name}}', n.next));

      // The chart as of a day before he left: Qian in the post, read-only; Esc comes back to today.
      await page.getByRole('link', { name: STRINGS[locale].account.tabChart, exact: true }).click();
      // The date opens from its toolbar button (the toolbar keeps one row).
      await page.getByRole('button', { name: s.asOf.label, exact: true }).click();
      await typeDate(page, s.asOf.label, day(-90));
      const banner = page.getByTestId('as-of-banner');
      await expect(banner).toBeVisible();
      await expect(page.locator(`.react-flow__node[data-id="${V}"] .card-name`)).toHaveText(n.old);
      await page.locator('.react-flow__pane').click({ position: { x: 40, y: 500 } });
      await page.keyboard.press('Escape');
      await expect(banner).toHaveCount(0);
      await expect(page.locator(`.react-flow__node[data-id="${V}"] .card-name`)).toHaveText(n.next);
    } finally {
      await app.close();
    }
  });
}

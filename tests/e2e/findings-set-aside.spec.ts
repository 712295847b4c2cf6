import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { localIsoDate } from '../../shared/logic/dates';
import { ACCOUNT_SCHEMA_VERSION, Account } from '../../shared/model/account';
import { BUYING_ROLE_TERMS } from '../../shared/taxonomy/labels';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage } from '../support/pages';
import { holds, readPdf } from '../support/pdf';

// Issue 15, item 8: Coverage & risks without the noise: a finding can be set aside with a reason
// (kept, listed apart, brought back, not printed), an empty account shows first steps, dated
// findings come in date order, and a trip not yet filled in is no travel risk.

const TEXT = {
  en: {
    tab: /^Coverage & risks/,
    accounts: 'Accounts',
    bank: /Bank/,
    setAside: 'Set aside…',
    reason: 'Why set it aside? (optional)',
    confirm: 'Set aside',
    aside: 'Set aside',
    bringBack: 'Bring back',
    undo: 'Undo',
    start: 'Start here',
    empty: 'Ningbo Port',
    why: 'A data-centre purchase has no customer’s customer',
  },
  'zh-CN': {
    tab: /^覆盖与风险/,
    accounts: '客户',
    bank: /银行/,
    setAside: '搁置…',
    reason: '为什么搁置？（可不填）',
    confirm: '搁置',
    aside: '已搁置',
    bringBack: '恢复',
    undo: '撤销',
    start: '从这里开始',
    empty: '宁波港',
    why: '数据中心采购没有“客户的客户”',
  },
} as const;

const plus = (days: number) => localIsoDate(new Date(Date.now() + days * 86_400_000));

/** A key person with three trips entered out of order, and one just added and left blank. */
const travellers = () =>
  Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'trips',
    name: 'Trips Co',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    people: [
      {
        id: 'k',
        name: 'Kang',
        keyPerson: true,
        itinerary: [
          { id: 't3', from: plus(9), city: 'Wuhan' },
          { id: 't1', from: plus(1), city: 'Beijing' },
          { id: 't2', from: plus(4), city: 'Shanghai' },
          { id: 'blank', from: plus(0), city: '', place: '' },
        ],
      },
    ],
  });

/** The bank's team briefing, printed as the app prints it. */
async function teamBriefing(app: LaunchedApp, locale: 'en' | 'zh-CN', dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  app.host.answerSave(path);
  await app.session.invoke('exportBriefing', { accountId: 'bank', level: 'team', language: locale, opportunityId: null, people: 'key' });
  return (await readPdf(path)).text;
}

for (const locale of ['en', 'zh-CN'] as const) {
  const text = TEXT[locale];
  const sentence = fill(STRINGS[locale].findings.roleUncovered, { role: BUYING_ROLE_TERMS.customersCustomer.label[locale] });
  test(`${locale}: a finding set aside with a reason leaves the list and the briefing, is listed apart and comes back; an empty account shows first steps`, async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const out = await mkdtemp(join(tmpdir(), 'bidmap-aside-'));
    try {
      expect(holds(await teamBriefing(app, locale, out, 'before'), sentence), 'printed while open').toBe(true);
      await app.seed([travellers()]);
      const home = new HomePage(page);
      await home.open(text.bank);
      const tab = page.getByRole('link', { name: text.tab });
      const countOf = async () => Number(/\((\d+)\)/.exec((await tab.textContent()) ?? '')?.[1]);
      const before = await countOf();
      await tab.click();
      const findings = page.getByTestId('findings');
      const row = findings.locator('[data-kind="roleUncovered"]').filter({ hasText: BUYING_ROLE_TERMS.customersCustomer.label[locale] });
      await row.getByRole('button', { name: text.setAside }).click();
      await expect(row.getByLabel(text.reason)).toBeFocused();
      await page.keyboard.type(text.why);
      await page.keyboard.press('Enter');
      await expect(row).toHaveCount(0);
      await expect.poll(countOf).toBe(before - 1);
      const bank = () => app.session.workspace().get('bank');
      await expect.poll(() => bank().setAside.map((s) => s.id)).toEqual(['roleUncovered-customersCustomer']);
      expect(bank().setAside[0]!.reason).toBe(text.why);

      // Listed apart with its reason.
      const aside = page.getByTestId('set-aside');
      await aside.locator('summary').click();
      await expect(aside).toContainText(BUYING_ROLE_TERMS.customersCustomer.label[locale]);
      await expect(aside).toContainText(text.why);

      // Not printed: a team briefing of the bank no longer names the gap.
      expect(holds(await teamBriefing(app, locale, out, 'after'), sentence), 'not printed once set aside').toBe(false);

      // Brought back in one click; the toast's Undo of a new set-aside takes it back too.
      await aside.getByRole('button', { name: text.bringBack }).click();
      await expect(findings.locator('[data-kind="roleUncovered"]').filter({ hasText: BUYING_ROLE_TERMS.customersCustomer.label[locale] })).toHaveCount(1);
      await expect.poll(() => bank().setAside).toEqual([]);
      await expect.poll(countOf).toBe(before);
      await findings.locator('[data-kind="roleUncovered"]').filter({ hasText: BUYING_ROLE_TERMS.customersCustomer.label[locale] }).getByRole('button', { name: text.setAside }).click();
      await page.keyboard.press('Enter');
      await page.getByRole('status').last().getByRole('button', { name: text.undo }).click();
      await expect(findings.locator('[data-kind="roleUncovered"]').filter({ hasText: BUYING_ROLE_TERMS.customersCustomer.label[locale] })).toHaveCount(1);
      await expect.poll(() => bank().setAside).toEqual([]);

      // Travel in the order the trips start; the blank trip is no risk.
      await page.getByRole('link', { name: text.accounts, exact: true }).click();
      await home.open('Trips Co');
      await page.getByRole('link', { name: text.tab }).click();
      const trips = findings.locator('[data-kind="keyPersonTravelling"]');
      await expect(trips).toHaveCount(3);
      const order = await trips.allTextContents();
      expect(order.map((t) => ['Beijing', 'Shanghai', 'Wuhan'].findIndex((c) => t.includes(c)))).toEqual([0, 1, 2]);

      // An account nobody is drawn on: first steps, not every gap; no count on the tab.
      await page.getByRole('link', { name: text.accounts, exact: true }).click();
      await home.create(text.empty);
      await expect(page.getByRole('link', { name: text.tab })).not.toContainText('(');
      await page.getByRole('link', { name: text.tab }).click();
      await expect(page.getByRole('heading', { name: text.start })).toBeVisible();
      await expect(page.getByTestId('start-here').locator('li')).toHaveCount(4);
      await expect(findings.locator('.finding')).toHaveCount(0);
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

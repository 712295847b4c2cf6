import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

// Issue 15, item 2: money fields take amounts as people type them, show what they understood, and
// say at the field (in words) what they cannot read; nothing typed is silently dropped.

const TEXT = {
  en: {
    account: /Henan/,
    details: 'Account',
    budget: 'Budget',
    purchases: 'Annual purchases (all vendors)',
    short: (m: number) => `CN¥${m}.0M`,
    refused: 'is not an amount Bidmap can read',
  },
  'zh-CN': {
    account: /河南/,
    details: '客户资料',
    budget: '预算',
    purchases: '年采购额（所有厂商）',
    short: (m: number) => `¥${m * 100}万`.replace(/(\d)(\d{3})万/, '$1,$2万'),
    refused: '识别为金额',
  },
} as const;

/** Each typed form with the amount it means, all different so every one is seen to land. */
const TYPED: [string, number][] = [
  ['1200万', 12],
  ['1,300万元', 13],
  ['14M', 14],
  ['about 15M', 15],
  ['16,000,000', 16],
];

for (const locale of ['en', 'zh-CN'] as const) {
  const text = TEXT[locale];
  test(`${locale}: a budget typed as 1200万, 12M, about 12M or 12,000,000 is saved and shown as understood; unreadable text is refused at the field`, async () => {
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const stored = () => app.session.workspace().get('henan').opportunities[0]!.budget.amount;
    try {
      await new HomePage(page).open(text.account);
      await page.getByRole('link', { name: text.details, exact: true }).click();
      const opportunity = page.getByTestId('opportunity').first();
      const budget = opportunity.getByLabel(text.budget, { exact: true });
      const field = opportunity.locator('.field-money').first();
      await budget.scrollIntoViewIfNeeded();

      for (const [typed, millions] of TYPED) {
        await budget.fill('');
        await budget.pressSequentially(typed);
        // Beside the field as it is typed: the amount as this language counts it.
        await expect(field.locator('.field-aside')).toHaveText(text.short(millions));
        await budget.press('Tab');
        await expect.poll(stored).toBe(millions * 1_000_000);
        await expect(budget).toHaveValue(`${millions},000,000`);
        await expect(field.getByRole('alert')).toHaveCount(0);
      }

      // Text that is not an amount: kept in the field, refused there in words, nothing saved.
      await budget.fill('twelve-ish');
      await budget.press('Tab');
      const refusal = field.getByRole('alert');
      await expect(refusal).toContainText(text.refused);
      await expect(refusal).toContainText('twelve-ish');
      await expect(budget).toHaveValue('twelve-ish');
      await expect(budget).toHaveAttribute('aria-invalid', 'true');
      expect(stored()).toBe(16_000_000);
      // Never a schema path anywhere on the page.
      await expect(page.locator('body')).not.toContainText('opportunities.0');
      await expect(page.locator('body')).not.toContainText('budget.amount');
      // The stored value typed back: the refusal goes.
      await budget.fill('16,000,000');
      await budget.press('Tab');
      await expect(refusal).toHaveCount(0);
      await expect(budget).not.toHaveAttribute('aria-invalid', 'true');

      // The nine-grid's money fields read the same way.
      const purchases = page.getByLabel(text.purchases, { exact: true });
      await purchases.scrollIntoViewIfNeeded();
      await purchases.fill('3000万');
      await purchases.press('Tab');
      await expect.poll(() => app.session.workspace().get('henan').segmentation.annualPurchases).toBe(30_000_000);
    } finally {
      await app.close();
    }
  });
}

import { expect, test, type Page } from '@playwright/test';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

// Issue 15, item 1: every figure on Home is current whenever it is shown.

const TEXT = {
  en: { account: 'Qingdao Port', accounts: 'Accounts', people: (n: number) => `${n} people`, names: ['Ann', 'Bob', 'Cat', 'Dan', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon', 'Kim'] },
  'zh-CN': { account: '青岛港', accounts: '客户', people: (n: number) => `${n} 人`, names: ['王一', '李二', '张三', '赵四', '钱五', '孙六', '周七', '吴八', '郑九', '冯十', '陈十一'] },
} as const;

/** Adds a person with N and names them (the name is in edit at once). */
async function addPerson(page: Page, name: string): Promise<void> {
  await page.keyboard.press('n');
  await expect(page.locator('.card-name-input')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.locator('.card-name-input')).toHaveCount(0);
}

for (const locale of ['en', 'zh-CN'] as const) {
  const text = TEXT[locale];
  test(`${locale}: the Accounts list counts the people just drawn and says when, however fast the rep clicks back`, async () => {
    const app = await launchApp({ locale });
    const { page } = app;
    const home = new HomePage(page);
    try {
      await home.create(text.account);
      for (const name of text.names.slice(0, 10)) await addPerson(page, name);
      // Straight to Accounts, before the last saves have landed.
      await page.getByRole('link', { name: text.accounts, exact: true }).click();
      const row = home.row(text.account);
      await expect(row).toContainText(text.people(10));
      const justNow = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'minute');
      await expect(row).toContainText(justNow);

      await home.open(text.account);
      await addPerson(page, text.names[10]!);
      await page.getByRole('link', { name: text.accounts, exact: true }).click();
      await expect(row).toContainText(text.people(11));
      // What the row says is what the store holds.
      const ws = app.session.workspace();
      const id = ws.list().find((a) => a.name === text.account)!.id;
      expect(ws.get(id).people).toHaveLength(11);
    } finally {
      await app.close();
    }
  });
}

for (const locale of ['en', 'zh-CN'] as const) {
  const text = locale === 'en' ? { henan: /Henan/, ma: 'Luo Yongqiang', city: 'Shanghai', key: 'Key person', accounts: 'Accounts' } : { henan: /河南/, ma: '罗永强', city: '上海', key: '关键人物', accounts: '客户' };
  test(`${locale}: the demo's "Next 7 days" has a key person's trip, and the card follows an edit made on the chart`, async () => {
    const app = await launchApp({ demo: true, locale });
    const { page } = app;
    try {
      const card = page.getByTestId('upcoming-card');
      await expect(card.locator('li', { hasText: text.ma })).toContainText(text.city);
      const canvas = await new HomePage(page).open(text.henan);
      await canvas.card(text.ma).click();
      await page.getByTestId('person-panel').getByLabel(text.key, { exact: true }).uncheck();
      await page.getByRole('link', { name: text.accounts, exact: true }).click();
      await expect(card).toBeVisible();
      await expect(card.locator('li', { hasText: text.ma })).toHaveCount(0);
    } finally {
      await app.close();
    }
  });
}

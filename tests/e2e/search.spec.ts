import { expect, test, type Page } from '@playwright/test';
import { launchApp } from '../support/launch';
import { CanvasPage, HomePage } from '../support/pages';

/** The search palette: opened with Ctrl+K, typed into, its groups and options. */
class Palette {
  constructor(
    readonly page: Page,
    readonly label: string,
  ) {}
  get dialog() {
    return this.page.getByRole('dialog', { name: this.label });
  }
  get input() {
    return this.dialog.getByRole('combobox');
  }
  group(name: string) {
    return this.dialog.getByRole('group', { name });
  }
  get options() {
    return this.dialog.getByRole('option');
  }
  get selected() {
    return this.dialog.locator('[role="option"][aria-selected="true"]');
  }
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }
  async search(query: string): Promise<void> {
    await this.input.fill(query);
  }
}

test.describe('search everywhere (Ctrl+K)', () => {
  test('finds 张主任 by 张, 主任, zhang and zzr, marks the match, and Enter opens his chart', async () => {
    const app = await launchApp({ demo: true, locale: 'zh-CN' });
    const { page } = app;
    const palette = new Palette(page, '全局搜索');
    try {
      await palette.open();
      await expect(palette.dialog.getByTestId('search-hint')).toContainText('zzr');
      const people = palette.group('人员');
      const zhang = people.getByRole('option').filter({ hasText: '张国栋' });

      for (const q of ['张', 'zhang', 'zzr']) {
        await palette.search(q);
        await expect(zhang, q).toHaveCount(1);
      }
      // zzr matched the initials of 张主任 in his title: that part is marked, with how it matched.
      await expect(zhang.locator('mark')).toHaveText('张主任');
      await expect(zhang).toContainText('首字母');

      // 主任 is in many titles: he is among them once the group is opened up ("N more").
      await palette.search('主任');
      await expect(people.getByRole('option').first()).toBeVisible();
      await expect(zhang).toHaveCount(0);
      await people.getByRole('option', { name: /还有 \d+ 条/ }).click();
      await expect(zhang).toHaveCount(1);
      await expect(zhang.locator('mark')).toHaveText('主任');

      // Keyboard: Enter on him opens the bank's chart at his card's address.
      await palette.search('zzr');
      await expect(palette.selected).toContainText('张国栋');
      await page.keyboard.press('Enter');
      await expect(palette.dialog).toHaveCount(0);
      // The person's chart opens with them selected and their panel open; the address is the chart's.
      await expect(page.getByRole('heading', { name: '江城商业银行 数据中心主机采购' })).toBeVisible();
      await expect(new CanvasPage(page).card('张国栋')).toBeVisible();
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: '张国栋' })).toBeVisible();
      await expect(page).toHaveURL(/#\/accounts\/bank$/);
    } finally {
      await app.close();
    }
  });

  for (const { locale, label, people, accounts, zhao, sun, sunQuery, henan } of [
    {
      locale: 'en',
      label: 'Search everywhere',
      people: 'People',
      accounts: 'Accounts',
      zhao: 'Zhao Dongming',
      sun: 'Sun Jianhua',
      sunQuery: 'sun',
      henan: /Henan Power/,
    },
    {
      locale: 'zh-CN',
      label: '全局搜索',
      people: '人员',
      accounts: '客户',
      zhao: '赵东明',
      sun: '孙建华',
      sunQuery: '孙',
      henan: /河南省电力公司/,
    },
  ] as const) {
    test(`a person whose name starts with the query comes first, above accounts that hold it inside (${locale})`, async () => {
      const app = await launchApp({ demo: true, locale });
      const { page } = app;
      const palette = new Palette(page, label);
      try {
        await palette.open();
        // "zhao": 招 (zhao) is inside the Henan account's name; 赵东明's name starts with it.
        await palette.search('zhao');
        await expect(palette.group(accounts).getByRole('option')).toContainText(henan);
        await expect(palette.options.first()).toContainText(zhao);
        await expect(palette.selected).toContainText(zhao);
        await expect(palette.dialog.locator('.palette-group').first()).toHaveAttribute('data-group', 'people');
        // "孙" / "sun": a competitor's rep and the account's background name him too; he is first.
        await palette.search(sunQuery);
        await expect(palette.group(accounts).getByRole('option').first()).toBeVisible();
        await expect(palette.options.first()).toContainText(sun);
        await expect(palette.group(people).getByRole('option').first()).toContainText(sun);
        // Enter opens the person, not the account.
        await palette.search('zhao');
        await expect(palette.selected).toContainText(zhao);
        await page.keyboard.press('Enter');
        await expect(palette.dialog).toHaveCount(0);
        await expect(page.getByTestId('person-panel').getByRole('heading', { name: zhao })).toBeVisible();
        await expect(page).toHaveURL(/#\/accounts\/henan$/);
      } finally {
        await app.close();
      }
    });
  }

  test('arrow keys move through the groups, a dossier word shows the dossier group, Esc closes, no match says so', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    const { page } = app;
    const palette = new Palette(page, 'Search everywhere');
    try {
      await palette.open();
      await palette.search('Jingzhou');
      await expect(palette.group('Dossiers').getByRole('option')).toHaveCount(1);
      await expect(palette.group('Dossiers').getByRole('option')).toContainText('Hometown');
      await expect(palette.group('Dossiers').locator('mark')).toHaveText('Jingzhou');

      await palette.search('zhang');
      await expect(palette.group('People')).toContainText('Zhang Guodong');
      const count = await palette.options.count();
      expect(count).toBeGreaterThan(2);
      await expect(palette.options.first()).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowDown');
      await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expect(palette.input).toHaveAttribute('aria-activedescendant', (await palette.options.nth(1).getAttribute('id'))!);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp'); // wraps to the last
      await expect(palette.options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');

      await palette.search('xyzzy');
      await expect(palette.dialog.getByText('No matches for “xyzzy”.')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(palette.dialog).toHaveCount(0);

      // The menu's Search Everywhere… opens it too, with the last query ready to type over.
      await app.menu('searchEverywhere');
      await expect(palette.input).toBeFocused();
      await expect(palette.input).toHaveValue('xyzzy');
      await palette.search('Jingzhou');
      await page.keyboard.press('Enter');
      await expect(new CanvasPage(page).card('Zhang Guodong')).toBeVisible();
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: 'Zhang Guodong' })).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('finds accounts created and renamed and people drawn in the same session, and opens them', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    const { page } = app;
    const home = new HomePage(page);
    const palette = new Palette(page, 'Search everywhere');
    try {
      // Build the index first, so what follows must update it.
      await palette.open();
      await palette.search('lighthouse');
      await expect(palette.dialog.getByText('No matches for “lighthouse”.')).toBeVisible();
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'New account' }).click();
      await page.getByLabel('Account name').fill('Lighthouse Freight');
      await page.keyboard.press('Enter');
      await home.back();
      await expect(home.row('Lighthouse Freight')).toHaveCount(1);

      await palette.open();
      await palette.search('lighthouse');
      await expect(palette.group('Accounts').getByRole('option')).toHaveText('Lighthouse Freight');

      await page.keyboard.press('Escape');
      await home.row('Lighthouse Freight').getByRole('button', { name: 'Rename' }).click();
      await page.getByLabel('Account name').fill('Beacon Freight');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(home.row('Beacon Freight')).toHaveCount(1);

      await palette.open();
      await palette.search('lighthouse');
      await expect(palette.dialog.getByText('No matches for “lighthouse”.')).toBeVisible();
      await palette.search('beacon');
      await expect(palette.selected).toHaveText('Beacon Freight');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/accounts\/a_[0-9a-f]+$/);
      await expect(page.getByRole('heading', { name: 'Beacon Freight' })).toBeVisible();

      // A person drawn on the chart is found too, and opens at their card's address.
      const canvas = new CanvasPage(page);
      await page.getByRole('button', { name: '+ Add person' }).first().click();
      await expect(page.locator('.react-flow').getByLabel('Name', { exact: true })).toBeFocused();
      await page.keyboard.type('Ingrid Larsson');
      await page.keyboard.press('Enter');
      await canvas.saved();
      await palette.open();
      await palette.search('larsson');
      await expect(palette.group('People').getByRole('option')).toContainText('Ingrid Larsson');
      await page.keyboard.press('Enter');
      const account = app.session
        .workspace()
        .list()
        .find((a) => a.name === 'Beacon Freight')!;
      const person = app.session.workspace().get(account.id).people[0]!;
      await expect(canvas.card('Ingrid Larsson')).toBeVisible();
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: person.name })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/accounts/${account.id}$`));
    } finally {
      await app.close();
    }
  });
});

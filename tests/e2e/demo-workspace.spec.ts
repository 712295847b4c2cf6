import { expect, test } from '@playwright/test';
import { launchApp } from '../support/launch';
import { HomePage, untranslatedKeys } from '../support/pages';

test.describe('the demo workspace', () => {
  test('in English: the home screen lists the demo accounts and the Henan chart shows its people', async () => {
    const app = await launchApp({ demo: true, locale: 'en' });
    try {
      const home = new HomePage(app.page);
      await expect(app.page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
      await expect(home.rows).toHaveCount(4);
      expect((await home.names()).join(' ')).toMatch(/Henan/);
      expect((await home.names()).join(' ')).toMatch(/Shandong/);
      expect(await untranslatedKeys(app.page)).toEqual([]);

      const canvas = await home.open(/Henan/);
      expect(await canvas.nodes.count()).toBeGreaterThanOrEqual(12);
      await expect(app.page.locator('.react-flow__edge').first()).toBeAttached();
      await expect(app.page.locator('.role-badge[title^="Decision maker:"]').first()).toHaveText('DM');
      // Every card is exactly the size the canvas declares (220x96), which its lines attach to.
      const sizes = await app.page.locator('.person-card').evaluateAll((cards) => cards.map((c) => `${(c as HTMLElement).offsetWidth}x${(c as HTMLElement).offsetHeight}`));
      expect(new Set(sizes)).toEqual(new Set(['220x96']));
      expect(await untranslatedKeys(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('in Chinese: the same screens show Chinese labels and no untranslated keys', async () => {
    const app = await launchApp({ demo: true, locale: 'zh-CN' });
    try {
      const home = new HomePage(app.page);
      await expect(app.page.getByRole('heading', { name: '客户' })).toBeVisible();
      await expect(app.page.getByRole('button', { name: '新建客户' })).toBeVisible();
      await expect(home.rows).toHaveCount(4);
      expect((await home.names()).join(' ')).toMatch(/河南/);
      expect(await untranslatedKeys(app.page)).toEqual([]);

      const canvas = await home.open(/河南/);
      expect(await canvas.nodes.count()).toBeGreaterThanOrEqual(12);
      // The legend folds to a button (issue 15); open, it speaks Chinese.
      await app.page.getByRole('button', { name: '图例' }).click();
      await expect(app.page.locator('.legend')).toContainText('汇报');
      await expect(canvas.nodes.first()).toContainText(/[\u4e00-\u9fff]/);
      expect(await untranslatedKeys(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from 'playwright-core';
import { APP_ORIGIN, launchApp } from '../support/launch';
import { CanvasPage, HomePage, PersonPanel } from '../support/pages';

/**
 * The renderer reaches no network: walking every screen, every request the page attempts is for
 * the app's own files (APP_ORIGIN stands for the packaged app's file:// page), data: or blob:.
 * The test harness aborts anything else (renderer-page.ts), so the test records attempts (the
 * `request` event fires before routing decides) and any request the page's CSP blocked before it
 * was even attempted (a `securitypolicyviolation` event).
 */
const OWN = (url: string) => url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:');

async function record(page: Page): Promise<{ requests: string[]; blocked: () => Promise<string[]> }> {
  const requests: string[] = [];
  const contexts: BrowserContext[] = page.context().browser()?.contexts() ?? [page.context()];
  for (const context of contexts) context.on('request', (r) => requests.push(r.url()));
  const listen = () => {
    const w = window as unknown as { __blocked?: string[] };
    w.__blocked = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__blocked!.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  await page.context().addInitScript(listen);
  await page.evaluate(listen);
  return { requests, blocked: () => page.evaluate(() => (window as unknown as { __blocked?: string[] }).__blocked ?? []) };
}

test('walking the whole app, the page requests nothing but its own files', async () => {
  const app = await launchApp({ demo: true, locale: 'en' });
  try {
    const { page } = app;
    const seen = await record(page);
    // The start itself, recorded from the first request.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');

    const home = new HomePage(page);
    await expect(home.rows.first()).toBeVisible();
    await home.open(/Henan|河南/);
    const canvas = new CanvasPage(page);
    await canvas.card('Wang Zhiyuan').click();
    await expect(new PersonPanel(page).root).toBeVisible();
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expect(page).toHaveURL(/\/details$/);
    await page.getByRole('link', { name: /Coverage & risks/ }).click();
    await expect(page).toHaveURL(/\/findings$/);

    // Search everywhere, then the share dialog.
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.type('wang');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
    const share = page.getByRole('dialog', { name: 'Share as an org-map file' });
    await expect(share).toBeVisible();
    await share.getByRole('button', { name: 'Cancel' }).click();
    await expect(share).toBeHidden();

    for (const [href, name] of [
      ['/portfolio', 'Portfolio'],
      ['/notebook', 'Notebook'],
      ['/settings', 'Settings'],
    ] as const) {
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#${href}$`));
    }
    await page.getByRole('link', { name: 'Accounts', exact: true }).click();
    await expect(home.rows.first()).toBeVisible();

    const requests = seen.requests;
    console.log(`no-network: ${requests.length} requests recorded, ${requests.filter((u) => !OWN(u)).length} outside the app`);
    expect(requests.length, 'the recorder saw the app load its own files').toBeGreaterThan(3);
    expect(requests.filter((u) => !OWN(u))).toEqual([]);
    expect(await seen.blocked()).toEqual([]);

    // The recorder sees an attempt the harness aborts, and the CSP's block (it looks).
    await page.evaluate(() => fetch('https://example.com/x').catch(() => null));
    expect(
      seen.requests.some((u) => u.startsWith('https://example.com/')) ||
        (await seen.blocked()).some((b) => b.includes('example.com')),
    ).toBe(true);
  } finally {
    await app.close();
  }
});

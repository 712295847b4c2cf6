import { expect, test, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSealed } from '../../electron/services/vault/file-codec';
import { readKeyring } from '../../electron/services/vault/keyring';
import { launchApp } from '../support/launch';
import { FakeOsCipher, TEST_KDF } from '../support/vault';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const tempDir = () => mkdtemp(join(tmpdir(), 'bidmap-appdata-'));

const PASS = 'long enough passphrase';

const words = {
  en: {
    settings: 'Settings',
    encrypt: 'Encrypt this workspace…',
    encryptTitle: 'Encrypt this workspace',
    newPassphrase: 'New passphrase',
    confirm: 'Type it again',
    tooShort: 'At least 8 characters.',
    encrypted: /Encrypted \d+ files\./,
    locked: 'This workspace is encrypted',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    wrong: 'The passphrase is not right. Nothing was changed.',
    home: 'Accounts',
    lockNow: 'Lock now',
  },
  'zh-CN': {
    settings: '设置',
    encrypt: '加密此工作区…',
    encryptTitle: '加密此工作区',
    newPassphrase: '新口令',
    confirm: '再输入一次',
    tooShort: '至少 8 个字符。',
    encrypted: /已加密 \d+ 个文件。/,
    locked: '此工作区已加密',
    passphrase: '口令',
    unlock: '解锁',
    wrong: '口令不正确。未做任何更改。',
    home: '客户',
    lockNow: '立即锁定',
  },
} as const;

async function sealedAccounts(dir: string): Promise<boolean[]> {
  const names = await readdir(join(dir, 'accounts'));
  return Promise.all(names.map(async (n) => isSealed(await readFile(join(dir, 'accounts', n)))));
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
}

test.describe('encryption at rest, in the app', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const w = words[locale];
    test(`${locale}: encrypt from Settings, lock with Ctrl+L, a wrong passphrase is refused, the right one opens`, async () => {
      const app = await launchApp({ demo: true, locale, session: { kdfCost: TEST_KDF, osCipher: new FakeOsCipher() } });
      const { page } = app;
      try {
        await page.getByRole('link', { name: w.settings }).click();
        await page.getByRole('button', { name: w.encrypt }).click();
        const dialog = page.getByRole('dialog', { name: w.encryptTitle });
        await dialog.getByLabel(w.newPassphrase).fill('short');
        await dialog.getByLabel(w.confirm).fill('short');
        await dialog.getByRole('button', { name: w.encryptTitle }).click();
        await expect(dialog.getByRole('alert').first()).toContainText(w.tooShort);
        expect(await readKeyring(app.workspace)).toBeNull();
        await dialog.getByLabel(w.newPassphrase).fill(PASS);
        await dialog.getByLabel(w.confirm).fill(PASS);
        await dialog.getByRole('button', { name: w.encryptTitle }).click();
        await expect(page.locator('.toast-message').last()).toHaveText(w.encrypted);
        await expect(dialog).toBeHidden();
        expect(await sealedAccounts(app.workspace)).toEqual([true, true, true, true]);

        await page.keyboard.press('Control+L');
        await waitReady(page);
        await expect(page.getByRole('heading', { name: w.locked })).toBeVisible();
        // Nothing of the workspace is on the page while it is locked.
        await expect(page.locator('body')).not.toContainText('孙建华');
        await expect(page.locator('body')).not.toContainText('Sun Jianhua');
        await page.getByLabel(w.passphrase, { exact: true }).fill('not it at all');
        await page.getByRole('button', { name: w.unlock }).click();
        await expect(page.getByRole('alert')).toContainText(w.wrong);
        await page.getByLabel(w.passphrase, { exact: true }).fill(PASS);
        await page.getByRole('button', { name: w.unlock }).click();
        await waitReady(page);
        await page.getByRole('link', { name: w.home, exact: true }).click();
        await expect(page.getByTestId('account-row')).toHaveCount(4);
      } finally {
        await app.close();
      }
    });
  }

  test('locks itself after the chosen idle time', async () => {
    const app = await launchApp({ demo: true, locale: 'en', session: { kdfCost: TEST_KDF, osCipher: new FakeOsCipher() } });
    const { page } = app;
    try {
      await app.session.invoke('enableEncryption', { passphrase: PASS, idleLockMinutes: 5, remember: false });
      await page.clock.install();
      await page.reload();
      await waitReady(page);
      await expect(page.getByRole('link', { name: 'Accounts' })).toBeVisible();
      await page.clock.runFor('04:30');
      await expect(page.getByRole('link', { name: 'Accounts' })).toBeVisible();
      await page.clock.runFor('01:00');
      await waitReady(page);
      await expect(page.getByRole('heading', { name: 'This workspace is encrypted' })).toBeVisible();
      expect(await app.session.invoke('vaultStatus', {})).toMatchObject({ ok: true, value: { locked: true } });
    } finally {
      await app.close();
    }
  });

  test("explains why 'remember on this device' is not offered on Linux's basic_text", async () => {
    const app = await launchApp({ demo: true, locale: 'en', session: { kdfCost: TEST_KDF, osCipher: new FakeOsCipher('basic_text'), appDataDir: await tempDir() } });
    const { page } = app;
    try {
      await app.session.invoke('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
      await app.session.invoke('lockWorkspace', {});
      await page.reload();
      await waitReady(page);
      await expect(page.getByRole('checkbox', { name: 'Remember on this device' })).toBeDisabled();
      await expect(page.getByTestId('remember-help')).toContainText('basic_text');
    } finally {
      await app.close();
    }
  });

  test('change the passphrase, then turn encryption off, from Settings', async () => {
    const app = await launchApp({ demo: true, locale: 'en', session: { kdfCost: TEST_KDF, osCipher: new FakeOsCipher() } });
    const { page } = app;
    try {
      await app.session.invoke('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Change passphrase…' }).click();
      const change = page.getByRole('dialog', { name: 'Change the passphrase' });
      await change.getByLabel('Current passphrase').fill('wrong one here');
      await change.getByLabel('New passphrase').fill('a brand new passphrase');
      await change.getByLabel('Type it again').fill('a brand new passphrase');
      await change.getByRole('button', { name: 'Change the passphrase' }).click();
      await expect(change.getByRole('alert').first()).toContainText('The passphrase is not right');
      await change.getByLabel('Current passphrase').fill(PASS);
      await change.getByRole('button', { name: 'Change the passphrase' }).click();
      await expect(page.locator('.toast-message').last()).toContainText('re-encrypted under a new key');
      expect((await app.session.invoke('unlockWorkspace', { passphrase: 'a brand new passphrase', remember: false })).ok).toBe(true);

      await page.getByRole('button', { name: 'Turn encryption off…' }).click();
      const off = page.getByRole('dialog', { name: 'Turn encryption off' });
      await off.getByLabel('Passphrase', { exact: true }).fill('a brand new passphrase');
      await off.getByRole('button', { name: 'Turn encryption off' }).click();
      await expect(page.locator('.toast-message').last()).toContainText('Encryption is off');
      await expect(page.getByRole('button', { name: 'Encrypt this workspace…' })).toBeVisible();
      expect(await sealedAccounts(app.workspace)).toEqual([false, false, false, false]);
    } finally {
      await app.close();
    }
  });
});

// Encryption at rest (issue 7, item 5): every file of an encrypted workspace is sealed with
// AES-256-GCM under a data key wrapped by a scrypt key from the passphrase. The tests go through
// the app's own calls (session.invoke) over the demo workspace, and read the folder's bytes.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { Workspace } from '../../electron/services/store/workspace';
import { isSealed, keyIdOf } from '../../electron/services/vault/file-codec';
import { DEFAULT_KDF_COST, readKeyring } from '../../electron/services/vault/keyring';
import { enableEncryption } from '../../electron/services/vault/encryption';
import type { Account } from '../../shared/model/account';
import { ChartPatch } from '../../shared/model/chart-patch';
import { cli, snapshot } from '../support/cli';
import { CrashChild } from '../support/crash-process';
import { openDesk, type Desk } from '../support/sharing';
import { tempDir } from '../support/temp';
import { FakeOsCipher, filesUnder, secretTexts, TEST_KDF, textsIn } from '../support/vault';

const PASS = 'correct horse battery staple';
const NEXT = '新的口令 battery 2026';

async function demoDesk(
  lang: 'zh-CN' | 'en' = 'zh-CN',
  os = new FakeOsCipher(),
): Promise<Desk & { os: FakeOsCipher; appData: string }> {
  const dir = await tempDir();
  await writeDemoWorkspace(dir, lang);
  const appData = await tempDir();
  const desk = await openDesk(dir, { kdfCost: TEST_KDF, osCipher: os, appDataDir: appData });
  return Object.assign(desk, { os, appData });
}

/** Reopens the folder as the app would at its next start (same device). */
const reopen = (d: Desk & { os: FakeOsCipher; appData: string }) =>
  openDesk(d.dir, { kdfCost: TEST_KDF, osCipher: d.os, appDataDir: d.appData });

/** Some ordinary work, so the folder holds more than fresh files: edits (backups), an export (exchange/), a deletion (trash/). */
async function workOn(desk: Desk, accounts: Account[], tag: string): Promise<void> {
  for (const a of accounts.slice(0, 2)) {
    const p = a.people[0]!;
    await desk.call('patchChart', {
      id: a.id,
      patch: ChartPatch.parse({ people: [{ ...p, dossier: { ...p.dossier, sports: `${p.dossier.sports} (${tag})` } }] }),
    });
  }
  desk.host.answerSave(join(await tempDir(), `${tag}.bidmap`));
  await desk.call('exportBidmap', { accountIds: [accounts[0]!.id], level: 'full' });
}

const allAccounts = async (desk: Desk): Promise<Account[]> =>
  Promise.all((await desk.call('listAccounts', {})).map((s) => desk.call('getAccount', { id: s.id })));

describe('encryption at rest', () => {
  it('hides every dossier, motive, itinerary and note text from the folder, backups and copies included; the same search finds them when it is off', async () => {
    const desk = await demoDesk();
    const accounts = await allAccounts(desk);
    const texts = secretTexts(accounts);
    expect(texts.length, 'the demo has secrets to look for').toBeGreaterThan(100);
    await workOn(desk, accounts, 'plain');
    await desk.call('deleteAccount', { id: accounts[3]!.id });
    await desk.session.flush();

    // Off: the search works, and finds the texts in the account files, backups, exchange copies and trash.
    const plain = textsIn(await filesUnder(desk.dir), texts);
    const plainFolders = new Set(plain.map((h) => h.file.split('/')[0]));
    expect(plain.length).toBeGreaterThan(texts.length);
    expect([...plainFolders].sort()).toEqual(['accounts', 'backups', 'exchange', 'trash', 'versions']);

    const changed = await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    expect(changed.status).toMatchObject({ encrypted: true, locked: false, unfinished: null });
    const files = await filesUnder(desk.dir);
    expect(changed.files).toBe(files.filter((f) => f.file !== 'keyring.json').length); // all but the keyring
    // More work after: new backups and exchange copies are written sealed too.
    await workOn(desk, accounts.slice(0, 3), 'sealed');
    await desk.session.flush();

    const after = await filesUnder(desk.dir);
    expect(textsIn(after, texts)).toEqual([]);
    // Every data file is sealed; only the keyring (wrapped keys) and the lock (pid, host) are not.
    const unsealed = after.filter((f) => !isSealed(f.bytes)).map((f) => f.file);
    expect(unsealed.sort()).toEqual(['.bidmap.lock', 'keyring.json'].filter((f) => after.some((a) => a.file === f)).sort());
    // The app still reads it all back exactly.
    expect(await allAccounts(desk)).toHaveLength(3);
    await desk.session.close();
  });

  it(
    'temp files cut short by a crash are sealed too (the crash child saves in an encrypted workspace and is killed)',
    { timeout: 120_000 },
    async () => {
      const desk = await demoDesk();
      const accounts = await allAccounts(desk);
      const texts = secretTexts(accounts);
      await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
      await desk.session.close();
      const children = await CrashChild.bundle();
      let temps = 0;
      let kills = 0;
      try {
        // Kill until a few temp files are caught (about two per kill in the crash test).
        while (temps < 3 && kills < 40) {
          const child = children.start('save-sealed', desk.dir, PASS, ...accounts.map((a) => a.id));
          await child.waitFor((l) => l.startsWith('ack '));
          await new Promise((r) => setTimeout(r, 20 + kills * 7));
          await child.kill();
          kills++;
          const files = await filesUnder(desk.dir);
          const tmp = files.filter((f) => f.file.endsWith('.tmp'));
          temps += tmp.length;
          expect(
            tmp.every((f) => isSealed(f.bytes) || f.bytes.length === 0),
            'a temp file holds plain bytes',
          ).toBe(true);
          expect(textsIn(files, texts)).toEqual([]);
          for (const f of tmp) await rm(join(desk.dir, f.file)); // as the next open would
        }
      } finally {
        await children.dispose();
      }
      console.log(`encrypted crash saves: ${kills} kills, ${temps} temp files left and examined, 0 with plain text`);
      expect(temps).toBeGreaterThan(0);
    },
  );

  it('asks for the passphrase at start; a wrong one is refused with a clear message and changes nothing', async () => {
    const desk = await demoDesk('en');
    const before = await allAccounts(desk);
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 5, remember: false });
    await desk.session.close();

    const next = await reopen(desk as never);
    expect(await next.call('vaultStatus', {})).toMatchObject({
      encrypted: true,
      locked: true,
      remembered: false,
      idleLockMinutes: 5,
    });
    expect(await next.failure('listAccounts', {})).toMatchObject({ code: 'needsPassphrase' });
    const files = await snapshot(desk.dir);
    expect(await next.failure('unlockWorkspace', { passphrase: 'not the passphrase', remember: false })).toEqual({
      code: 'wrongPassphrase',
      message: 'The passphrase is not right. Nothing was changed.',
      text: { key: 'wrongPassphrase', params: {} },
    });
    expect(await snapshot(desk.dir)).toEqual(files);
    expect(await next.call('unlockWorkspace', { passphrase: PASS, remember: false })).toMatchObject({ locked: false });
    expect(await allAccounts(next)).toEqual(before);
    await next.session.close();
  });

  it("switching to an encrypted folder leaves the current one closed and asks for the new one's passphrase", async () => {
    const encrypted = await demoDesk('en');
    await encrypted.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    await encrypted.session.close();
    const desk = await demoDesk('zh-CN');
    expect(await desk.failure('switchWorkspace', { path: encrypted.dir })).toMatchObject({ code: 'needsPassphrase' });
    expect(await desk.call('vaultStatus', {})).toMatchObject({ path: encrypted.dir, encrypted: true, locked: true });
    expect((await desk.failure('listAccounts', {})).code).toBe('needsPassphrase');
    await desk.call('unlockWorkspace', { passphrase: PASS, remember: false });
    expect((await desk.call('getWorkspace', {})).path).toBe(encrypted.dir);
    expect(await desk.call('listAccounts', {})).toHaveLength(4);
    await desk.session.close();
  });

  it('the passphrase is normalised: the same letters composed differently unlock', async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: 'Caf\u00e9 au lait!', idleLockMinutes: 15, remember: false });
    await desk.call('lockWorkspace', {});
    expect(await desk.call('unlockWorkspace', { passphrase: 'Cafe\u0301 au lait!', remember: false })).toMatchObject({
      locked: false,
    });
    await desk.session.close();
  });

  it('locking writes pending edits, forgets the keys, and refuses every call until unlocked', async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    const [first] = await desk.call('listAccounts', {});
    await desk.call('renameAccount', { id: first!.id, name: 'Renamed before the lock' });
    expect(await desk.call('lockWorkspace', {})).toMatchObject({ locked: true });
    for (const [name, input] of [
      ['listAccounts', {}],
      ['getAccount', { id: first!.id }],
      ['search', { query: 'a' }],
      ['getWorkspace', {}],
    ] as const) {
      expect((await desk.failure(name, input as never)).code, name).toBe('needsPassphrase');
    }
    await desk.call('unlockWorkspace', { passphrase: PASS, remember: false });
    expect((await desk.call('getAccount', { id: first!.id })).name).toBe('Renamed before the lock');
    await desk.session.close();
  });

  it('detects a tampered file: it is set aside as damaged and its backup offered, which restores the account', async () => {
    const desk = await demoDesk('en');
    const [a] = await allAccounts(desk);
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    await desk.call('renameAccount', { id: a!.id, name: 'Saved twice' }); // a sealed backup exists
    await desk.session.close();
    const file = join(desk.dir, 'accounts', `${a!.id}.json`);
    const bytes = await readFile(file);
    bytes[bytes.length - 40]! ^= 0x01; // one bit of the ciphertext
    await writeFile(file, bytes);

    const next = await reopen(desk as never);
    await next.call('unlockWorkspace', { passphrase: PASS, remember: false });
    const { problems } = await next.call('getWorkspace', {});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: `accounts/${a!.id}.json`,
      code: 'tampered',
      accountId: a!.id,
      backupAvailable: true,
    });
    expect(problems[0]!.detail).toMatch(/integrity/);
    // Kept aside untouched.
    expect(await readFile(join(desk.dir, problems[0]!.movedTo!))).toEqual(bytes);
    const restored = await next.call('restoreBackup', { id: a!.id });
    expect(restored.name).toBe(a!.name); // the version before the last save
    await next.session.close();
  });

  it('a plain file put into an encrypted workspace is not taken for the account', async () => {
    const desk = await demoDesk('en');
    const [a] = await allAccounts(desk);
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    await desk.session.close();
    await writeFile(join(desk.dir, 'accounts', `${a!.id}.json`), JSON.stringify({ ...a, name: 'Planted' }));
    const next = await reopen(desk as never);
    await next.call('unlockWorkspace', { passphrase: PASS, remember: false });
    const summary = (await next.call('listAccounts', {})).find((s) => s.id === a!.id)!;
    expect(summary.damaged).toMatchObject({ code: 'tampered' });
    expect(summary.damaged!.detail).toMatch(/not encrypted although the workspace is/);
    await next.session.close();
  });

  it('a damaged keyring is named, and nothing is taken for plain', async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    await desk.session.close();
    const mine = JSON.parse(await readFile(join(desk.dir, 'keyring.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(desk.dir, 'keyring.json'), '{"format":"bidmap-keyring"');
    await expect(reopen(desk as never)).rejects.toThrow(/keyring\.json is damaged .*put back a copy of keyring\.json/);
    // The wrapped keys cannot be swapped either: keys wrapped for another workspace (same passphrase) do not unwrap.
    const other = await demoDesk('en');
    await other.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    await other.session.close();
    const theirs = JSON.parse(await readFile(join(other.dir, 'keyring.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(
      join(desk.dir, 'keyring.json'),
      JSON.stringify({ ...mine, kdf: theirs.kdf, keys: theirs.keys, current: theirs.current }),
    );
    const next = await reopen(desk as never);
    expect((await next.failure('unlockWorkspace', { passphrase: PASS, remember: false })).code).toBe('wrongPassphrase');
    await next.session.close();
  });

  it('changing the passphrase re-encrypts every file under a new key; only the new passphrase unlocks', async () => {
    const desk = await demoDesk();
    const before = await allAccounts(desk);
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    const oldKey = (await readKeyring(desk.dir))!.current;
    const changed = await desk.call('changePassphrase', { current: PASS, next: NEXT });
    const keyring = (await readKeyring(desk.dir))!;
    expect(keyring.keys.map((k) => k.id)).toEqual([keyring.current]);
    expect(keyring.current).not.toBe(oldKey);
    const sealed = (await filesUnder(desk.dir)).filter((f) => isSealed(f.bytes));
    expect(changed.files).toBe(sealed.length);
    expect(new Set(sealed.map((f) => keyIdOf(f.bytes)))).toEqual(new Set([keyring.current]));
    expect((await desk.failure('changePassphrase', { current: PASS, next: 'whatever 12345' })).code).toBe('wrongPassphrase');
    await desk.call('lockWorkspace', {});
    expect((await desk.failure('unlockWorkspace', { passphrase: PASS, remember: false })).code).toBe('wrongPassphrase');
    await desk.call('unlockWorkspace', { passphrase: NEXT, remember: false });
    expect(await allAccounts(desk)).toEqual(before);
    await desk.session.close();
  });

  it('turning encryption off writes every file plain again and removes the keyring', async () => {
    const desk = await demoDesk();
    const before = await allAccounts(desk);
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    expect((await desk.failure('disableEncryption', { passphrase: 'wrong wrong' })).code).toBe('wrongPassphrase');
    const off = await desk.call('disableEncryption', { passphrase: PASS });
    expect(off.status).toMatchObject({ encrypted: false, locked: false });
    const files = await filesUnder(desk.dir);
    expect(files.some((f) => f.file === 'keyring.json')).toBe(false);
    expect(files.filter((f) => isSealed(f.bytes))).toEqual([]);
    expect(await allAccounts(desk)).toEqual(before);
    await desk.session.close();
    // And it opens as any plain workspace, with no passphrase.
    const ws = await Workspace.open(desk.dir);
    expect(ws.problems).toEqual([]);
    await ws.close();
  });

  it('refuses a short passphrase, and encrypting twice', async () => {
    const desk = await demoDesk('en');
    expect(await desk.failure('enableEncryption', { passphrase: 'short', idleLockMinutes: 15, remember: false })).toMatchObject({
      code: 'invalidInput',
      message: 'A passphrase needs at least 8 characters.',
    });
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    expect((await desk.failure('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false })).message).toBe(
      'This workspace is encrypted already.',
    );
    await desk.session.close();
  });

  it("derives keys with OWASP's scrypt cost by default (N = 2^17, r = 8, p = 1)", async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    await ws.create('Small');
    await ws.close();
    const done = await enableEncryption(dir, PASS, { idleLockMinutes: 15 });
    expect(done.keyring.kdf).toMatchObject({ name: 'scrypt', ...DEFAULT_KDF_COST });
    expect(Buffer.from(done.keyring.kdf.salt, 'base64')).toHaveLength(16);
  });
});

describe('remember on this device', () => {
  it('opens without the passphrase on this device, and asks again once forgotten', async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: true });
    expect(await desk.call('vaultStatus', {})).toMatchObject({ remembered: true, rememberRefused: null });
    await desk.session.close();
    // The keys are kept sealed by the OS in the app-data folder, never in the workspace.
    const kept = await readFile(join(desk.appData, 'device-keys.json'), 'utf8');
    expect(kept).not.toMatch(/"current"/);

    const next = await reopen(desk as never);
    expect(await next.call('vaultStatus', {})).toMatchObject({ encrypted: true, locked: false, remembered: true });
    expect(await next.call('listAccounts', {})).toHaveLength(4);
    await next.call('rememberOnDevice', { remember: false });
    await next.session.close();
    const third = await reopen(desk as never);
    expect(await third.call('vaultStatus', {})).toMatchObject({ locked: true, remembered: false });
    await third.session.close();
  });

  it('another OS user (the OS cannot open the sealed keys) is asked for the passphrase', async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: true });
    await desk.session.close();
    const other = await openDesk(desk.dir, { kdfCost: TEST_KDF, osCipher: new FakeOsCipher(), appDataDir: desk.appData });
    expect(await other.call('vaultStatus', {})).toMatchObject({ locked: true });
    await other.session.close();
  });

  it("is refused with the reason where Linux's safeStorage falls back to basic_text", async () => {
    const desk = await demoDesk('en', new FakeOsCipher('basic_text'));
    expect(await desk.call('vaultStatus', {})).toMatchObject({ rememberRefused: 'basicText' });
    expect((await desk.failure('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: true })).message).toMatch(
      /cannot be remembered on this device \(basicText\)/,
    );
    // Nothing was encrypted by the refused call.
    expect(await readKeyring(desk.dir)).toBeNull();
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    expect((await desk.failure('rememberOnDevice', { remember: true })).message).toMatch(/basicText/);
    await desk.session.close();
  });

  it('is refused when the OS offers no encryption, and without an app-data folder', async () => {
    const desk = await demoDesk('en', new FakeOsCipher('gnome_libsecret', false));
    expect(await desk.call('vaultStatus', {})).toMatchObject({ rememberRefused: 'unavailable' });
    await desk.session.close();
    const bare = await openDesk(desk.dir, { kdfCost: TEST_KDF });
    expect(await bare.call('vaultStatus', {})).toMatchObject({ rememberRefused: 'noDevice' });
    await bare.session.close();
  });

  it('after a change of passphrase, the remembered keys are the new ones', async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: true });
    await desk.call('changePassphrase', { current: PASS, next: NEXT });
    await desk.session.close();
    const next = await reopen(desk as never);
    expect(await next.call('vaultStatus', {})).toMatchObject({ locked: false, remembered: true });
    await next.session.close();
  });

  it('the idle lock time is kept in the keyring', async () => {
    const desk = await demoDesk('en');
    expect((await desk.failure('setIdleLock', { minutes: 5 })).message).toMatch(/not encrypted/);
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    expect(await desk.call('setIdleLock', { minutes: 60 })).toMatchObject({ idleLockMinutes: 60 });
    expect((await readKeyring(desk.dir))!.idleLockMinutes).toBe(60);
    await desk.session.close();
  });
});

describe('the command line on an encrypted workspace', () => {
  let dir = '';
  let passFile = '';
  // Each test gets its own folder: temp folders go after each test.
  beforeEach(async () => {
    const desk = await demoDesk('en');
    await desk.call('enableEncryption', { passphrase: PASS, idleLockMinutes: 15, remember: false });
    await desk.session.close();
    dir = desk.dir;
    passFile = join(await tempDir(), 'pass.txt');
    await writeFile(passFile, `${PASS}\n`);
  });
  afterAll(() => {
    delete process.env.BIDMAP_PASSPHRASE;
  });

  it('refuses without the passphrase, saying how to give it, and changes nothing', async () => {
    const files = await snapshot(dir);
    const r = await cli('list', '--workspace', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is encrypted: give its passphrase with --passphrase-file FILE or in \$BIDMAP_PASSPHRASE/);
    const wrong = join(await tempDir(), 'wrong.txt');
    await writeFile(wrong, 'nope nope nope');
    expect((await cli('doctor', '--workspace', dir, '--passphrase-file', wrong)).err).toMatch(/The passphrase is not right/);
    expect(await snapshot(dir)).toEqual(files);
  });

  it('reads and checks it with --passphrase-file or $BIDMAP_PASSPHRASE', async () => {
    const listed = await cli('list', '--workspace', dir, '--passphrase-file', passFile);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n')).toHaveLength(4);
    expect(await cli('doctor', '--workspace', dir, '--passphrase-file', passFile)).toMatchObject({ code: 0 });
    process.env.BIDMAP_PASSPHRASE = PASS;
    expect((await cli('show', 'Henan', '--workspace', dir)).code).toBe(0);
  });

  it('doctor --repair restores a tampered account from its sealed backup, and writes it sealed', async () => {
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    const name = (await readdir(join(copy, 'accounts')))[0]!;
    await writeFile(join(copy, 'accounts', name), Buffer.from('BIDMAPE1 cut short'));
    const r = await cli('doctor', '--repair', '--workspace', copy, '--passphrase-file', passFile);
    expect(r.code, r.err).toBe(0);
    expect(isSealed(await readFile(join(copy, 'accounts', name)))).toBe(true);
    expect(await cli('doctor', '--workspace', copy, '--passphrase-file', passFile)).toMatchObject({ code: 0 });
  });
});

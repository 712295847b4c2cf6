// What an import does once, and only once (issue 20, item 4): each account is checked against the
// schema once (the store takes a checked account as it is), the contacts import checks each row's
// values against the schema's own limits, and a .bidmap import keeps its merge base by linking the
// account's first backup instead of writing the account a third time.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildDemoAccounts } from '../../electron/services/demo';
import { commitPlan } from '../../electron/services/contacts/import';
import { applyImport, exportAccounts, previewImport } from '../../electron/services/sharing/exchange';
import { readBidmap } from '../../electron/services/sharing/read-bidmap';
import { Snapshots, snapshotId } from '../../electron/services/sharing/snapshots';
import { accountJsonSha256, readAccountFile, serializeAccount } from '../../electron/services/store/account-file';
import { Workspace } from '../../electron/services/store/workspace';
import { MAGIC, PLAIN, type FileCodec } from '../../electron/services/vault/file-codec';
import { Vault } from '../../electron/services/vault/vault';
import { planContacts, textLimit, MAX_LENGTH, type ContactMapping, type ContactTable } from '../../shared/logic/contacts';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { checkAccount, isChecked } from '../../shared/model/checked';
import { Text } from '../../shared/model/ids';
import { generateOrgAccount } from '../support/org-generator';
import { tempDir } from '../support/temp';

afterEach(() => {
  vi.restoreAllMocks();
});

const stamp = '2026-12-01T09:00:00.000Z';
const mapping: ContactMapping = {
  name: 0,
  nameParts: null,
  alternateName: null,
  title: 1,
  department: 2,
  phone: null,
  email: 3,
  id: 4,
  manager: 5,
  restToNotes: true,
};

/** A contact table: name, title, department, e-mail, ID, manager (by ID), and a column for notes. */
function table(rows: string[][]): ContactTable {
  return {
    headers: ['Name', 'Title', 'Department', 'E-mail', 'ID', 'Manager', 'Remarks'],
    headerLine: 1,
    unit: 'row',
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  };
}

const sealed = (): FileCodec => new Vault(new Map([['k1', randomBytes(32)]]), 'k1');
const plain = (): FileCodec => PLAIN;

describe('the store checks an account once', () => {
  it('writes a checked account as it is, checks any other, and refuses an invalid one writing nothing', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const parse = vi.spyOn(Account, 'parse');
    const checked = checkAccount({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'a_checked',
      name: 'Checked',
      createdAt: stamp,
      updatedAt: stamp,
    });
    parse.mockClear();
    await ws.add([checked]);
    expect(parse).not.toHaveBeenCalled();
    expect(ws.get('a_checked')).toBe(checked);

    await ws.add([{ ...checked, id: 'a_copy', name: 'A copy' }]); // a copy is not known to be valid: checked
    expect(parse).toHaveBeenCalledTimes(1);

    const before = await readdir(join(dir, 'accounts'));
    await expect(ws.add([{ ...checked, id: 'a_bad', name: '' }])).rejects.toThrow();
    expect(await readdir(join(dir, 'accounts'))).toEqual(before);
    await ws.close();
  });

  it('a checked account cannot be changed in place: the mark vouches for what was checked', () => {
    const checked = checkAccount({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'a_1',
      name: 'One',
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect(isChecked(checked)).toBe(true);
    expect(() => Object.assign(checked, { name: '' })).toThrow(TypeError);
    expect(isChecked({ ...checked })).toBe(false);
  });

  it.each(['en', 'zh-CN'] as const)(
    'the demo (%s) at first start: each account checked once, and written without a second check',
    async (lang) => {
      const parse = vi.spyOn(Account, 'parse');
      const safeParse = vi.spyOn(Account, 'safeParse');
      const accounts = buildDemoAccounts(lang, '2027-01-13T08:00:00.000Z'); // a later day: its dates are moved too
      expect(parse).toHaveBeenCalledTimes(accounts.length);
      expect(accounts.every(isChecked)).toBe(true);
      const ws = await Workspace.open(await tempDir());
      await ws.add(accounts);
      expect(parse).toHaveBeenCalledTimes(accounts.length);
      expect(safeParse).not.toHaveBeenCalled();
      await ws.close();
    },
  );
});

describe('contacts: each row checked once, against the schema’s own limits', () => {
  it('cuts values to the schema’s limits, so the new account is valid as built and written without a second check', async () => {
    const long = (n: number) => '长'.repeat(n);
    const plan = planContacts(
      table([
        ['王伟', long(500), long(300), `${'x'.repeat(400)}@example.cn`, 'E1', '', long(30_000)],
        ['李娜', 'Engineer', 'IT', 'li@example.cn', 'E2', 'E1', ''],
      ]),
      mapping,
      { existing: null, accountName: 'Cut', now: stamp },
    );
    const [wang] = plan.account.people;
    expect(wang!.title).toHaveLength(MAX_LENGTH.title);
    expect(
      plan.warnings
        .filter((w) => w.code === 'cut')
        .map((w) => w.code === 'cut' && w.field)
        .sort(),
    ).toEqual(['department', 'email', 'notes', 'title']);
    expect(Account.safeParse(plan.account).success).toBe(true);
    expect(isChecked(plan.account)).toBe(true);

    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const parse = vi.spyOn(Account, 'parse');
    const summary = await commitPlan(ws, plan);
    expect(parse).not.toHaveBeenCalled();
    await ws.close();
    const read = await readAccountFile(join(dir, 'accounts', `${summary.id}.json`));
    expect(read.ok && read.value).toEqual(plan.account);
  });

  it('an existing account the contacts join is checked whole where it is written', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const [existing] = await ws.add([
      checkAccount({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: 'a_here', name: 'Here', createdAt: stamp, updatedAt: stamp }),
    ]);
    const plan = planContacts(table([['张强', 'CFO', 'Finance', 'zq@example.cn', 'E9', '', '']]), mapping, {
      existing: ws.get(existing!.id),
      accountName: 'Here',
      now: stamp,
    });
    expect(isChecked(plan.account)).toBe(false);
    const parse = vi.spyOn(Account, 'parse');
    await commitPlan(ws, plan);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(ws.get('a_here').people.map((p) => p.name)).toEqual(['张强']);
    await ws.close();
  });

  it('reads each limit from the schema, and refuses a field that has another rule than a maximum length', () => {
    expect(textLimit(Text(200))).toBe(200);
    expect(textLimit(Text(300).default(''))).toBe(300);
    expect(MAX_LENGTH.title).toBe(300);
    expect(MAX_LENGTH.notes).toBe(20_000);
    expect(() => textLimit(z.string().max(300).email())).toThrow(/another rule/);
    expect(() => textLimit(z.string().min(1).max(300))).toThrow(/another rule/);
    expect(() => textLimit(z.string())).toThrow(/another rule/);
    expect(() => textLimit(z.number().max(3))).toThrow(/another rule/);
  });

  it('people of an import share their empty parts, frozen: an edit replaces a person and leaves the others as they were', async () => {
    const plan = planContacts(
      table([
        ['王伟', 'CEO', 'Board', 'w@example.cn', 'E1', '', ''],
        ['李娜', 'CTO', 'Board', 'l@example.cn', 'E2', 'E1', ''],
      ]),
      mapping,
      { existing: null, accountName: 'Shared', now: stamp },
    );
    const [wang, li] = plan.account.people;
    expect(wang!.motives).toBe(li!.motives);
    expect(() => wang!.roles.push('decisionMaker')).toThrow(TypeError);
    expect(() => Object.assign(wang!.dossier, { family: 'x' })).toThrow(TypeError);

    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await commitPlan(ws, plan);
    ws.update(id, (a) => ({
      ...a,
      people: a.people.map((p) =>
        p.id === wang!.id ? { ...p, roles: ['decisionMaker'], dossier: { ...p.dossier, family: 'Two children' } } : p,
      ),
    }));
    await ws.close();
    const read = await readAccountFile(join(dir, 'accounts', `${id}.json`));
    const byName = new Map(read.ok ? read.value.people.map((p) => [p.name, p]) : []);
    expect(byName.get('王伟')).toMatchObject({ roles: ['decisionMaker'], dossier: { family: 'Two children' } });
    expect(byName.get('李娜')).toMatchObject({ roles: [], dossier: { family: '' } });
  });
});

describe('.bidmap: the merge base is a link to the account as written', () => {
  it.each([
    ['plain', plain],
    ['encrypted', sealed],
  ] as const)(
    'a new account (%s) is written once, its snapshot a link to that file; its first backup follows, a file of its own; both read back',
    async (_, codec) => {
      const source = await Workspace.open(await tempDir());
      const account = buildDemoAccounts('zh-CN', stamp)[0]!;
      await source.add([account]);
      const exported = await exportAccounts(source, [account.id], 'full');
      await source.close();

      const dir = await tempDir();
      const ws = await Workspace.open(dir, codec());
      const read = readBidmap('share.bidmap', Buffer.from(exported.json));
      const theirs = read.file.accounts[0]!;
      const [result] = (await applyImport(ws, read, {})).results;
      expect(result).toMatchObject({ kind: 'added', snapshot: snapshotId(theirs) });

      const live = join(dir, 'accounts', `${account.id}.json`);
      const [kept] = await readdir(join(dir, 'exchange', account.id));
      const inode = async (path: string) => (await stat(path)).ino;
      expect(await inode(join(dir, 'exchange', account.id, kept!))).toBe(await inode(live));
      if (ws.codec.encrypted) expect((await readFile(live)).subarray(0, MAGIC.length)).toEqual(MAGIC);

      await ws.flush(); // the first backup is written after the import answers
      const [backup] = await readdir(join(dir, 'backups', account.id));
      const backupPath = join(dir, 'backups', account.id, backup!);
      expect(await inode(backupPath)).not.toBe(await inode(live)); // a copy of its own
      expect(await readFile(backupPath)).toEqual(await readFile(live));

      const found = await new Snapshots(join(dir, 'exchange', account.id), ws.codec).find(snapshotId(theirs));
      expect(found).toEqual({ account: theirs, level: 'full' });
      // The same file again changes nothing: the snapshot names this very account.
      expect((await previewImport(ws, readBidmap('share.bidmap', Buffer.from(exported.json)))).accounts[0]!.status).toBe(
        'unchanged',
      );

      // Saved again and again: the file is replaced each time, never changed in place, so the
      // snapshot keeps the bytes as imported; the backups roll over.
      for (let i = 0; i < 11; i++) {
        ws.update(account.id, (a) => ({ ...a, industry: `Edit ${i}` }));
        await ws.saveNow(account.id);
      }
      expect(await inode(join(dir, 'exchange', account.id, kept!))).not.toBe(await inode(live));
      expect(await readdir(join(dir, 'backups', account.id))).not.toContain(backup);
      expect(await new Snapshots(join(dir, 'exchange', account.id), ws.codec).find(snapshotId(theirs))).toEqual({
        account: theirs,
        level: 'full',
      });
      await ws.close();
    },
  );

  it('a save queued while the account is being added waits: the snapshot links the account as it came, not as edited', async () => {
    const source = await Workspace.open(await tempDir());
    const account = buildDemoAccounts('en', stamp)[0]!;
    await source.add([account]);
    const exported = await exportAccounts(source, [account.id], 'full');
    await source.close();

    const ws = await Workspace.open(await tempDir());
    const read = readBidmap('share.bidmap', Buffer.from(exported.json));
    const importing = applyImport(ws, read, {});
    // An edit and its save, queued while the import is under way.
    await new Promise((r) => setImmediate(r));
    ws.update(account.id, (a) => ({ ...a, industry: 'Edited during the import' }));
    const saving = ws.saveNow(account.id);
    const [{ results }] = await Promise.all([importing, saving]);
    const kept = await new Snapshots(ws.paths.exchange(account.id), ws.codec).find(results[0]!.snapshot!);
    expect(kept?.account.industry).toBe(read.file.accounts[0]!.industry);
    expect(ws.get(account.id).industry).toBe('Edited during the import');
    await ws.close();
  });
});

describe('snapshot ids', () => {
  it('a snapshot id is the SHA-256 of JSON.stringify(account), whether its people and lines were written or not', () => {
    const sha = (a: Account) => createHash('sha256').update(JSON.stringify(a)).digest('hex');
    const texts = fc.string({
      unit: fc.constantFrom('a', '"', '\\', '\n', '王', '😀', '\ud800', '\u0000', '\u2028'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        texts,
        texts,
        (people, seed, title, note) => {
          const base = generateOrgAccount({ people, seed });
          const account = {
            ...base,
            people: base.people.map((p, i) => (i % 3 ? p : { ...p, title, dossier: { ...p.dossier, notes: note } })),
          };
          expect(accountJsonSha256(account)).toBe(sha(account));
          serializeAccount(account); // people and lines now cached as written
          expect(accountJsonSha256(account)).toBe(sha(account));
        },
      ),
      { numRuns: 60 },
    );
    for (const account of buildDemoAccounts('en', stamp)) expect(snapshotId(account)).toBe(sha(account));
  });
});

describe('account files', () => {
  /** The file as its format is written down: one review, one person and one line per line. */
  const reference = (a: Account) => {
    const { people, links, reviews, ...rest } = a;
    const lines = (records: readonly object[]) => records.map((r) => JSON.stringify(r)).join(',\n');
    return `${JSON.stringify(rest).slice(0, -1)},\n"reviews":[\n${lines(reviews)}\n],\n"people":[\n${lines(people)}\n],\n"links":[\n${lines(links)}\n]}\n`;
  };

  it('are the same bytes whichever people and lines were written before, edited, added, removed or moved since', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(
          fc.tuple(
            fc.constantFrom('edit', 'add', 'remove', 'move', 'edit line'),
            fc.nat(),
            fc.constantFrom('x', '王', '"', '😀'),
          ),
          {
            maxLength: 12,
          },
        ),
        (size, seed, edits) => {
          let account = generateOrgAccount({ people: size, seed, id: `a_${seed}_${size}` });
          expect(serializeAccount(account).toString('utf8')).toBe(reference(account));
          for (const [kind, at, text] of edits) {
            const people = [...account.people];
            const links = [...account.links];
            const i = at % Math.max(1, people.length);
            if (kind === 'edit' && people[i]) people[i] = { ...people[i]!, title: `${people[i]!.title}${text}` };
            if (kind === 'add') people.splice(i, 0, { ...people[i % people.length]!, id: `p_new_${at}`, name: text });
            if (kind === 'remove' && people.length > 1) people.splice(i, 1);
            if (kind === 'move' && people.length > 1) people.push(...people.splice(i, 1));
            if (kind === 'edit line' && links.length) links[at % links.length] = { ...links[at % links.length]!, note: text };
            account = { ...account, people, links };
            expect(serializeAccount(account).toString('utf8')).toBe(reference(account));
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/services/session';
import type { ContactsRead } from '../../shared/ipc/contract';
import { snapshot } from '../support/cli';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

/** At least this many malformed inputs go through the importer each run (the acceptance). */
const RUNS = 2000;

const nasty = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'hasOwnProperty',
  'toString',
  '"',
  '""',
  '"a"b"',
  '\u0000',
  '\uFEFF',
  '\r',
  '\n',
  '=1+1',
  '<script>alert(1)</script>',
  '姓名',
  '直属领导',
  'Manager',
  'ID',
  '',
  ' ',
);
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 30_000 }).map((n) => 'x'.repeat(n)) },
);
/** A cell written as CSV: bare, quoted, quoted with a missing closing quote, or with a stray quote. */
const how = fc.oneof(
  { weight: 30, arbitrary: fc.constant('bare') },
  { weight: 12, arbitrary: fc.constant('quoted') },
  { weight: 1, arbitrary: fc.constant('open') },
  { weight: 2, arbitrary: fc.constant('stray') },
);
const written = fc.tuple(cell, how).map(([c, how]) => {
  if (how === 'quoted') return `"${c.replace(/"/g, '""')}"`;
  if (how === 'open') return `"${c}`;
  if (how === 'stray') return `${c}"`;
  return c;
});
const csvText = fc
  .tuple(
    fc.array(fc.array(written, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 15 }),
    fc.constantFrom(',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([rows, sep, eol]) => rows.map((r) => r.join(sep)).join(eol));
/** The text's bytes in some encoding, sometimes mixed, sometimes cut short. */
const csvBytes = fc
  .tuple(csvText, fc.constantFrom('utf8', 'utf8bom', 'gb18030', 'utf16le', 'utf16be', 'mixed'), fc.option(fc.nat(), { nil: undefined }))
  .map(([text, enc, cut]) => {
    let bytes: Buffer;
    if (enc === 'utf8bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    else if (enc === 'gb18030') bytes = iconv.encode(text, 'gb18030');
    else if (enc === 'utf16le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    else if (enc === 'utf16be') bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]);
    else if (enc === 'mixed') bytes = Buffer.concat([Buffer.from(text.slice(0, text.length / 2)), iconv.encode(text.slice(text.length / 2), 'gb18030')]);
    else bytes = Buffer.from(text);
    return cut === undefined || bytes.length === 0 ? bytes : bytes.subarray(0, cut % bytes.length);
  });
const input = fc.record({
  bytes: fc.oneof({ weight: 6, arbitrary: csvBytes }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)) }),
  name: fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('contacts.csv', 'contacts.txt', '__proto__.csv') },
    { weight: 1, arbitrary: fc.constantFrom('contacts.xlsx', 'contacts.vcf') },
  ),
  /** Which column the names are taken from when the headers name none, and a column for the manager. */
  nameColumn: fc.nat(6),
  managerColumn: fc.option(fc.nat(6), { nil: null }),
});

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('malformed contact lists', () => {
  it(`each of ${RUNS} random files gets a clear refusal or a valid import, never a crash; nothing pollutes Object.prototype; a refused import changes nothing`, async () => {
    const dir = await tempDir();
    const s = await openSession({ workspaceDir: dir, host: new TestHost(), appDataDir: null, defaultLanguage: 'en', seedDemoIfEmpty: false, checkOutputs: true });
    await s.flush();
    const outcomes = { refusedRead: 0, refusedImport: 0, imported: 0 };
    const isClear = (e: { code: string; message: string }) => {
      expect(['invalidInput', 'notFound']).toContain(e.code);
      expect(e.message.length).toBeGreaterThan(10);
    };
    await fc.assert(
      fc.asyncProperty(input, async ({ bytes, name, nameColumn, managerColumn }) => {
        const read = await s.invoke('readContacts', { source: { from: 'bytes', name, base64: Buffer.from(bytes).toString('base64') } });
        if (!read.ok) {
          isClear(read.error);
          outcomes.refusedRead++;
          return;
        }
        const list = read.value as ContactsRead;
        const mapping = { ...list.mapping };
        if (mapping.name === null) mapping.name = Math.min(nameColumn, Math.max(0, list.headers.length - 1));
        if (mapping.manager === null && managerColumn !== null && managerColumn < list.headers.length && managerColumn !== mapping.name) {
          for (const f of ['alternateName', 'title', 'department', 'phone', 'email', 'id'] as const) if (mapping[f] === managerColumn) mapping[f] = null;
          mapping.manager = managerColumn;
        }
        const preview = await s.invoke('previewContacts', { stagingId: list.stagingId, mapping, accountName: 'Fuzz' });
        if (!preview.ok) isClear(preview.error);
        await s.flush();
        const before = await snapshot(dir);
        const done = await s.invoke('importContacts', { stagingId: list.stagingId, mapping, accountName: 'Fuzz' });
        if (!done.ok) {
          isClear(done.error);
          await s.flush();
          expect(await snapshot(dir)).toEqual(before);
          outcomes.refusedImport++;
        } else {
          outcomes.imported++;
          // Back to an empty workspace, so the next refusal is compared against a small folder.
          const { id } = (done.value as { account: { id: string } }).account;
          expect((await s.invoke('getAccount', { id })).ok).toBe(true);
          expect((await s.invoke('deleteAccount', { id })).ok).toBe(true);
          await rm(join(dir, 'trash'), { recursive: true, force: true });
          await rm(join(dir, 'backups'), { recursive: true, force: true });
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    console.log(`contacts fuzz: ${JSON.stringify(outcomes)}`);
    // The generator reaches every outcome, so no branch above goes untested.
    expect(outcomes.refusedRead).toBeGreaterThan(50);
    expect(outcomes.refusedImport).toBeGreaterThan(50);
    expect(outcomes.imported).toBeGreaterThan(50);
    await s.close();
  }, 240_000);
});

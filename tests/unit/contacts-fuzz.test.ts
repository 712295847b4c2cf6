import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/services/session';
import { readAccountFile } from '../../electron/services/store/account-file';
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
  { weight: 60, arbitrary: fc.constant('bare') },
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
/** Header rows as the known exports write them, generic ones, and Chinese ones: the recognisers and the guess both get fed. */
const headerRow = fc.oneof(
  { weight: 3, arbitrary: fc.array(written, { minLength: 0, maxLength: 7 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      [
        'First Name',
        'Middle Name',
        'Last Name',
        'Title',
        'E-mail Address',
        'Job Title',
        'Department',
        "Manager's Name",
        'Business Phone',
        'Mobile Phone',
      ],
      ['名', '中间名', '姓', '称谓', '电子邮件地址', '职务', '部门', '经理姓名', '移动电话'],
      [
        'Name',
        'Given Name',
        'Additional Name',
        'Family Name',
        'E-mail 1 - Type',
        'E-mail 1 - Value',
        'Relation 1 - Type',
        'Relation 1 - Value',
      ],
      [
        'First Name',
        'Last Name',
        'Organization Name',
        'Organization Title',
        'E-mail 1 - Value',
        'Relation 1 - Label',
        'Relation 1 - Value',
      ],
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      ['名字', '姓氏', '显示名称', '主要电子邮件', '职务', '部门'],
      ['First Name', 'Last Name', 'Account Name', 'Contact Owner', 'Title', 'Reports To'],
      ['姓名', '工号', 'UserID', '部门', '职位', '手机号', '直属主管'],
      ['姓名', '账号', '别名', '职务', '部门', '直属上级', '身份证号', '密码'],
      ['name', 'position', 'id', 'manager', 'fill', 'image'],
      ['PersonID', 'SupervisorID', 'FirstName', 'LastName'],
      ['ID', 'Boss ID', 'First Name', 'Last Name'],
      ['Name', 'Reports_To', 'Title', 'Unique_ID'],
      ['氏名', '役職', '上司'],
      ['姓名', '職稱', '主管'],
    ),
  },
);
/** Preambles above the header: LinkedIn's notes, draw.io's settings, a template's instructions. */
const preamble = fc.constantFrom<string[][]>(
  [],
  [],
  [['Notes:'], ['"When exporting, some e-mail addresses are missing."'], []],
  [['# label: %name%'], ['# connect: {"from": "manager", "to": "name"}']],
  [['填写说明：带*的为必填项']],
);
/** Values that mean something to the importer: blank-like managers, totals and notices, padded Chinese names. */
const meaningful = fc.constantFrom(
  'NULL',
  '0',
  '-',
  '—',
  'n/a',
  '无',
  '空',
  'Grand Totals (3 records)',
  'Confidential Information – Do Not Distribute',
  '合计',
  '王　伟',
  'José Müller',
  '山田太郎',
  '陳志明',
);
const dataRow = fc.array(fc.oneof({ weight: 5, arbitrary: written }, { weight: 1, arbitrary: meaningful }), {
  minLength: 1,
  maxLength: 9,
});
const csvText = fc
  .tuple(
    preamble,
    headerRow,
    fc.array(dataRow, { minLength: 1, maxLength: 14 }),
    fc.constantFrom(',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([pre, header, rows, sep, eol]) => [...pre, header, ...rows].map((r) => r.join(sep)).join(eol));
/** A vCard file: cards of random properties, charsets declared or not, nested cards, relations. */
const vcardText = fc
  .array(
    fc.array(
      fc.constantFrom(
        'FN:Ann',
        'FN;CHARSET=SHIFT_JIS:\x8eR\x93c',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E4=BC=9F;;;',
        'N;CHARSET=windows-1252:M\xfcller;J\xf6rg',
        'TITLE:CEO',
        'X-MS-MANAGER:Ann',
        'item1.X-ABRELATEDNAMES:Bob',
        'item1.X-ABLabel:_$!<Manager>!$_',
        'X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Ann;7;;;',
        'RELATED;TYPE=manager:urn:uuid:1',
        'UID:urn:uuid:1',
        'AGENT:',
        'BEGIN:VCARD',
        'END:VCARD',
        'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ',
        'NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=0D',
        ' folded',
        'NOTE;CHARSET=x-unknown:zz',
      ),
      { maxLength: 8 },
    ),
    { maxLength: 6 },
  )
  .map((cards) => cards.map((props) => ['BEGIN:VCARD', 'VERSION:2.1', ...props, 'END:VCARD'].join('\r\n')).join('\r\n'));
/** The text's bytes in some encoding, sometimes mixed, sometimes without a BOM, sometimes cut short. */
const csvBytes = fc
  .tuple(
    fc.oneof({ weight: 5, arbitrary: csvText }, { weight: 1, arbitrary: vcardText }),
    fc.constantFrom(
      'utf8',
      'utf8bom',
      'gb18030',
      'utf16le',
      'utf16be',
      'utf16le-nobom',
      'utf16be-nobom',
      'windows-1252',
      'shift_jis',
      'big5',
      'mixed',
      'latin1',
    ),
    fc.option(fc.nat(), { nil: undefined, freq: 2 }),
  )
  .map(([text, enc, cut]) => {
    let bytes: Buffer;
    if (enc === 'utf8bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    else if (enc === 'gb18030' || enc === 'windows-1252' || enc === 'shift_jis' || enc === 'big5')
      bytes = iconv.encode(text, enc);
    else if (enc === 'utf16le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    else if (enc === 'utf16be') bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]);
    else if (enc === 'utf16le-nobom') bytes = Buffer.from(text, 'utf16le');
    else if (enc === 'utf16be-nobom') bytes = iconv.encode(text, 'utf16-be');
    else if (enc === 'latin1') bytes = Buffer.from(text, 'latin1');
    else if (enc === 'mixed')
      bytes = Buffer.concat([Buffer.from(text.slice(0, text.length / 2)), iconv.encode(text.slice(text.length / 2), 'gb18030')]);
    else bytes = Buffer.from(text);
    return cut === undefined || bytes.length === 0 ? bytes : bytes.subarray(0, cut % bytes.length);
  });
const input = fc.record({
  bytes: fc.oneof(
    { weight: 6, arbitrary: csvBytes },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)) },
  ),
  name: fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('contacts.csv', 'contacts.txt', '__proto__.csv') },
    { weight: 1, arbitrary: fc.constantFrom('contacts.xlsx', 'contacts.vcf') },
  ),
  /** Which column the names are taken from when the headers name none, and a column for the manager. */
  nameColumn: fc.nat(6),
  managerColumn: fc.option(fc.nat(6), { nil: null }),
  /** Read again in another encoding or under another header row, as the mapping step lets the user. */
  revise: fc.option(
    fc.record({
      encoding: fc.option(fc.constantFrom('utf-8', 'gb18030', 'windows-1252', 'shift_jis', 'big5', 'utf-16le', 'utf-16be'), {
        nil: undefined,
      }),
      headerLine: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    }),
    { nil: null },
  ),
  /** Extra columns joined to the name (First + Last), as the mapping step's + adds them. */
  joinColumn: fc.option(fc.nat(6), { nil: null }),
});

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('malformed contact lists', () => {
  it(`each of ${RUNS} random files (CSV and vCard in twelve encodings, known export headers, preambles, read again in another encoding or header row) gets a clear refusal or a valid import, never a crash; nothing pollutes Object.prototype; a refused import changes nothing`, async () => {
    const dir = await tempDir();
    const s = await openSession({
      workspaceDir: dir,
      host: new TestHost(),
      appDataDir: null,
      defaultLanguage: 'en',
      seedDemoIfEmpty: false,
      checkOutputs: true,
    });
    await s.flush();
    const outcomes = { refusedRead: 0, refusedRevise: 0, refusedImport: 0, imported: 0, revised: 0, recognised: 0 };
    const isClear = (e: { code: string; message: string }) => {
      expect(['invalidInput', 'notFound']).toContain(e.code);
      expect(e.message.length).toBeGreaterThan(10);
    };
    await fc.assert(
      fc.asyncProperty(input, async ({ bytes, name, nameColumn, managerColumn, revise, joinColumn }) => {
        const read = await s.invoke('readContacts', {
          source: { from: 'bytes', name, base64: Buffer.from(bytes).toString('base64') },
        });
        if (!read.ok) {
          isClear(read.error);
          outcomes.refusedRead++;
          return;
        }
        let list = read.value as ContactsRead;
        if (revise) {
          const again = await s.invoke('reviseContacts', { stagingId: list.stagingId, ...revise });
          if (!again.ok) {
            isClear(again.error);
            outcomes.refusedRevise++;
            return;
          }
          list = again.value as ContactsRead;
          outcomes.revised++;
        }
        if (list.recognised) outcomes.recognised++;
        const mapping: Record<string, unknown> = { ...list.mapping };
        const used = () =>
          new Set(
            ['name', 'alternateName', 'title', 'department', 'phone', 'email', 'id', 'manager'].flatMap((f) =>
              [mapping[f]].flat().filter((c) => typeof c === 'number'),
            ),
          );
        if (mapping.name === null && mapping.nameParts === null)
          mapping.name = Math.min(nameColumn, Math.max(0, list.headers.length - 1));
        if (
          mapping.manager === null &&
          managerColumn !== null &&
          managerColumn < list.headers.length &&
          !used().has(managerColumn)
        )
          mapping.manager = managerColumn;
        if (
          joinColumn !== null &&
          joinColumn < list.headers.length &&
          !used().has(joinColumn) &&
          typeof mapping.name === 'number'
        )
          mapping.name = [mapping.name, joinColumn];
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
          // Written without a second check of the whole account (its rows were checked once): valid as read back.
          await s.flush();
          const written = await readAccountFile(join(dir, 'accounts', `${id}.json`));
          expect(written.ok ? null : written.detail).toBeNull();
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
    // Fewer than before issue 16: only a file where no row has a name is refused at import now.
    expect(outcomes.refusedImport).toBeGreaterThan(20);
    expect(outcomes.imported).toBeGreaterThan(50);
    expect(outcomes.revised).toBeGreaterThan(50);
    expect(outcomes.recognised).toBeGreaterThan(50);
    await s.close();
  }, 240_000);
});

import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readContactFile } from '../../electron/services/contacts/read';
import { ServiceError } from '../../electron/services/errors';
import { openSession } from '../../electron/services/session';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/incoming';
import type { ContactsRead } from '../../shared/ipc/contract';
import type { ContactsPreview } from '../../shared/logic/contacts';
import type { Account } from '../../shared/model/account';
import { snapshot } from '../support/cli';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/contacts');
const fixture = (name: string) => readFile(join(FIXTURES, name));
const read = (name: string, bytes: Uint8Array) => readContactFile({ name, bytes: Buffer.from(bytes) });

/** The Chinese Excel table the GB18030 fixture was written from (see tests/fixtures/contacts/README.md). */
const CHINESE_TABLE = [
  '姓名,职务,部门,手机,邮箱,直属领导,备注',
  '王建国,总经理,总经理办公室,13800000001,wangjg@hnpower.example.cn,,',
  '李红,副总经理,总经理办公室,13800000002,lihong@hnpower.example.cn,王建国,分管信息化',
];

/** Each person's manager (by name), '' for a top. */
function managers(a: Account): Record<string, string> {
  const name = new Map(a.people.map((p) => [p.id, p.name]));
  const of = new Map(a.links.filter((l) => l.kind === 'reportsTo' && !l.dotted).map((l) => [l.source, l.target]));
  return Object.fromEntries(a.people.map((p) => [p.name, of.has(p.id) ? name.get(of.get(p.id)!)! : '']));
}

async function session(host = new TestHost()) {
  const dir = await tempDir();
  const s = await openSession({
    workspaceDir: dir,
    host,
    appDataDir: null,
    defaultLanguage: 'en',
    seedDemoIfEmpty: false,
    checkOutputs: true,
  });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const reply = await s.invoke(name, input);
    if (!reply.ok) throw new ServiceError(reply.error.code, reply.error.message);
    return reply.value as T;
  };
  return { dir, s, host, call };
}

describe('reading contact files', () => {
  it('reads the GB18030 CSV of a Chinese Excel (bytes committed) into the exact tree', async () => {
    const bytes = await fixture('excel-gb18030.csv');
    expect(iconv.decode(bytes, 'gb18030').split('\r\n').slice(0, 3)).toEqual(CHINESE_TABLE);
    const { dir, call, s } = await session();
    const read = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'excel-gb18030.csv', base64: bytes.toString('base64') },
    });
    expect(read).toMatchObject({
      encoding: 'gb18030',
      format: 'csv',
      rowCount: 12,
      headers: ['姓名', '职务', '部门', '手机', '邮箱', '直属领导', '备注'],
    });
    expect(read.mapping).toMatchObject({ name: 0, title: 1, department: 2, phone: 3, email: 4, manager: 5, id: null });
    const preview = await call<ContactsPreview>('previewContacts', {
      stagingId: read.stagingId,
      mapping: read.mapping,
      accountName: '河南电力',
    });
    expect(preview.problems).toEqual([]);
    expect(preview.tree.map((l) => `${'  '.repeat(l.depth)}${l.name}`)).toEqual([
      '王建国',
      '  李红',
      '    张伟',
      '      刘洋',
      '      陈静',
      '      杨帆',
      '  赵敏',
      '    黄磊',
      '    周婷',
      '  吴刚',
      '    郑爽',
      '  孙悦',
    ]);
    const done = await call<{ account: { id: string; name: string; peopleCount: number }; imported: number }>('importContacts', {
      stagingId: read.stagingId,
      mapping: read.mapping,
      accountName: '河南电力',
    });
    expect(done).toMatchObject({ imported: 12, account: { name: '河南电力', peopleCount: 12 } });
    await s.close();
    const stored = JSON.parse(await readFile(join(dir, 'accounts', `${done.account.id}.json`), 'utf8')) as Account;
    expect(managers(stored)).toMatchObject({
      王建国: '',
      李红: '王建国',
      张伟: '李红',
      陈静: '张伟',
      周婷: '赵敏',
      郑爽: '吴刚',
      孙悦: '王建国',
    });
    const li = stored.people.find((p) => p.name === '李红')!;
    expect(li).toMatchObject({
      title: '副总经理',
      phone: '13800000002',
      email: 'lihong@hnpower.example.cn',
      dossier: { notes: '备注: 分管信息化' },
    });
    expect(stored.departments.map((d) => d.name).sort()).toEqual(['信息中心', '总经理办公室', '财务部', '采购部'].sort());
    expect(Object.keys(stored.canvas.positions)).toHaveLength(12);
  });

  it('reads UTF-8 with a BOM, UTF-16 (Excel’s "Unicode text", tab-separated) and semicolon CSV', async () => {
    const text = 'Name;Title;Manager\r\n"Ann; the boss";CEO;\r\nBob;"CTO ""tech""";Ann; the boss\r\n';
    const bom = await read('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名,职务\n张伟,主任\n')]));
    expect(bom).toMatchObject({
      encoding: 'utf-8-bom',
      table: { headers: ['姓名', '职务'], rows: [{ line: 2, cells: ['张伟', '主任'] }] },
    });
    const utf16 = await read(
      'unicode.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t职务\r\n张伟\t主任\r\n', 'utf16le')]),
    );
    expect(utf16).toMatchObject({
      encoding: 'utf-16le',
      table: { headers: ['姓名', '职务'], rows: [{ cells: ['张伟', '主任'] }] },
    });
    const semi = await read('semi.csv', Buffer.from(text));
    expect(semi.table.rows.map((r) => r.cells)).toEqual([
      ['Ann; the boss', 'CEO', ''],
      ['Bob', 'CTO "tech"', 'Ann', ' the boss'],
    ]);
  });

  it('tells UTF-16 without a byte-order mark (little- and big-endian) from its zero bytes', async () => {
    const text = '姓名\t职务\t手机\r\n张伟\t主任\t13800000001\r\n';
    const le = await read('unicode.txt', Buffer.from(text, 'utf16le'));
    expect(le).toMatchObject({
      encoding: 'utf-16le',
      detected: true,
      table: { headers: ['姓名', '职务', '手机'], rows: [{ cells: ['张伟', '主任', '13800000001'] }] },
    });
    const be = await read('unicode.txt', iconv.encode(text, 'utf16-be'));
    expect(be).toMatchObject({
      encoding: 'utf-16be',
      detected: true,
      table: { rows: [{ cells: ['张伟', '主任', '13800000001'] }] },
    });
  });

  it('counts the characters an encoding could not read, and reads the file again in the encoding the user picks, or under another header row', async () => {
    const { call } = await session();
    // A GB18030 file with one byte that is no GB18030 (0xFF): detected, read, and the damage counted.
    const bytes = Buffer.concat([
      iconv.encode('姓名,职务\r\n王建国,总经理\r\n李红,', 'gb18030'),
      Buffer.from([0xff]),
      iconv.encode('副总\r\n', 'gb18030'),
    ]);
    const damaged = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'damaged.csv', base64: bytes.toString('base64') },
    });
    expect(damaged).toMatchObject({ encoding: 'gb18030', encodingDetected: true, replaced: 1 });
    const outlook = await fixture('outlook-en.csv');
    const first = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'outlook-en.csv', base64: outlook.toString('base64') },
    });
    expect(first).toMatchObject({ encoding: 'windows-1252', replaced: 0 });
    const asUtf8 = await call<ContactsRead>('reviseContacts', { stagingId: first.stagingId, encoding: 'utf-8' });
    expect(asUtf8).toMatchObject({ encoding: 'utf-8', encodingDetected: false, recognised: 'outlook' });
    expect(asUtf8.replaced).toBeGreaterThan(0);
    expect(asUtf8.sample[0]![0]).toBe('H\uFFFDl\uFFFDne');
    const back = await call<ContactsRead>('reviseContacts', { stagingId: asUtf8.stagingId, encoding: 'windows-1252' });
    expect(back).toMatchObject({ encoding: 'windows-1252', replaced: 0 });
    expect(back.sample[0]![0]).toBe('Hélène');
    // The header row: LinkedIn's is found under its notes; another can be chosen, and the mapping is guessed anew.
    const linkedin = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'linkedin.csv', base64: (await fixture('linkedin.csv')).toString('base64') },
    });
    expect(linkedin).toMatchObject({ headerLine: 4, recognised: 'linkedin' });
    const fromTop = await call<ContactsRead>('reviseContacts', { stagingId: linkedin.stagingId, headerLine: 1 });
    expect(fromTop).toMatchObject({ headerLine: 1, headers: ['Notes:'], recognised: null });
    await expect(call('reviseContacts', { stagingId: linkedin.stagingId, headerLine: 3 })).rejects.toThrow(/has no row 3/);
  });

  it('numbers rows as Excel does, counting blank lines and multi-line cells as one row', async () => {
    const t = (await read('x.csv', Buffer.from('Name,Note\n\nAnn,"two\nlines"\nBob,x\n'))).table;
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [3, 'Ann'],
      [4, 'Bob'],
    ]);
  });

  it('reads the first sheet of an XLSX workbook, numbers and dates as text', async () => {
    const buffer = await writeExcelFile(
      [
        ['工号', '姓名', '职务', '上级工号', '入职'],
        [1001, '王建国', '总经理', null, new Date('2020-03-01T00:00:00Z')],
        [1002, '李红', '副总经理', 1001, null],
      ],
      { dateFormat: 'yyyy-mm-dd' },
    ).toBuffer();
    const staged = await read('contacts.xlsx', buffer);
    expect(staged).toMatchObject({ format: 'xlsx', table: { headers: ['工号', '姓名', '职务', '上级工号', '入职'] } });
    expect(staged.table.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1001', '王建国', '总经理', '', '2020-03-01'],
      [3, '1002', '李红', '副总经理', '1001', ''],
    ]);
  });

  it('reads vCard 2.1 (quoted-printable), 3.0 (folded lines, escapes) and 4.0 cards', async () => {
    const staged = await read('contacts.vcf', await fixture('contacts.vcf'));
    expect(staged.format).toBe('vcard');
    expect(staged.table.unit).toBe('card');
    expect(staged.table.rows.map((r) => r.cells.slice(0, 7))).toEqual([
      ['王建国', '', '总经理', '总经理办公室', '13900000001', '', ''],
      ['Li Hong', '', 'Deputy General Manager', 'Executive Office', '+86 371 6000002', 'lihong@hnpower.example.cn', '王建国'],
      ['张伟', 'Wei Zhang', '信息中心主任', '信息中心', '+86-138-0000-0003', 'zhangwei@hnpower.example.cn', 'Li Hong'],
    ]);
    expect(staged.table.rows[1]!.cells[8]).toBe('Owns IT, and the budget\nSecond line');
  });

  it('makes reporting lines from X-MANAGER, X-ASSISTANT, Android’s assistant relation, RELATED as text, and an AGENT written inline (vCard 3.0)', async () => {
    const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
    const file = [
      card('FN:Ann Boss', 'X-ASSISTANT:Sue Aide', 'AGENT:BEGIN:VCARD\\nVERSION:3.0\\nFN:Al Agent\\nEND:VCARD'),
      card('FN:Sue Aide'),
      card('FN:Bob Staff', 'X-MANAGER:Ann Boss'),
      card('FN:Cid Staff', 'RELATED;VALUE=text;TYPE=supervisor:Bob Staff'),
      card('FN:Dee Lead', 'X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Eve Help;1;;;'),
      card('FN:Eve Help'),
    ].join('\r\n');
    const staged = await read('team.vcf', Buffer.from(file));
    const byName = Object.fromEntries(staged.table.rows.map((r) => [r.cells[0], r.cells[6]]));
    expect(byName).toEqual({
      'Ann Boss': '',
      'Al Agent': 'Ann Boss',
      'Sue Aide': 'Ann Boss',
      'Bob Staff': 'Ann Boss',
      'Cid Staff': 'Bob Staff',
      'Dee Lead': '',
      'Eve Help': 'Dee Lead',
    });
    // A file of photos only is refused with a sentence that says so.
    const photos = card('PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ') + '\r\n' + card('PHOTO;VALUE=uri:https://example.com/a.jpg');
    await expect(read('photos.vcf', Buffer.from(photos))).rejects.toThrow(
      /its cards hold only photos, no names or other details/,
    );
  });

  it.each([
    ['empty.csv', Buffer.alloc(0), /is empty \(0 bytes\)/],
    ['blank.csv', Buffer.from('\r\n\r\n  \n'), /is empty/],
    ['header.csv', Buffer.from('Name,Title\r\n'), /has a header but no contacts/],
    ['cut.csv', Buffer.from('Name,Note\nAnn,"this note is cut sh'), /row 2: a quoted field is not closed/],
    ['junk.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /does not look like a text file/],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Excel workbook \(\.xls\)/],
    ['renamed.xlsx', Buffer.from('Name\nAnn\n'), /not an Excel workbook/],
    ['broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /cannot be read as an Excel workbook/],
    ['cut.vcf', Buffer.from('BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bo'), /card 2: the card is not closed/],
    ['none.vcf', Buffer.from('FN:Ann\r\n'), /holds no vCard/],
  ])('refuses %s with a clear message', async (name, bytes, message) => {
    await expect(read(name, bytes)).rejects.toThrow(message);
    await expect(read(name, bytes)).rejects.toBeInstanceOf(ServiceError);
  });

  it('refuses a 50 MB file before reading it, and a 100,000-row file with both numbers; the workspace is unchanged', async () => {
    const { dir, host, call, s } = await session();
    await s.flush();
    const before = await snapshot(dir);
    const big = join(await tempDir(), 'big.csv');
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    host.answerOpen(big);
    await expect(call('readContacts', { source: { from: 'dialog' } })).rejects.toThrow(
      /50\.0 MB; Bidmap imports files up to 30\.0 MB/,
    );
    const rows = ['Name,Manager', ...Array.from({ length: 100_000 }, (_, i) => `P${i},${i ? `P${i - 1}` : ''}`)].join('\n');
    expect(rows.length).toBeLessThan(MAX_IMPORT_BYTES);
    await expect(
      call('readContacts', { source: { from: 'bytes', name: 'many.csv', base64: Buffer.from(rows).toString('base64') } }),
    ).rejects.toThrow(/100,000 contacts; an account holds at most 20,000 people/);
    host.answerOpen(null);
    expect(await call('readContacts', { source: { from: 'dialog' } })).toBeNull();
    await s.flush();
    expect(await snapshot(dir)).toEqual(before);
  });

  it('saves the rows to fix as CSV (original columns plus the problem): rows left out and rows imported without a manager', async () => {
    const { call, host } = await session();
    const csv = 'Name,Title,Manager\nAnn,CEO,\n,Ghost,Ann\nBob,=HYPERLINK("x"),Zed\nCid,,Bob\n';
    const read = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'team.csv', base64: Buffer.from(csv).toString('base64') },
    });
    const out = join(await tempDir(), 'problems.csv');
    host.answerSave(out);
    const saved = await call<{ path: string; count: number }>('saveContactProblems', {
      stagingId: read.stagingId,
      mapping: read.mapping,
      accountName: 'Acme',
      language: 'en',
    });
    expect(saved).toEqual({ path: out, count: 2 });
    const text = await readFile(out, 'utf8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFName,Title,Manager,Problem',
      ',Ghost,Ann,no name',
      // A cell Excel would run as a formula is escaped with a quote.
      'Bob,"\'=HYPERLINK(""x"")",Zed,imported without a manager: the manager “Zed” is not in the file',
    ]);
    // Bob is imported without his unknown manager, and Cid stays under Bob.
    const imported = await call<{ imported: number; problems: number; withoutManager: number }>('importContacts', {
      stagingId: read.stagingId,
      mapping: read.mapping,
      accountName: 'Acme',
    });
    expect(imported).toMatchObject({ imported: 3, problems: 1, withoutManager: 1 });
    // Fixed (a name for the ghost), the row left out imports into the same account under Ann.
    const fixed = 'Name,Title,Manager,Problem\nGus,Ghost,Ann,no name\n';
    const again = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'fixed.csv', base64: Buffer.from(fixed).toString('base64') },
    });
    expect(again.mapping.restToNotes).toBe(true);
    const second = await call<{ imported: number; account: { peopleCount: number } }>('importContacts', {
      stagingId: again.stagingId,
      mapping: { ...again.mapping, restToNotes: false },
      accountName: 'Acme',
    });
    expect(second).toMatchObject({ imported: 1, account: { peopleCount: 4 } });
  });

  it('refuses an import where no row can be imported, writing nothing', async () => {
    const { dir, call, s } = await session();
    const read = await call<ContactsRead>('readContacts', {
      source: { from: 'bytes', name: 'bad.csv', base64: Buffer.from('Name,Manager\n,Bob\n,Ann\n').toString('base64') },
    });
    await s.flush();
    const before = await snapshot(dir);
    await expect(
      call('importContacts', { stagingId: read.stagingId, mapping: read.mapping, accountName: 'Acme' }),
    ).rejects.toThrow(/every row has a problem \(2\)/);
    await expect(
      call('previewContacts', { stagingId: read.stagingId, mapping: { ...read.mapping, name: null }, accountName: 'Acme' }),
    ).rejects.toThrow(/column that holds the names/);
    await expect(call('previewContacts', { stagingId: 'abc', mapping: read.mapping, accountName: 'Acme' })).rejects.toThrow(
      /no longer open/,
    );
    await s.flush();
    expect(await snapshot(dir)).toEqual(before);
  });
});

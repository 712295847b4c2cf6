import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../electron/cli';
import { cli, snapshot } from '../support/cli';
import { tempDir } from '../support/temp';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/contacts');
const GB18030 = resolve(FIXTURES, 'excel-gb18030.csv');

async function csv(text: string): Promise<string> {
  const path = join(await tempDir(), 'team.csv');
  await writeFile(path, text);
  return path;
}

describe('bidmap import-contacts', () => {
  it('imports a Chinese Excel CSV into a new account, and `show` lists everyone under their manager', async () => {
    const dir = await tempDir();
    const { code, out, err } = await cli('import-contacts', GB18030, '--account', '河南电力', '--workspace', dir);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(
      /Read excel-gb18030\.csv \(csv, gb18030, detected, 12 rows\)\. Columns: name ← 姓名, title ← 职务, department ← 部门, phone ← 手机, email ← 邮箱, manager ← 直属领导\./,
    );
    expect(out).toMatch(/Imported 12 people into "河南电力"/);
    const shown = await cli('show', '河南电力', '--workspace', dir);
    expect(shown.out).toContain('张伟, 信息中心主任  → 李红');
    expect(shown.out).toContain('郑爽, 预算主管  → 吴刚');
  });

  it('prints each row left out and each person imported without a manager, in the language asked, and imports everyone with a name (exit 0)', async () => {
    const dir = await tempDir();
    const file = await csv('姓名,上级\n王,\n,王\n李,赵\n');
    const { code, out, err } = await cli('import-contacts', file, '--account', 'A', '--lang', 'zh-CN', '--workspace', dir);
    expect(code).toBe(0);
    // 李's manager 赵 is not in the file: 李 is imported, without the line (issue 16: no longer left out).
    expect(err.split('\n')).toEqual(['row 3: 没有姓名', 'row 4: 导入时没有上级：直属领导“赵”不在文件中']);
    expect(out).toMatch(/Imported 2 people into "A".*1 imported without a manager, 1 row\(s\) left out/);
  });

  it('recognises an Outlook export in Windows-1252, says so, and imports a partial export whole with exit 0', async () => {
    const dir = await tempDir();
    const { code, out, err } = await cli(
      'import-contacts',
      resolve(FIXTURES, 'outlook-en.csv'),
      '--account',
      'Northwind',
      '--workspace',
      dir,
    );
    expect(code).toBe(0);
    expect(out).toContain(
      'Read outlook-en.csv (csv, windows-1252, detected, 4 rows). Recognised: Microsoft Outlook contacts (English).',
    );
    expect(out).toContain(
      'name ← First Name + Middle Name + Last Name, alternateName ← Nickname, title ← Job Title, department ← Department',
    );
    expect(err).toBe('row 2: imported without a manager: the manager “Conseil de surveillance” is not in the file');
    expect(out).toMatch(/Imported 4 people into "Northwind".*; 1 imported without a manager, 0 row\(s\) left out/);
    const shown = await cli('show', 'Northwind', '--workspace', dir);
    expect(shown.out).toContain('Jürgen Groß, Network Architect  → José María Núñez');
  });

  it('takes --map with columns joined by +, --header-row and --encoding; a wrong encoding is reported with the others to try', async () => {
    const dir = await tempDir();
    const linkedin = resolve(FIXTURES, 'linkedin.csv');
    const joined = await cli(
      'import-contacts',
      linkedin,
      '--account',
      'L',
      '--map',
      'name=Last Name+First Name,title=none',
      '--json',
      '--workspace',
      dir,
    );
    expect(joined.code).toBe(0);
    const result = JSON.parse(joined.out) as {
      imported: number;
      headerRow: number;
      mapping: Record<string, unknown>;
      recognised: string;
    };
    expect(result).toMatchObject({ imported: 3, headerRow: 4, recognised: 'linkedin', mapping: { name: [1, 0], title: null } });
    // The header row chosen by hand: the preamble's first line is no header, so no name column is found.
    const wrongRow = await cli('import-contacts', linkedin, '--account', 'L2', '--header-row', '1', '--workspace', dir);
    expect(wrongRow.code).toBe(1);
    expect(wrongRow.err).toMatch(/column that holds the names/);
    const utf8 = await cli(
      'import-contacts',
      resolve(FIXTURES, 'outlook-en.csv'),
      '--account',
      'W',
      '--encoding',
      'utf-8',
      '--json',
      '--workspace',
      dir,
    );
    const read = JSON.parse(utf8.out) as { encoding: string; replaced: number };
    // Each Windows-1252 accented letter is a byte UTF-8 cannot read.
    const accented = [...(await readFile(resolve(FIXTURES, 'outlook-en.csv')))].filter((b) => b >= 0x80).length;
    expect(read).toMatchObject({ encoding: 'utf-8', replaced: accented });
    const text = await cli(
      'import-contacts',
      resolve(FIXTURES, 'outlook-en.csv'),
      '--account',
      'W2',
      '--encoding',
      'utf8',
      '--workspace',
      dir,
    );
    expect(text.err).toMatch(
      /24 character\(s\) could not be read as utf-8: try --encoding gb18030\|windows-1252\|shift_jis\|big5\|utf-16le\|utf-16be/,
    );
    expect((await cli('import-contacts', linkedin, '--account', 'X', '--encoding', 'latin9', '--workspace', dir)).code).toBe(2);
    expect((await cli('import-contacts', linkedin, '--account', 'X', '--header-row', 'two', '--workspace', dir)).code).toBe(2);
  });

  it('takes --map by header text or column number, over the guess', async () => {
    const dir = await tempDir();
    const file = await csv('Who,Boss,Extra\nAnn,,x\nBob,Ann,y\n');
    const { code, out } = await cli(
      'import-contacts',
      file,
      '--account',
      'A',
      '--map',
      'name=who,manager=2,rest=ignore',
      '--json',
      '--workspace',
      dir,
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as { imported: number; mapping: Record<string, unknown> };
    expect(result).toMatchObject({ imported: 2, mapping: { name: 0, manager: 1, restToNotes: false } });
    const shown = await cli('show', 'A', '--workspace', dir);
    expect(shown.out).toContain('Bob  → Ann');
    expect(shown.out).not.toContain('Extra');
  });

  it('adds to an existing account of that name, skipping people already there', async () => {
    const dir = await tempDir();
    await cli('import-contacts', await csv('Name\nAnn\n'), '--account', 'A', '--workspace', dir);
    const second = await cli('import-contacts', await csv('Name,Manager\nAnn,\nBob,Ann\n'), '--account', 'A', '--workspace', dir);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/row 2: Ann is already in the account; skipped/);
    const list = JSON.parse((await cli('list', '--json', '--workspace', dir)).out) as { name: string; people: number }[];
    expect(list).toEqual([expect.objectContaining({ name: 'A', people: 2 })]);
  });

  it('exits 1 and writes nothing when no row imports or the file is refused; 2 for a usage error', async () => {
    const dir = await tempDir();
    await cli('import-contacts', await csv('Name\nAnn\n'), '--account', 'A', '--workspace', dir);
    const before = await snapshot(dir);
    const none = await cli('import-contacts', await csv('Name,Manager\n,Cid\n,Bob\n'), '--account', 'A', '--workspace', dir);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/row 2: no name[\s\S]*Nothing was imported: every row has a problem/);
    const empty = await cli('import-contacts', await csv(''), '--account', 'A', '--workspace', dir);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/team\.csv" is empty/);
    expect(await snapshot(dir)).toEqual(before);
    expect((await cli('import-contacts', await csv('Name\nAnn\n'), '--workspace', dir)).code).toBe(2);
    const badMap = await cli(
      'import-contacts',
      await csv('Name\nAnn\n'),
      '--account',
      'A',
      '--map',
      'boss=1',
      '--workspace',
      dir,
    );
    expect(badMap.code).toBe(2);
    expect(badMap.err).toMatch(/unknown field "boss"/);
    expect(HELP).toMatch(/import-contacts FILE --account NAME/);
  });
});

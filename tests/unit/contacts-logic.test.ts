import { describe, expect, it } from 'vitest';
import {
  ContactFileError,
  ContactMapping,
  describeProblem,
  describeWarning,
  guessMapping,
  MAX_CONTACT_ROWS,
  planContacts,
  previewOf,
  type ContactMappingInput,
  type ContactTable,
} from '../../shared/logic/contacts';
import { STRINGS } from '../../shared/i18n';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';

const NOW = '2026-11-23T10:00:00.000Z';
/** A table from a header and rows of cells; row numbers as Excel shows them (header = 1). */
const table = (headers: string[], ...rows: string[][]): ContactTable => ({
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  unit: 'row',
  headerLine: 1,
});
const mapping = (m: ContactMappingInput) => ContactMapping.parse(m);
const plan = (t: ContactTable, m = guessMapping(t.headers), existing: Account | null = null) =>
  planContacts(t, m, { existing, accountName: 'Acme', now: NOW });
/** Each person's manager's name ('' for a top), by name. */
const managers = (a: Account) => {
  const name = new Map(a.people.map((p) => [p.id, p.name]));
  const of = new Map(a.links.filter((l) => l.kind === 'reportsTo').map((l) => [l.source, l.target]));
  return Object.fromEntries(a.people.map((p) => [p.name, of.has(p.id) ? name.get(of.get(p.id)!)! : '']));
};

describe('guessing columns from headers', () => {
  it('reads English headers whatever their case, spacing and punctuation', () => {
    const m = guessMapping([
      'Full Name',
      'Job Title',
      'DEPT.',
      'Mobile phone',
      'E-mail',
      'Employee ID',
      'Reports to',
      'Favourite food',
    ]);
    expect(m).toMatchObject({ name: 0, title: 1, department: 2, phone: 3, email: 4, id: 5, manager: 6, alternateName: null });
  });

  it('reads Chinese headers and their synonyms (full-width brackets too)', () => {
    expect(guessMapping(['姓名', '职务', '部门', '手机', '邮箱', '直属领导'])).toMatchObject({
      name: 0,
      title: 1,
      department: 2,
      phone: 3,
      email: 4,
      manager: 5,
    });
    expect(guessMapping(['名字', '岗位', '科室', '手机号', '电子邮件', '汇报对象', '工号', '英文名'])).toMatchObject({
      name: 0,
      title: 1,
      department: 2,
      phone: 3,
      email: 4,
      manager: 5,
      id: 6,
      alternateName: 7,
    });
    expect(guessMapping(['员工姓名', '职位（现任）', '上级工号'])).toMatchObject({ name: 0, title: 1, manager: 2 });
  });

  it('gives a manager column to the manager even when it names another field ("Manager name", "上级领导姓名")', () => {
    expect(guessMapping(['Name', 'Manager name'])).toMatchObject({ name: 0, manager: 1 });
    expect(guessMapping(['上级领导姓名', '姓名'])).toMatchObject({ name: 1, manager: 0 });
  });

  it('leaves a field without a column when no header names it, and never uses a column twice', () => {
    const m = guessMapping(['__proto__', 'constructor', 'Name', 'Name']);
    expect(m).toMatchObject({ name: 2, title: null, manager: null, id: null });
  });

  it('refuses a mapping that puts two fields in one column', () => {
    expect(() => mapping({ name: 0, title: 0 })).toThrow(/one field/);
  });
});

describe('turning rows into a chart', () => {
  const headers = ['Name', 'Title', 'Department', 'Manager'];

  it('links each person to their manager by name and makes departments once each', () => {
    const p = plan(
      table(
        headers,
        ['Ann', 'CEO', 'Board', ''],
        ['Bob', 'CTO', 'IT', 'Ann'],
        ['Cid', 'Dev', 'IT', 'Bob'],
        ['Dee', 'CFO', 'Finance', 'Ann'],
      ),
    );
    expect(p.problems).toEqual([]);
    expect(managers(p.account)).toEqual({ Ann: '', Bob: 'Ann', Cid: 'Bob', Dee: 'Ann' });
    expect(p.account.departments.map((d) => d.name)).toEqual(['Board', 'IT', 'Finance']);
    const it = p.account.departments.find((d) => d.name === 'IT')!.id;
    expect(p.account.people.filter((x) => x.departmentId === it).map((x) => x.name)).toEqual(['Bob', 'Cid']);
    expect(() => Account.parse(p.account)).not.toThrow();
    // Laid out by the canvas's tree layout: the manager sits above the staff.
    const pos = p.account.canvas.positions;
    const id = (n: string) => p.account.people.find((x) => x.name === n)!.id;
    expect(pos[id('Ann')]!.y).toBeLessThan(pos[id('Bob')]!.y);
    expect(pos[id('Bob')]!.y).toBeLessThan(pos[id('Cid')]!.y);
  });

  it('finds the manager by the id column first, then by name', () => {
    const t = table(
      ['工号', '姓名', '上级'],
      ['001', '王', ''],
      ['002', '李', '001'],
      ['003', '002', '王'],
      ['004', '赵', '002'],
    );
    const p = plan(t);
    // "002" in the manager column is 李's id, though 003 is also called "002".
    expect(managers(p.account)).toEqual({ 王: '', 李: '王', '002': '王', 赵: '李' });
  });

  it('keeps every row that can be a person: a manager not found, ambiguous or in a loop costs the line and is listed as a warning', () => {
    const t = table(
      headers,
      ['Ann', 'CEO', '', ''], // row 2
      ['', 'Ghost', '', 'Ann'], // row 3: no name, the only row left out
      ['Bob', 'CTO', '', 'Zed'], // row 4: unknown manager
      ['Cid', '', '', 'Dan'], // row 5: loop Cid → Dan → Cid
      ['Dan', '', '', 'Cid'], // row 6
      ['Eve', '', '', 'Bob'], // row 7: under Bob, who is imported
      ['Kim', '', '', 'Ann'], // row 8
      ['Kim', '', '', 'Ann'], // row 9: same name twice is fine…
      ['Lou', '', '', 'Kim'], // row 10: …but not as a manager
      ['Max', '', '', 'Max'], // row 11: own manager
    );
    const p = plan(t);
    expect(p.problems).toEqual([{ line: 3, code: 'missingName' }]);
    expect(p.warnings).toEqual([
      { line: 4, code: 'unknownManager', manager: 'Zed' },
      { line: 5, code: 'cycle', lines: [5, 6] },
      { line: 10, code: 'ambiguousManager', manager: 'Kim', lines: [8, 9] },
      { line: 11, code: 'cycle', lines: [11] },
    ]);
    expect(p.withoutManager).toBe(4);
    expect(p.added.map((a) => a.line)).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11]);
    // The loop is opened at its first row: Dan stays under Cid.
    expect(managers(p.account)).toMatchObject({ Bob: '', Cid: '', Dan: 'Cid', Eve: 'Bob', Lou: '', Max: '' });
    expect(describeProblem(p.problems[0]!, STRINGS.en.contacts)).toBe('no name');
    expect(describeWarning(p.warnings[0]!, STRINGS.en.contacts)).toBe(
      'imported without a manager: the manager “Zed” is not in the file',
    );
    expect(describeWarning(p.warnings[1]!, STRINGS['zh-CN'].contacts)).toBe(
      '导入时没有上级：上下级关系绕成了一个圈（第 5, 6 行）',
    );
    expect(previewOf(p)).toMatchObject({ importable: 9, withoutManager: 4, problemCount: 1, warningCount: 4 });
  });

  it('reads NULL, 0, a dash, n/a, 无 and 空 in the manager column as no manager, without a warning', () => {
    const blanks = ['NULL', 'null', '0', '-', '—', 'n/a', '无', '空', 'none', ' N/A '];
    const p = plan(table(['Name', 'Manager'], ['Ann', ''], ...blanks.map((b, i) => [`P${i}`, b])));
    expect(p.warnings).toEqual([]);
    expect(p.added).toHaveLength(blanks.length + 1);
    expect(p.account.links).toEqual([]);
  });

  it('keeps the people under a manager who is missing from a partial export: the subtree stays whole, only its top loses the line', () => {
    const rows = [['CEO', '']];
    for (let d = 0; d < 3; d++) {
      rows.push([`Director ${d}`, d === 1 ? 'Missing VP' : 'CEO']);
      for (let s = 0; s < 4; s++) rows.push([`Staff ${d}.${s}`, `Director ${d}`]);
    }
    const p = plan(table(['Name', 'Manager'], ...rows));
    expect(p.added).toHaveLength(rows.length);
    expect(p.withoutManager).toBe(1);
    expect(p.warnings).toEqual([{ line: 8, code: 'unknownManager', manager: 'Missing VP' }]);
    expect(managers(p.account)['Staff 1.3']).toBe('Director 1');
  });

  it('imports both rows of a duplicated id and warns; a manager given by that id is ambiguous, so that row comes without its line', () => {
    const t = table(['ID', 'Name', 'Manager'], ['1', 'Ann', ''], ['2', 'Bob', '1'], ['2', 'Bea', '1'], ['3', 'Cid', '2']);
    const p = plan(t);
    expect(p.problems).toEqual([]);
    expect(p.warnings).toEqual([
      { line: 3, code: 'duplicateId', id: '2', lines: [3, 4] },
      { line: 4, code: 'duplicateId', id: '2', lines: [3, 4] },
      { line: 5, code: 'ambiguousManager', manager: '2', lines: [3, 4] },
    ]);
    expect(managers(p.account)).toEqual({ Ann: '', Bob: 'Ann', Bea: 'Ann', Cid: '' });
    // Where no manager refers to ids, a duplicate costs nothing but the warning.
    const names = plan(table(['ID', 'Name', 'Manager'], ['7', 'Ann', ''], ['7', 'Bob', 'Ann']));
    expect(managers(names.account)).toEqual({ Ann: '', Bob: 'Ann' });
    expect(names.warnings.map((w) => w.code)).toEqual(['duplicateId', 'duplicateId']);
  });

  it('keeps markup and scripts in names as plain text, and odd headers as text in the notes', () => {
    const t = table(['Name', '__proto__', 'constructor'], ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'x']);
    const p = plan(t);
    expect(p.account.people[0]!.name).toBe('<script>alert(1)</script>');
    expect(p.account.people[0]!.dossier.notes).toBe('__proto__: <img src=x onerror=alert(1)>\nconstructor: x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const ignoring = planContacts(t, mapping({ name: 0, restToNotes: false }), { existing: null, accountName: 'A', now: NOW });
    expect(ignoring.account.people[0]!.dossier.notes).toBe('');
  });

  it('cuts a value longer than the model allows and says so, keeping the person', () => {
    const p = plan(table(['Name', 'Title'], ['Ann', 'x'.repeat(301)], ['Bob', 'ok']));
    expect(p.problems).toEqual([]);
    expect(p.warnings).toEqual([{ line: 2, code: 'cut', field: 'title', max: 300 }]);
    expect(p.account.people[0]!.title).toHaveLength(300);
  });

  it('refuses more rows than an account holds, giving both numbers, before building anything', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`P${i}`]);
    expect(() => plan(table(['Name'], ...rows))).toThrow(ContactFileError);
    expect(() => plan(table(['Name'], ...rows))).toThrow(/100,000 contacts.*at most 20,000/);
    expect(MAX_CONTACT_ROWS).toBe(20_000);
  });

  it('adds to an existing account: people already there are skipped, and may be managers', () => {
    const existing = Account.parse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'a1',
      name: 'Acme',
      createdAt: NOW,
      updatedAt: NOW,
      people: [{ id: 'ann', name: 'Ann' }],
      departments: [{ id: 'it', name: 'IT' }],
      canvas: { positions: { ann: { x: 0, y: 0 } } },
    });
    const p = plan(
      table(headers, ['Ann', 'CEO', '', ''], ['Bob', 'CTO', 'IT', 'Ann'], ['Cid', '', 'IT', 'Bob']),
      undefined,
      existing,
    );
    expect(p.skipped).toEqual([{ line: 2, name: 'Ann' }]);
    expect(managers(p.account)).toEqual({ Ann: '', Bob: 'Ann', Cid: 'Bob' });
    expect(p.departmentsAdded).toBe(0);
    expect(p.account.people.find((x) => x.name === 'Bob')!.departmentId).toBe('it');
    expect(p.account.canvas.positions.ann).toEqual({ x: 0, y: 0 });
    const preview = previewOf(p);
    expect(preview.tree.map((l) => [l.depth, l.name, l.under])).toEqual([
      [0, 'Bob', 'Ann'],
      [1, 'Cid', null],
    ]);
  });
});

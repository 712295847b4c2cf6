import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContactFile } from '../../electron/services/contacts/read';
import { openSession } from '../../electron/services/session';
import type { ContactsRead } from '../../shared/ipc/contract';
import { planContacts, type ContactPlan, type KnownFormat, type TextEncoding } from '../../shared/logic/contacts';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/contacts');

/** Each person as "name | title | department | e-mail | phone → manager", in the file's order. */
function people(plan: ContactPlan): string[] {
  const { account } = plan;
  const name = new Map(account.people.map((p) => [p.id, p.name]));
  const department = new Map(account.departments.map((d) => [d.id, d.name]));
  const manager = new Map(account.links.filter((l) => l.kind === 'reportsTo').map((l) => [l.source, l.target]));
  return account.people.map((p) => {
    const m = manager.get(p.id);
    return `${p.name} | ${p.title} | ${p.departmentId ? department.get(p.departmentId) : ''} | ${p.email} | ${p.phone}${m ? ` → ${name.get(m)}` : ''}`;
  });
}

interface Case {
  file: string;
  encoding: TextEncoding | 'binary';
  detected?: boolean;
  recognised: KnownFormat | null;
  headerLine: number;
  people: string[];
  warnings?: string[];
  problems?: string[];
  notPeople?: string[];
  ignored?: string[];
  /** A person's notes, exactly. */
  notes?: [string, string];
}

const CASES: Case[] = [
  {
    file: 'outlook-en.csv',
    encoding: 'windows-1252',
    detected: true,
    recognised: 'outlook',
    headerLine: 1,
    people: [
      'Hélène Lefèvre | Directrice générale | Direction | helene.lefevre@northwind.example | +33 4 72 00 00 01',
      'José María Núñez | Head of IT | IT | jose.nunez@northwind.example | +33 6 00 00 00 02 → Hélène Lefèvre',
      'Jürgen Groß | Network Architect | IT | j.gross@northwind.example | +33 4 72 00 00 03 → José María Núñez',
      'Zoë Brontë | Procurement Lead | Purchasing | zoe.bronte@northwind.example |  → Hélène Lefèvre',
    ],
    warnings: ['2 unknownManager Conseil de surveillance'],
  },
  {
    file: 'outlook-zh.csv',
    encoding: 'gb18030',
    detected: true,
    recognised: 'outlookZh',
    headerLine: 1,
    people: [
      '王建国 | 总经理 | 总经理办公室 | wangjg@zyny.example.cn | 13800000001',
      '李红 | 副总经理 | 总经理办公室 | lihong@zyny.example.cn | 0371-60000002 → 王建国',
      '张伟 | 信息中心主任 | 信息中心 | zhangwei@zyny.example.cn | 13800000003 → 李红',
      'David Chen | 技术顾问 | 信息中心 | david.chen@zyny.example.cn |  → 张伟',
    ],
    notes: ['王建国', '称谓: 先生\n单位: 中原能源集团\n商务地址 市/县: 郑州\n附注: 分管全面工作'],
  },
  {
    file: 'google-old.csv',
    encoding: 'utf-8',
    recognised: 'googleOld',
    headerLine: 1,
    people: [
      'Amelia Hart | Chief Operating Officer | Operations | amelia.hart@contoso.example | +44 20 7946 0001',
      'Ravi K. Menon | Head of Payments | Operations | ravi.menon@contoso.example | +44 7700 900002 → Amelia Hart',
      'Lena Fischer | Payments Analyst | Operations | lena.fischer@contoso.example | ',
    ],
  },
  {
    file: 'google.csv',
    encoding: 'utf-8',
    recognised: 'google',
    headerLine: 1,
    people: [
      'Grace Okafor | Chief Medical Officer | Clinical | grace.okafor@fabrikam.example | +1 206 555 0101',
      'Tomás Ruiz | Head of Radiology | Clinical | tomas.ruiz@fabrikam.example | +1 206 555 0102 → Grace Okafor',
      'Mei Tanaka | Radiographer | Clinical | mei.tanaka@fabrikam.example |  → Tomás Ruiz',
    ],
  },
  {
    file: 'linkedin-old.csv',
    encoding: 'utf-8',
    recognised: 'linkedinOld',
    headerLine: 1,
    people: ['Priya Raman | VP Engineering |  | priya.raman@tailspin.example | ', 'Marco Bianchi | Engineering Manager |  |  | '],
    notes: ['Priya Raman', 'Company: Tailspin Toys\nConnected On: 12 Mar 2019'],
  },
  {
    file: 'linkedin.csv',
    encoding: 'utf-8',
    recognised: 'linkedin',
    headerLine: 4,
    people: [
      'Priya Raman | VP Engineering |  | priya.raman@tailspin.example | ',
      'Marco Bianchi | Engineering Manager |  |  | ',
      '李明 | Staff Engineer |  |  | ',
    ],
  },
  {
    file: 'thunderbird-en.csv',
    encoding: 'utf-8',
    recognised: 'thunderbird',
    headerLine: 1,
    people: [
      'Olivia Brandt (CFO) | Chief Financial Officer | Finance | olivia.brandt@adventure.example | +49 30 0000 001',
      'Karl Weber | Controller | Finance | karl.weber@adventure.example | +49 170 0000 002',
    ],
  },
  {
    file: 'thunderbird-zh.csv',
    encoding: 'gb18030',
    detected: true,
    recognised: 'thunderbirdZh',
    headerLine: 1,
    people: [
      '陈静（采购） | 采购部经理 | 采购部 | chenjing@hnsteel.example.cn | 13900000011',
      // Only a display name: imported (the issue's "left out" case).
      '周婷 | 采购专员 | 采购部 | zhouting@hnsteel.example.cn | 0371-60000012',
      // No display name: 姓 + 名, family name first, no space.
      '黄磊 | 招标主管 | 采购部 | huanglei@hnsteel.example.cn | ',
    ],
  },
  {
    file: 'salesforce-report.csv',
    encoding: 'windows-1252',
    detected: true,
    recognised: 'salesforce',
    headerLine: 1,
    people: [
      'Ingrid Sørensen | CIO | IT | ingrid.sorensen@litware.example | +1 415 555 0101',
      'Noé Garçon | Director of Infrastructure | IT | noe.garcon@litware.example | +1 415 555 0199 → Ingrid Sørensen',
      'Ade Bello | Security Lead | IT | ade.bello@litware.example | +1 415 555 0103 → Noé Garçon',
      'Rosa Lind | Buyer | Procurement | rosa.lind@litware.example | +1 415 555 0104',
    ],
    notPeople: [
      '7 total Grand Totals (4 records)',
      '9 notice Confidential Information – Do Not Distribute',
      '10 notice Copyright © 2000-2026 salesforce.com, inc. All rights reserved.',
    ],
  },
  {
    file: 'dingtalk.xlsx',
    encoding: 'binary',
    recognised: 'dingtalk',
    headerLine: 2,
    people: [
      '刘洋 | 总裁 | 总裁办 | liuyang@example.cn | 13700000001',
      '杨帆 | 信息化部部长 | 总裁办-信息化部 | yangfan@hnwater.example.cn | 13700000002 → 刘洋',
      '郑爽 | 系统管理员 | 总裁办-信息化部 | zhengshuang@hnwater.example.cn | 13700000003 → 杨帆',
      '吴刚 | 财务经理 | 财务部 | wugang@hnwater.example.cn | 13700000004 → 刘洋',
      '孙悦 | 会计 | 财务部 | sunyue@hnwater.example.cn |  → 吴刚',
    ],
  },
  {
    file: 'wecom.xlsx',
    encoding: 'binary',
    recognised: 'wecom',
    headerLine: 2,
    people: [
      '赵敏 | 总经理 | 河南燃气/总经理办公室 | zhaomin@hngas.example.cn | 13600000001',
      '钱进 | 副总经理 | 河南燃气/总经理办公室 | qianjin@hngas.example.cn | 13600000002 → 赵敏',
      '孙丽 | 客服主管 | 河南燃气/客服中心 | sunli@mail.example.cn | 0371-6000003 → 钱进',
      '周强 | 客服专员 | 河南燃气/客服中心 | zhouqiang@hngas.example.cn | 13600000004',
    ],
    warnings: ['6 unknownManager nobody'],
    ignored: ['身份证号', '登录密码'],
    notes: ['钱进', '性别: 男\n地址: 郑州'],
  },
  {
    file: 'drawio.csv',
    encoding: 'utf-8',
    recognised: 'drawio',
    headerLine: 18,
    people: [
      'Tessa Vance | CFO |  | tessa@example.com | ',
      'Edgar Moss | Brand Manager |  | edgar@example.com |  → Tessa Vance',
      'Alina Dorn | System Admin |  | alina@example.com |  → Tessa Vance',
      'Evan Pike | HR Director |  | evan@example.com |  → Tessa Vance',
    ],
  },
  {
    file: 'orgchartnow.csv',
    encoding: 'utf-8',
    recognised: 'orgchartNow',
    headerLine: 1,
    people: [
      'Nora Quinn | President | Executive | nora.quinn@wingtip.example | 555-0100',
      'Owen Park | VP Sales | Sales | owen.park@wingtip.example | 555-0110 → Nora Quinn',
      'Ivy Chen | Account Executive | Sales | ivy.chen@wingtip.example | 555-0111 → Owen Park',
      'Luis Vega | VP Operations | Operations | luis.vega@wingtip.example |  → Nora Quinn',
      'Ada Stone | Ops Analyst | Operations | ada.stone@wingtip.example | ',
    ],
    warnings: ['6 unknownManager 999'],
  },
  {
    file: 'organimi.csv',
    encoding: 'utf-8-bom',
    recognised: 'organimi',
    headerLine: 1,
    people: [
      'Hana Sato | Managing Director | Board | hana.sato@coho.example | +81 3 0000 0001',
      'Kenji Mori | Finance Director | Finance | kenji.mori@coho.example | +81 3 0000 0002 → Hana Sato',
      'Yui Abe | Accountant | Finance | yui.abe@coho.example |  → Kenji Mori',
      'Riku Ito | IT Director | IT | riku.ito@coho.example |  → Hana Sato',
    ],
  },
  {
    file: 'visio-utf16.txt',
    encoding: 'utf-16le',
    detected: true,
    recognised: 'visio',
    headerLine: 1,
    people: [
      'Clara Voss | CEO | Executive |  | x100',
      'Tim Berg | CTO | Technology |  | x110 → Clara Voss',
      'Anke Roth | Developer | Technology |  | x111 → Tim Berg',
      'Paul Ness | Developer | Technology |  | x112 → Tim Berg',
    ],
  },
  {
    file: 'excel-shift-jis.csv',
    encoding: 'shift_jis',
    detected: true,
    recognised: null,
    headerLine: 1,
    people: [
      '山田太郎 | 代表取締役 | 経営企画部 | yamada@example.jp | ',
      '佐藤花子 | 部長 | 営業部 | sato@example.jp |  → 山田太郎',
      '鈴木一郎 | 課長 | 営業部 | suzuki@example.jp |  → 佐藤花子',
    ],
  },
  {
    file: 'excel-big5.csv',
    encoding: 'big5',
    detected: true,
    recognised: null,
    headerLine: 1,
    people: [
      '陳志明 | 總經理 | 總經理室 | chen@example.tw | ',
      '林美玲 | 資訊部經理 | 資訊部 | lin@example.tw |  → 陳志明',
      '黃國華 | 採購專員 | 採購部 | huang@example.tw |  → 林美玲',
    ],
  },
  {
    file: 'hr-export.csv',
    encoding: 'utf-8-bom',
    recognised: null,
    headerLine: 1,
    people: [
      // Names padded with spaces to line up are kept without them.
      '王建国 | 董事长 | 董事会 | wjg@hnrail.example.cn | 13500000001',
      '李红 | 总经理 | 总经理办公室 | lh@hnrail.example.cn | 13500000002 → 王建国',
      // E99 is not in this export: 张伟 comes without a manager, and his staff stay under him.
      '张伟 | 信息中心主任 | 信息中心 | zw@hnrail.example.cn | 13500000003',
      '刘洋 | 系统工程师 | 信息中心 | ly@hnrail.example.cn | 13500000004 → 张伟',
      '陈静 | 会计 | 财务部 | cj@hnrail.example.cn | 13500000005',
      '杨帆 | 出纳 | 财务部 | yf@hnrail.example.cn | ',
    ],
    warnings: ['4 unknownManager E99'],
    notPeople: ['9 total 合计：6 人', '10 notice 本表仅供内部使用，严禁外传'],
    ignored: ['身份证号', '密码'],
    notes: ['李红', ''],
  },
  {
    file: 'northwind-employees.csv',
    encoding: 'utf-8',
    recognised: null,
    headerLine: 1,
    people: [
      'Nancy Davolio | Sales Representative |  |  | (206) 555-9857 → Andrew Fuller',
      'Andrew Fuller | Vice President, Sales |  |  | (206) 555-9482',
      'Janet Leverling | Sales Representative |  |  | (206) 555-3412 → Andrew Fuller',
      'Steven Buchanan | Sales Manager |  |  | (71) 555-4848 → Andrew Fuller',
      'Michael Suyama | Sales Representative |  |  | (71) 555-7773 → Steven Buchanan',
    ],
  },
  {
    file: 'apple.vcf',
    encoding: 'utf-8',
    recognised: 'vcardApple',
    headerLine: 0,
    people: [
      'Margaret Whitfield | Chief Executive | Executive Office | m.whitfield@blueyonder.example | +1 (425) 555-0100',
      // Margaret's card names Oscar as her assistant.
      'Oscar Lind | Executive Assistant | Executive Office | o.lind@blueyonder.example |  → Margaret Whitfield',
      'Rafael Diaz | VP Flight Operations | Flight Operations |  | +1 (425) 555-0102 → Margaret Whitfield',
      '周立 | 机长 | Flight Operations |  |  → Rafael Diaz',
    ],
    problems: ['5 photoOnly'],
  },
  {
    file: 'android.vcf',
    encoding: 'shift_jis',
    detected: true,
    recognised: 'vcardAndroid',
    headerLine: 0,
    people: [
      '马丽 | 调度中心主任 | 调度中心 | mali@hngrid.example.cn | 139-0000-0021',
      '胡军 | 值班长 |  |  | 139-0000-0022 → 马丽',
      // The card nested in 胡军's as his AGENT.
      '宋佳 |  |  |  | 0371-6000023 → 胡军',
      // CHARSET=SHIFT_JIS, not quoted-printable.
      '高橋美由紀 | 技術顧問 |  |  | 090-0000-0024',
    ],
    warnings: ['4 unknownManager Ma Li'],
  },
  {
    file: 'outlook-2003.vcf',
    encoding: 'windows-1252',
    detected: true,
    recognised: 'vcardOutlook',
    headerLine: 0,
    people: [
      'Jörg Müller | Leiter Einkauf | Einkauf | joerg.mueller@fourthcoffee.example | +49 89 0000 0031',
      'Sven Kühn | Einkäufer | Einkauf | sven.kuehn@fourthcoffee.example |  → Jörg Müller',
    ],
    warnings: ['1 unknownManager Bärbel Schäfer'],
    notes: ['Jörg Müller', 'Organization: Fourth Coffee\nNote: Met at the fair.\n\nWants a pilot in Q2.'],
  },
  {
    file: 'vcard4.vcf',
    encoding: 'utf-8',
    recognised: null,
    headerLine: 0,
    people: [
      'Sofia Almeida | Chief Technology Officer | Technology | sofia.almeida@woodgrove.example | ',
      // RELATED;TYPE=manager by UID.
      'Hugo Brandt | Platform Lead | Technology |  |  → Sofia Almeida',
      // RELATED;VALUE=text;TYPE=x-assistant on Sofia's card.
      'Pia Holm | Executive Assistant | Technology |  |  → Sofia Almeida',
    ],
  },
];

describe('contact exports as the tools write them (tests/fixtures/contacts)', () => {
  it.each(CASES)('$file: recognised, decoded and imported with its people, lines, warnings and skipped rows', async (c) => {
    const staged = await readContactFile({ name: c.file, bytes: await readFile(join(FIXTURES, c.file)) });
    expect({
      encoding: staged.encoding,
      detected: staged.detected,
      recognised: staged.recognised,
      headerLine: staged.table.headerLine,
      replaced: staged.replaced,
    }).toEqual({
      encoding: c.encoding,
      detected: c.detected ?? false,
      recognised: c.recognised,
      headerLine: c.headerLine,
      replaced: 0,
    });
    const plan = planContacts(staged.table, staged.mapping, {
      existing: null,
      accountName: c.file,
      now: '2026-12-07T10:00:00.000Z',
    });
    expect(people(plan)).toEqual(c.people);
    expect(plan.warnings.map((w) => `${w.line} ${w.code} ${'manager' in w ? w.manager : ''}`.trim())).toEqual(c.warnings ?? []);
    expect(plan.withoutManager).toBe((c.warnings ?? []).length);
    expect(plan.problems.map((p) => `${p.line} ${p.code}`)).toEqual(c.problems ?? []);
    expect(plan.notPeople.map((n) => `${n.line} ${n.reason} ${n.text}`)).toEqual(c.notPeople ?? []);
    expect(plan.ignoredColumns).toEqual(c.ignored ?? []);
    if (c.notes) expect(plan.account.people.find((p) => p.name === c.notes![0])!.dossier.notes).toBe(c.notes[1]);
    // Sensitive values never reach a note.
    for (const p of plan.account.people) expect(p.dossier.notes).not.toMatch(/密码|身份证|Passw0rd|410100/);
  });

  it('says in the mapping step which export it recognised, through the app’s own call', async () => {
    const s = await openSession({
      workspaceDir: await tempDir(),
      host: new TestHost(),
      appDataDir: null,
      defaultLanguage: 'en',
      seedDemoIfEmpty: false,
      checkOutputs: true,
    });
    const read = async (file: string) => {
      const reply = await s.invoke('readContacts', {
        source: { from: 'bytes', name: file, base64: (await readFile(join(FIXTURES, file))).toString('base64') },
      });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as ContactsRead;
    };
    const outlook = await read('outlook-en.csv');
    expect(outlook).toMatchObject({
      recognised: 'outlook',
      encoding: 'windows-1252',
      encodingDetected: true,
      replaced: 0,
      headerLine: 1,
    });
    // Job Title (not Title, the courtesy title), the three name parts joined, Mobile Phone then the business phones.
    expect(outlook.headers[outlook.mapping.title as number]).toBe('Job Title');
    expect((outlook.mapping.name as number[]).map((c) => outlook.headers[c])).toEqual(['First Name', 'Middle Name', 'Last Name']);
    const linkedin = await read('linkedin.csv');
    expect(linkedin).toMatchObject({ recognised: 'linkedin', headerLine: 4 });
    expect(linkedin.headerChoices.map((h) => h.line)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(linkedin.sample[0]!.slice(0, 2)).toEqual(['Priya', 'Raman']);
    await s.close();
  });
});

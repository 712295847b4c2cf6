import { z } from 'zod';
import { asColumns, ContactMapping, MAPPED_FIELDS, type MappedField } from './mapping';

/**
 * Exports Bidmap recognises by their headers (CSV or XLSX), and vCard flavours recognised by
 * their properties. Each one's mapping joins the name parts, takes value columns over label
 * columns, the job title over the courtesy title, and the display name where there is one.
 */
export const KNOWN_FORMATS = [
  'outlook',
  'outlookZh',
  'googleOld',
  'google',
  'linkedinOld',
  'linkedin',
  'thunderbird',
  'thunderbirdZh',
  'salesforce',
  'dingtalk',
  'wecom',
  'drawio',
  'orgchartNow',
  'organimi',
  'visio',
  'vcardApple',
  'vcardAndroid',
  'vcardOutlook',
] as const;
export const KnownFormat = z.enum(KNOWN_FORMATS);
export type KnownFormat = z.infer<typeof KnownFormat>;

/** A header, or several whose columns combine (name parts; phones taken in order). */
type Spec = string | readonly string[];

interface FormatRule {
  id: KnownFormat;
  /** Headers the export always writes: each group needs one of its headers (compared lower-case, trimmed). */
  signature: readonly (readonly string[])[];
  /** Each field's candidates in order: the first whose headers are there is taken. */
  fields: Partial<Record<MappedField, readonly Spec[]>>;
}

/** The column holding a Google contact's manager, derived from its Relation N - Type/Label and Value columns. */
export const GOOGLE_MANAGER_HEADER = 'Manager (from Relation)';

const OUTLOOK_PHONES = ['Mobile Phone', 'Business Phone', 'Primary Phone'];
const GOOGLE_PHONES = ['Phone 1 - Value', 'Phone 2 - Value', 'Phone 3 - Value', 'Phone 4 - Value'];
const GOOGLE_EMAILS = ['E-mail 1 - Value', 'E-mail 2 - Value', 'E-mail 3 - Value'];

// More specific rules first: the current LinkedIn export is the old one plus URL.
const RULES: readonly FormatRule[] = [
  {
    id: 'outlook',
    signature: [
      ['first name'],
      ['last name'],
      ['e-mail address'],
      ['job title'],
      ["manager's name", 'business phone', 'mobile phone'],
    ],
    fields: {
      name: [['First Name', 'Middle Name', 'Last Name']],
      alternateName: ['Nickname'],
      title: ['Job Title'],
      department: ['Department'],
      phone: [OUTLOOK_PHONES],
      email: [['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']],
      manager: ["Manager's Name"],
    },
  },
  {
    id: 'outlookZh',
    signature: [['名'], ['姓'], ['电子邮件地址'], ['职务'], ['经理姓名', '商务电话', '移动电话']],
    fields: {
      name: [['名', '中间名', '姓']],
      alternateName: ['昵称'],
      title: ['职务'],
      department: ['部门'],
      phone: [['移动电话', '商务电话', '主要电话']],
      email: [['电子邮件地址', '电子邮件 2 地址', '电子邮件 3 地址']],
      manager: ['经理姓名'],
    },
  },
  {
    id: 'googleOld',
    signature: [['given name'], ['family name'], ['e-mail 1 - value', 'phone 1 - value', 'group membership']],
    fields: {
      name: ['Name'],
      nameParts: [['Given Name', 'Additional Name', 'Family Name']],
      alternateName: ['Nickname'],
      title: ['Organization 1 - Title'],
      department: ['Organization 1 - Department'],
      phone: [GOOGLE_PHONES],
      email: [GOOGLE_EMAILS],
      manager: [GOOGLE_MANAGER_HEADER],
    },
  },
  {
    id: 'google',
    signature: [
      ['first name'],
      ['last name'],
      ['organization name', 'organization title', 'file as'],
      ['e-mail 1 - value', 'phone 1 - value', 'labels'],
    ],
    fields: {
      name: [['First Name', 'Middle Name', 'Last Name']],
      alternateName: ['Nickname'],
      title: ['Organization Title'],
      department: ['Organization Department'],
      phone: [GOOGLE_PHONES],
      email: [GOOGLE_EMAILS],
      manager: [GOOGLE_MANAGER_HEADER],
    },
  },
  {
    id: 'linkedin',
    signature: [['first name'], ['last name'], ['connected on'], ['url']],
    fields: { name: [['First Name', 'Last Name']], title: ['Position'], email: ['Email Address'] },
  },
  {
    id: 'linkedinOld',
    signature: [['first name'], ['last name'], ['connected on']],
    fields: { name: [['First Name', 'Last Name']], title: ['Position'], email: ['Email Address'] },
  },
  {
    id: 'thunderbird',
    signature: [['display name'], ['primary email'], ['first name']],
    fields: {
      name: ['Display Name'],
      nameParts: [['First Name', 'Last Name']],
      alternateName: ['Nickname'],
      title: ['Job Title'],
      department: ['Department'],
      phone: [['Mobile Number', 'Work Phone', 'Home Phone']],
      email: [['Primary Email', 'Secondary Email']],
    },
  },
  {
    id: 'thunderbirdZh',
    signature: [['显示名称', '显示姓名'], ['主要电子邮件'], ['名字']],
    fields: {
      name: ['显示名称', '显示姓名'],
      nameParts: [['名字', '姓氏']],
      alternateName: ['昵称'],
      title: ['职务'],
      department: ['部门'],
      phone: [['移动电话号码', '工作电话', '家庭电话']],
      email: [['主要电子邮件', '备用电子邮件']],
    },
  },
  {
    id: 'salesforce',
    signature: [
      ['first name'],
      ['last name'],
      ['account name'],
      ['contact owner', 'salutation', 'reports to', 'contact id', 'mailing city'],
    ],
    fields: {
      name: ['Full Name', 'Contact: Full Name', ['First Name', 'Middle Name', 'Last Name']],
      title: ['Title'],
      department: ['Department'],
      phone: [['Mobile', 'Phone', 'Mobile Phone', 'Business Phone']],
      email: ['Email'],
      id: ['Contact ID'],
      manager: ['Reports To', 'Reports To: Full Name', 'Reports To Name'],
    },
  },
  {
    id: 'dingtalk',
    signature: [['姓名'], ['userid', '员工userid', 'user id'], ['部门'], ['直属主管', '手机号', '职位']],
    fields: {
      name: ['姓名'],
      title: ['职位', '职务'],
      department: ['部门'],
      phone: [['手机号', '手机', '分机号']],
      email: [['邮箱', '企业邮箱']],
      id: ['工号', 'UserID', '员工UserID'],
      manager: ['直属主管'],
    },
  },
  {
    id: 'wecom',
    signature: [['姓名'], ['账号', '帐号'], ['别名', '对外职务'], ['部门']],
    fields: {
      name: ['姓名'],
      alternateName: ['别名', '英文名'],
      title: ['职务'],
      department: ['部门'],
      phone: [['手机', '座机']],
      email: [['企业邮箱', '个人邮箱', '邮箱']],
      id: ['账号', '帐号'],
      manager: ['直属上级'],
    },
  },
  {
    id: 'drawio',
    signature: [['name'], ['manager'], ['fill', 'image', 'stroke', 'refs']],
    fields: {
      name: ['name'],
      title: ['position'],
      department: ['department'],
      phone: ['phone'],
      email: ['email'],
      id: ['id'],
      manager: ['manager'],
    },
  },
  {
    id: 'orgchartNow',
    signature: [['personid'], ['supervisorid']],
    fields: {
      name: ['Name', ['FirstName', 'LastName'], ['First Name', 'Last Name']],
      title: ['Title'],
      department: ['Department'],
      phone: [['Phone', 'Mobile']],
      email: ['Email'],
      id: ['PersonID'],
      manager: ['SupervisorID'],
    },
  },
  {
    id: 'organimi',
    signature: [['id'], ['boss id']],
    fields: {
      name: [['First Name', 'Last Name']],
      title: ['Title', 'Role Title', 'Position'],
      department: ['Department'],
      phone: [['Phone', 'Mobile']],
      email: ['Email'],
      id: ['ID'],
      manager: ['Boss ID'],
    },
  },
  {
    id: 'visio',
    signature: [['name'], ['reports_to']],
    fields: {
      name: ['Name'],
      title: ['Title', 'Position'],
      department: ['Department', 'Dept'],
      phone: ['Telephone', 'Phone'],
      email: ['E-mail', 'Email'],
      id: ['Unique_ID', 'Employee_ID'],
      manager: ['Reports_To'],
    },
  },
];

const key = (h: string) => h.normalize('NFKC').trim().toLowerCase();

/**
 * The export these headers come from and its mapping, or null when no known export writes them.
 * `recogniseFormat(['First Name', 'Middle Name', 'Last Name', 'Title', 'Job Title', …])` is
 * Outlook's: the name joins the three parts, the title is Job Title rather than Title (Mr./Ms.).
 */
export function recogniseFormat(headers: readonly string[]): { format: KnownFormat; mapping: ContactMapping } | null {
  const at = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!at.has(key(h))) at.set(key(h), i);
  });
  const rule = RULES.find((r) => r.signature.every((group) => group.some((h) => at.has(h))));
  if (!rule) return null;
  const chosen: Record<string, unknown> = {};
  const taken = new Set<number>();
  for (const field of MAPPED_FIELDS) {
    for (const spec of rule.fields[field] ?? []) {
      const columns = (typeof spec === 'string' ? [spec] : spec)
        .map((h) => at.get(key(h)))
        .filter((c): c is number => c !== undefined);
      // nameParts may reuse columns; other fields take each column once.
      const free = field === 'nameParts' ? columns : columns.filter((c) => !taken.has(c));
      if (!free.length) continue;
      chosen[field] = asColumns(free);
      if (field !== 'nameParts') free.forEach((c) => taken.add(c));
      break;
    }
  }
  return { format: rule.id, mapping: ContactMapping.parse(chosen) };
}

/** True when the row looks like one of the known exports' header rows (used to find the header under a preamble). */
export const isKnownHeader = (cells: readonly string[]): boolean => recogniseFormat(cells) !== null;

import { recogniseFormat, type KnownFormat } from './formats';
import { CONTACT_FIELDS, ContactMapping, type ContactField } from './mapping';
import { normaliseHeader } from './normalise';
import { isSensitiveHeader } from './sensitive';

export { normaliseHeader };

/**
 * Header words for each field, English and Chinese, compared after normalising (lower case,
 * full-width to half-width, no spaces or punctuation). The earliest word of a list that some
 * header equals wins (so "Job Title" beats "Title", "Display Name" beats "First Name"); failing
 * that, a header that contains one (e.g. "直属领导姓名", "Mobile phone").
 */
const SYNONYMS: Record<ContactField, readonly string[]> = {
  name: [
    'displayname',
    'fullname',
    'name',
    '姓名',
    '显示名称',
    '显示姓名',
    'contactname',
    'person',
    'contact',
    '名字',
    '名称',
    '联系人',
    '人员',
    '员工姓名',
    '中文名',
    '氏名',
    '名前',
  ],
  alternateName: [
    'alternatename',
    'englishname',
    'pinyin',
    'romanizedname',
    'alias',
    'nickname',
    '英文名',
    '英文姓名',
    '别名',
    '拼音',
    '昵称',
  ],
  title: [
    'jobtitle',
    'position',
    'title',
    'roletitle',
    'role',
    'job',
    'designation',
    '职务',
    '职位',
    '岗位',
    '职称',
    '头衔',
    '職稱',
    '職務',
    '職位',
    '役職',
  ],
  department: [
    'department',
    'dept',
    'division',
    'unit',
    'team',
    'org',
    'organization',
    'organisation',
    '部门',
    '科室',
    '处室',
    '所属部门',
    '单位',
    '组织',
    '部門',
    '部署',
    '所属',
  ],
  phone: [
    'mobile',
    'mobilephone',
    'phone',
    'cell',
    'tel',
    'telephone',
    'phonenumber',
    'mobilenumber',
    '手机',
    '手机号',
    '手机号码',
    '电话',
    '联系电话',
    '电话号码',
    '移动电话',
    '座机',
    'homephone',
    '手機',
    '電話',
    '携帯',
    '携帯電話',
  ],
  email: [
    'email',
    'e-mail',
    'mail',
    'emailaddress',
    'primaryemail',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    '邮件',
    '邮件地址',
    '电子邮件地址',
    '電子郵件',
    '電郵',
    'メール',
    'メールアドレス',
  ],
  id: [
    'id',
    'employeeid',
    'employeeno',
    'employeenumber',
    'staffid',
    'staffno',
    'personid',
    'uniqueid',
    '工号',
    '员工编号',
    '编号',
    '员工号',
    '人员编号',
    '账号',
    '帐号',
    '員工編號',
    '社員番号',
  ],
  manager: [
    'manager',
    'reportsto',
    'supervisor',
    'supervisorid',
    'boss',
    'bossid',
    'linemanager',
    'directmanager',
    'managername',
    'managersname',
    'managerid',
    'superior',
    'parent',
    '上级',
    '直属领导',
    '直属上级',
    '直属主管',
    '汇报对象',
    '领导',
    '上级领导',
    '主管',
    '汇报给',
    '上级工号',
    '经理姓名',
    '上司',
    '上司',
  ],
};

const SYNONYM_FORMS: Record<ContactField, string[]> = Object.fromEntries(
  CONTACT_FIELDS.map((f) => [f, SYNONYMS[f].map(normaliseHeader)]),
) as Record<ContactField, string[]>;

// Fields tried in this order when a header contains a word: the manager's columns ("manager
// name", "上级工号") mention other fields' words, so manager goes first.
const CONTAINS_ORDER: readonly ContactField[] = [
  'manager',
  'email',
  'phone',
  'alternateName',
  'department',
  'title',
  'id',
  'name',
];

/**
 * The mapping a header row suggests: each field gets the column of its earliest synonym (exact
 * words first, then headers containing one); a column fills one field at most, and sensitive
 * columns (passwords, ID-card numbers) none.
 * `guessMapping(['姓名', '职务', '直属领导'])` maps name → 0, title → 1, manager → 2.
 */
export function guessMapping(headers: readonly string[]): ContactMapping {
  const norm = headers.map((h) => (isSensitiveHeader(h) ? '' : normaliseHeader(h)));
  const chosen = new Map<ContactField, number>();
  const taken = new Set<number>();
  const pick = (field: ContactField, column: number) => {
    chosen.set(field, column);
    taken.add(column);
  };
  // A list without a full-name column but with the parts of one (FirstName, LastName; 名, 姓) joins them.
  const parts = nameParts(norm);
  if (parts) for (const c of parts) taken.add(c);
  for (const field of CONTACT_FIELDS) {
    if (field === 'name' && parts) continue;
    for (const word of SYNONYM_FORMS[field]) {
      const column = norm.findIndex((h, i) => !taken.has(i) && h === word);
      if (column >= 0) {
        pick(field, column);
        break;
      }
    }
  }
  for (const field of CONTAINS_ORDER) {
    if (chosen.has(field)) continue;
    // Short words ("id", "tel", "org", "cell") only match whole headers: "valid", "hotel" are not theirs.
    const words = SYNONYM_FORMS[field].filter((w) => w.length >= 4 || /[\u0080-\uffff]/.test(w));
    const column = norm.findIndex((h, i) => !taken.has(i) && h !== '' && words.some((w) => h.includes(w)));
    if (column >= 0) pick(field, column);
  }
  return ContactMapping.parse({ ...Object.fromEntries(chosen), ...(parts ? { name: parts } : {}) });
}

const GIVEN = ['firstname', 'givenname', 'forename', 'fname', '名', '名字'];
const MIDDLE = ['middlename', 'additionalname', '中间名'];
const FAMILY = ['lastname', 'surname', 'familyname', 'lname', '姓', '姓氏'];
const FULL = new Set(['displayname', 'fullname', 'name', '姓名', '显示名称', '显示姓名', 'contactname', '员工姓名', '氏名']);

/** The columns of a name's parts (given, middle, family), when the headers have them and no full-name column. */
function nameParts(norm: readonly string[]): number[] | null {
  if (norm.some((h) => FULL.has(h))) return null;
  const find = (words: string[]) => norm.findIndex((h) => words.includes(h));
  const given = find(GIVEN);
  const family = find(FAMILY);
  if (given < 0 || family < 0) return null;
  const middle = find(MIDDLE);
  return middle >= 0 ? [given, middle, family] : [given, family];
}

/**
 * The mapping for a header row: a known export's (with the format's name), else the guess from the
 * header words. `suggestMapping(['First Name', 'Middle Name', 'Last Name', …, 'Job Title'])` is
 * `{ format: 'outlook', mapping: { name: [0, 1, 2], title: …} }`.
 */
export function suggestMapping(headers: readonly string[]): { format: KnownFormat | null; mapping: ContactMapping } {
  return recogniseFormat(headers) ?? { format: null, mapping: guessMapping(headers) };
}

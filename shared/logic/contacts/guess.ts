import { CONTACT_FIELDS, ContactMapping, type ContactField } from './mapping';

/**
 * Header words for each field, English and Chinese, compared after normalising (lower case,
 * full-width to half-width, no spaces or punctuation). The first list entry that equals the
 * header wins; failing that, a header that contains one (e.g. "直属领导姓名", "Mobile phone").
 */
const SYNONYMS: Record<ContactField, readonly string[]> = {
  name: ['name', 'fullname', 'contactname', 'displayname', 'person', 'contact', '姓名', '名字', '名称', '联系人', '人员', '员工姓名', '中文名'],
  alternateName: ['alternatename', 'englishname', 'pinyin', 'romanizedname', 'alias', 'nickname', '英文名', '英文姓名', '别名', '拼音', '昵称'],
  title: ['title', 'jobtitle', 'position', 'role', 'job', 'designation', '职务', '职位', '岗位', '职称', '头衔'],
  department: ['department', 'dept', 'division', 'unit', 'team', 'org', 'organization', 'organisation', '部门', '科室', '处室', '所属部门', '单位', '组织'],
  phone: ['phone', 'mobile', 'cell', 'tel', 'telephone', 'mobilephone', 'phonenumber', '电话', '手机', '手机号', '手机号码', '联系电话', '电话号码', '座机'],
  email: ['email', 'e-mail', 'mail', 'emailaddress', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮件地址'],
  id: ['id', 'employeeid', 'employeeno', 'employeenumber', 'staffid', 'staffno', 'personid', '工号', '员工编号', '编号', '员工号', '人员编号'],
  manager: [
    'manager',
    'reportsto',
    'supervisor',
    'boss',
    'linemanager',
    'directmanager',
    'managername',
    'managerid',
    'superior',
    'parent',
    '上级',
    '直属领导',
    '直属上级',
    '汇报对象',
    '领导',
    '上级领导',
    '主管',
    '汇报给',
    '上级工号',
  ],
};

/** Lower case, half-width, without spaces, dashes, dots, colons, brackets, stars. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）[\]【】*#/\\'"]/g, '');
}

const SYNONYM_FORMS: Record<ContactField, string[]> = Object.fromEntries(
  CONTACT_FIELDS.map((f) => [f, SYNONYMS[f].map(normaliseHeader)]),
) as Record<ContactField, string[]>;

// Fields tried in this order when a header contains a word: the manager's columns ("manager
// name", "上级工号") mention other fields' words, so manager goes first.
const CONTAINS_ORDER: readonly ContactField[] = ['manager', 'email', 'phone', 'alternateName', 'department', 'title', 'id', 'name'];

/**
 * The mapping a header row suggests: each field gets the first column whose header names it
 * (exact synonyms first, then headers containing one); a column fills one field at most.
 * `guessMapping(['姓名', '职务', '直属领导'])` maps name → 0, title → 1, manager → 2.
 */
export function guessMapping(headers: readonly string[]): ContactMapping {
  const norm = headers.map(normaliseHeader);
  const chosen = new Map<ContactField, number>();
  const taken = new Set<number>();
  const pick = (field: ContactField, column: number) => {
    chosen.set(field, column);
    taken.add(column);
  };
  for (const field of CONTACT_FIELDS) {
    const column = norm.findIndex((h, i) => !taken.has(i) && h !== '' && SYNONYM_FORMS[field].includes(h));
    if (column >= 0) pick(field, column);
  }
  for (const field of CONTAINS_ORDER) {
    if (chosen.has(field)) continue;
    // Short words ("id", "tel", "org", "cell") only match whole headers: "valid", "hotel" are not theirs.
    const words = SYNONYM_FORMS[field].filter((w) => w.length >= 4 || /[\u0080-\uffff]/.test(w));
    const column = norm.findIndex((h, i) => !taken.has(i) && h !== '' && words.some((w) => h.includes(w)));
    if (column >= 0) pick(field, column);
  }
  return ContactMapping.parse(Object.fromEntries(chosen));
}

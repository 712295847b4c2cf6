import { normaliseHeader } from './normalise';

/**
 * Headers of columns that must not be copied into a person's notes: secrets (passwords, PINs) and
 * identity numbers (ID cards, passports, social security, bank cards). Whole words compared after
 * normalising, and Chinese words anywhere in the header ("登录密码", "身份证号码").
 */
const WHOLE = new Set([
  'password',
  'passwd',
  'pwd',
  'passcode',
  'pin',
  'pincode',
  'secret',
  'idcard',
  'idcardno',
  'idcardnumber',
  'nationalid',
  'nationalidnumber',
  'ssn',
  'socialsecuritynumber',
  'passport',
  'passportno',
  'passportnumber',
  'bankaccount',
  'iban',
  'creditcard',
  'cardnumber',
  'taxid',
]);
const WITHIN = [
  '密码',
  '口令',
  '身份证',
  '证件号',
  '护照',
  '银行卡',
  '银行账号',
  '社保号',
  '信用卡',
  'password',
  'passport',
  'socialsecurity',
];

/** True for a column whose values must never be copied into notes (password, 密码, PIN, 身份证号…). */
export function isSensitiveHeader(header: string): boolean {
  const h = normaliseHeader(header);
  return h !== '' && (WHOLE.has(h) || WITHIN.some((w) => h.includes(w)));
}

import i18next from 'i18next';
import type { z } from 'zod';
import type { MoneyRefusal } from '../../../shared/logic/money';
import { RECORD_DATE_SENTENCE } from '../../../shared/model/record-date';

/**
 * Why a value was not saved, in the user's words (never a schema path): shown at the field that
 * was edited, or in a toast for a button. The schema's first complaint decides.
 */
export function refusalOf(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const t = i18next.t.bind(i18next);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return t('refusal.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('refusal.tooMany', { max: Number(issue.maximum) });
      return t('refusal.tooLarge', { max: Number(issue.maximum).toLocaleString(i18next.language) });
    case 'too_small':
      if (issue.origin === 'string') return t('refusal.empty');
      return Number(issue.minimum) === 0
        ? t('refusal.negative')
        : t('refusal.tooSmall', { min: Number(issue.minimum).toLocaleString(i18next.language) });
    case 'invalid_format':
      return issue.format === 'email' ? t('refusal.email') : t('refusal.format');
    case 'custom':
      return issue.message === RECORD_DATE_SENTENCE ? t('refusal.dateRange') : t('refusal.other');
    case 'invalid_type':
      return issue.expected === 'number' ? t('refusal.notNumber') : t('refusal.other');
    default:
      return t('refusal.other');
  }
}

/** Why a money field could not read what was typed. */
export const moneyRefusal = (reason: MoneyRefusal, text: string): string =>
  i18next.t(`refusal.money.${reason}`, { text: text.trim() });

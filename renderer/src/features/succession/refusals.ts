import i18next from 'i18next';
import type { AsOfRefusal, SuccessionRefusal } from '../../../../shared/logic/succession';
import { formatDate } from '../../../../shared/logic/date-text';
import { currentLanguage } from '../../app/i18n';
import { localToday } from '../../ui/format';

/** A refused change of post or as-of date, as a sentence for the field. */
export function refusalText(refusal: SuccessionRefusal | AsOfRefusal, leftOn = ''): string {
  const lang = currentLanguage();
  return i18next.t(`succession.refusals.${refusal}`, {
    example: formatDate(localToday(), lang),
    date: leftOn ? formatDate(leftOn, lang) : '',
  });
}

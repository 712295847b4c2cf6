import i18next from 'i18next';
import { listNames } from '../../../../../shared/i18n/lists';
import type { Account } from '../../../../../shared/model/account';

/** A person's name on the timeline; one since removed is named by id and said to be gone. */
export function personName(account: Account, id: string): string {
  const p = account.people.find((x) => x.id === id);
  if (!p) return i18next.t('timeline.removed', { id });
  return p.name || i18next.t('canvas.placeholderName');
}

/** Several people, joined as the language lists them. */
export function peopleNames(account: Account, ids: readonly string[]): string {
  return listNames(
    ids.map((id) => personName(account, id)),
    i18next.language === 'zh-CN' ? 'zh-CN' : 'en',
  );
}

import type { TFunction } from 'i18next';
import { listSome } from '../../../../shared/i18n/lists';
import type { Account } from '../../../../shared/model/account';
import type { Language } from '../../../../shared/taxonomy/keys';

/** "Deleted Sun Jianhua. Zhou Kai and Li Hong now report to Zhao Dongming.": who went, and where their reports went. */
export function deletedSentence(before: { people: readonly Pick<Account['people'][number], 'id' | 'name'>[] }, deleted: readonly string[], behind: ReadonlyMap<string, string | null>, t: TFunction, lang: Language): string {
  const nameOf = (id: string) => before.people.find((p) => p.id === id)?.name || t('canvas.placeholderName');
  const names = (ids: readonly string[]) => listSome(ids.map(nameOf), lang, (count) => t('chart.others', { count }));
  const parts = [deleted.length === 1 ? t('chart.deletedOne', { name: nameOf(deleted[0]!) }) : t('chart.deleted', { count: deleted.length, names: names(deleted) })];
  const up = [...behind].filter((e): e is [string, string] => e[1] !== null);
  const managers = new Set(up.map(([, m]) => m));
  if (up.length === 1 || (up.length && managers.size === 1)) {
    parts.push(t('chart.reportsMovedUp', { count: up.length, names: names(up.map(([id]) => id)), manager: nameOf(up[0]![1]) }));
  } else if (up.length) parts.push(t('chart.reportsMovedUpLevels', { count: up.length, names: names(up.map(([id]) => id)) }));
  const floating = [...behind].filter(([, m]) => m === null).map(([id]) => id);
  if (floating.length) parts.push(t('chart.reportsFloating', { count: floating.length, names: names(floating) }));
  return parts.join(lang === 'zh-CN' ? '' : ' ');
}

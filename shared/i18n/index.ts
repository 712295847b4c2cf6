import type { Language } from '../taxonomy/keys';
import { en, type Strings } from './en';
import { zhCN } from './zh-CN';

export type { Strings } from './en';
export const STRINGS: Record<Language, Strings> = { en, 'zh-CN': zhCN };

/** The app language for a BCP 47 locale: any Chinese locale gives zh-CN, everything else en. */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageOf, STRINGS } from '../../../shared/i18n';
import type { en } from '../../../shared/i18n/en';
import type { Language } from '../../../shared/taxonomy/keys';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** The language the OS (or the browser running the tests) prefers. */
export const systemLanguage = (): Language => languageOf(navigator.language);

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: STRINGS.en }, 'zh-CN': { translation: STRINGS['zh-CN'] } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // A key without a string shows bracketed, so a missing translation cannot pass unseen.
    parseMissingKeyHandler: (key) => `⟦${key}⟧`,
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export const currentLanguage = (): Language => (i18next.language === 'zh-CN' ? 'zh-CN' : 'en');

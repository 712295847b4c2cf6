import type { Language } from '../taxonomy/keys';
import type { Strings } from './en';
import { STRINGS } from './index';

/** A sentence a service sends: its key in `serviceErrors` and the values it names. */
export type ServiceMessageKey = keyof Strings['serviceErrors'];
export interface ServiceText {
  key: ServiceMessageKey;
  params: Record<string, string | number>;
}

export const serviceText = (key: ServiceMessageKey, params: Record<string, string | number> = {}): ServiceText => ({ key, params });

/**
 * The sentence in a language, `{{name}}` filled from the params (a missing one stays visible, so
 * a test catches it). The page words it through i18next from the same strings; this serves the
 * services' English message and the CLI.
 */
export function formatServiceText(text: ServiceText, language: Language = 'en'): string {
  return STRINGS[language].serviceErrors[text.key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(text.params, name) ? String(text.params[name]) : whole));
}

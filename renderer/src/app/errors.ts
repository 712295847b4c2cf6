import i18next from 'i18next';
import { ApiError } from './api';
import { useApp } from './store';

/** The user's-language sentence for a failed call. */
export function messageOf(e: unknown): string {
  // A whole sentence from the services, in the user's language; otherwise the code's frame around the English detail.
  if (e instanceof ApiError && e.text) return i18next.t(`serviceErrors.${e.text.key}`, e.text.params);
  if (e instanceof ApiError) return i18next.t(`errors.${e.code}`, { message: e.message });
  return i18next.t('errors.internal', { message: e instanceof Error ? e.message : String(e) });
}

/** Shows a failure as an error toast; the work already saved is untouched by definition. */
export function reportError(e: unknown): void {
  // The workspace was locked behind the page's back (the laptop slept): start again at the prompt.
  if (e instanceof ApiError && e.code === 'needsPassphrase') return window.location.reload();
  useApp.getState().toast({ kind: 'error', message: messageOf(e) });
}

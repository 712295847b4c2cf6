import i18next from 'i18next';
import { ApiError } from './api';
import { useApp } from './store';

/** The user's-language sentence for a failed call. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return i18next.t(`errors.${e.code}`, { message: e.message });
  return i18next.t('errors.internal', { message: e instanceof Error ? e.message : String(e) });
}

/** Shows a failure as an error toast; the work already saved is untouched by definition. */
export function reportError(e: unknown): void {
  useApp.getState().toast({ kind: 'error', message: messageOf(e) });
}

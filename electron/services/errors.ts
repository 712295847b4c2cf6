import { formatServiceText, type ServiceText } from '../../shared/i18n/service-text';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/ipc/types';

export { serviceText } from '../../shared/i18n/service-text';

/**
 * An error a service means to show the user; its code survives IPC. Given a `ServiceText`, its
 * message is the English sentence and the page words the same sentence in the user's language.
 */
export class ServiceError extends Error {
  readonly text: ServiceText | undefined;
  constructor(
    readonly code: ApiErrorCode,
    message: string | ServiceText,
  ) {
    super(typeof message === 'string' ? message : formatServiceText(message));
    this.text = typeof message === 'string' ? undefined : message;
  }
}

/** Turns anything thrown into an envelope error; Node's disk errors keep a readable message. */
export function toApiError(e: unknown): ApiErrorBody {
  if (e instanceof ServiceError) return e.text ? { code: e.code, message: e.message, text: e.text } : { code: e.code, message: e.message };
  const errno = (e as NodeJS.ErrnoException | null)?.code;
  if (errno === 'ENOSPC') return { code: 'io', message: 'The disk is full: nothing was changed on disk. Free some space and try again.' };
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS')
    return { code: 'io', message: `No permission to write: ${(e as Error).message}` };
  if (errno) return { code: 'io', message: (e as Error).message };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

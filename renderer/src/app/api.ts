import { CALL_NAMES, type CallInput, type CallName, type CallOutput } from '../../../shared/ipc/contract';
import type { ServiceText } from '../../../shared/i18n/service-text';
import type { ApiErrorCode } from '../../../shared/ipc/types';

/** A failed call, with the service's code so the UI can say what happened in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The sentence by key, when the service gave one: said in the user's language. */
    readonly text?: ServiceText,
  ) {
    super(message);
  }
}

export type ApiClient = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };

function makeCall<K extends CallName>(name: K) {
  return async (input: CallInput<K>): Promise<CallOutput<K>> => {
    const bridge = window.bidmap;
    if (!bridge) throw new ApiError('internal', 'The Bidmap bridge is missing: the page was not opened by the app.');
    const started = performance.now();
    const envelope = await bridge[name](input);
    // The last call of each name on the page's timeline (DevTools shows it; the canvas benchmark
    // takes getAccount's round trip out of the chart's first paint). One kept per name.
    performance.clearMeasures(`bidmap:${name}`);
    performance.measure(`bidmap:${name}`, { start: started });
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.text);
    return envelope.value;
  };
}

/** The renderer's only way out: one typed function per call of the contract. */
export const api = Object.fromEntries(CALL_NAMES.map((name) => [name, makeCall(name)])) as ApiClient;

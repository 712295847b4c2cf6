import { contract, type CallName, type Handlers } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/types';
import { toApiError } from '../errors';
import { describeIssues } from '../store/read-file';
import { limitRefusal } from '../../../shared/model/limits';
import { formatServiceText } from '../../../shared/i18n/service-text';

export interface DispatchOptions {
  /** Also validate what handlers return (tests): catches a handler drifting from the contract. */
  checkOutputs?: boolean;
}

const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(contract, name);

/**
 * Runs one call of the contract: validates the input with the call's schema (unknown keys are
 * dropped), runs the handler, and answers with an envelope. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  input: unknown,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { code: 'invalidInput', message: `Unknown call "${name}".` } };
  const spec = contract[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    // A limit is refused with its sentence, which the page words in the user's language.
    const limit = limitRefusal(parsed.error);
    if (limit) return { ok: false, error: { code: 'invalidInput', message: formatServiceText(limit), text: limit } };
    return { ok: false, error: { code: 'invalidInput', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (options.checkOutputs) {
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        return { ok: false, error: { code: 'internal', message: `${name} answered outside the contract: ${describeIssues(checked.error)}` } };
      }
    }
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}

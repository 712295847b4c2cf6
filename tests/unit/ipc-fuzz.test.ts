import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, contract, type CallName, type Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/types';
import { dispatch } from '../../electron/services/ipc/dispatch';
import { openSession, type BidmapSession } from '../../electron/services/session';
import { snapshot } from '../support/cli';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

// Every call of the API contract, sent malformed inputs through the real session (validation,
// handlers, store) over a demo workspace, as a compromised or buggy page could send them over
// IPC. Inputs are values the IPC's structured clone can carry (no functions or symbols).
// Each answer must be an envelope; a refusal says why; nothing the page sends pollutes
// Object.prototype, and a refused call leaves the workspace's files as they were.

const HUGE = 'x'.repeat(5_000_000);
const deep = (depth: number, leaf: unknown = 'x'): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

/** Values of the wrong kind for any field. */
const JUNK: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  2 ** 53 + 1,
  10n ** 30n,
  '',
  ' ',
  '\u0000',
  '../../etc/passwd',
  'C:\\Windows\\System32',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '\ud800', // a lone surrogate
  HUGE,
  [],
  [null],
  [HUGE],
  {},
  { length: 1e9 },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  new Date(Number.NaN),
  new Map([['a', 1]]),
  new Set([1]),
  new Uint8Array(16),
  /x/,
  deep(40),
  deep(5_000),
];

/** Whole inputs of the wrong kind. `undefined` and `null` are read as `{}` by dispatch. */
const NOT_OBJECTS: unknown[] = [0, -1, Number.NaN, 'x', HUGE, true, [], [{}], 10n, new Uint8Array(4), deep(5_000)];

const keysOf = (schema: z.ZodType): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

/** Hand-made malformed inputs for one call: its fields given junk, alone and together, plus pollution attempts. */
function malformed(name: CallName, accountId: string): unknown[] {
  const keys = keysOf(contract[name].input);
  const out: unknown[] = [...NOT_OBJECTS];
  for (const key of keys) {
    for (const junk of JUNK) {
      out.push({ [key]: junk });
      // The other fields plausible (a real account id, today's date…), so the junk field is what is judged.
      out.push({ ...plausible(keys, accountId), [key]: junk });
    }
  }
  out.push(Object.fromEntries(keys.map((k, i) => [k, JUNK[(i * 7) % JUNK.length]])));
  out.push(
    JSON.parse(
      `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}${keys.map((k) => `,"${k}":{"__proto__":{"polluted":true}}`).join('')}}`,
    ),
  );
  out.push({ ...plausible(keys, accountId), extra: HUGE, [HUGE.slice(0, 100_000)]: 1 });
  return out;
}

/** A guess at a sensible value for a field by its name, so that other fields' junk is reached. */
function plausible(keys: string[], accountId: string): Record<string, unknown> {
  const guess: Record<string, unknown> = {
    id: accountId,
    accountIds: [accountId],
    name: 'Fuzz',
    language: 'en',
    level: 'full',
    from: '2026-01-01',
    to: '2026-01-31',
    kind: 'svg',
    data: '<svg/>',
    source: { from: 'dialog' },
    reveal: false,
    patch: {},
  };
  return Object.fromEntries(keys.filter((k) => k in guess).map((k) => [k, guess[k]]));
}

/** Random values: anything at all, and objects with the call's own field names holding anything. */
function randomInputs(name: CallName): fc.Arbitrary<unknown> {
  const keys = keysOf(contract[name].input);
  const anything = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    maxDepth: 4,
  });
  if (keys.length === 0) return anything;
  return fc.oneof(anything, fc.record(Object.fromEntries(keys.map((k) => [k, anything])), { requiredKeys: [] }));
}

/** A short printable form of any input (BigInt and cycles included), for failure messages. */
function describe_(input: unknown): string {
  try {
    return String(JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).slice(0, 200);
  } catch {
    return String(input).slice(0, 200);
  }
}

/** The answer refuses the input as invalid (the message is built only on failure: inputs are big). */
function expectRefused(answer: Envelope<unknown>, what: () => string): void {
  if (answer.ok || answer.error.code !== 'invalidInput') expect.fail(`${what()}: ${JSON.stringify(answer).slice(0, 300)}`);
}

const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;
/**
 * A valid input whose `path` names a folder outside the test's temp area (switchWorkspace,
 * createDemoWorkspace) would let the fuzz write anywhere on this machine: not sent.
 */
function namesAFolderOutside(value: unknown, root: string): boolean {
  if (!value || typeof value !== 'object' || !('path' in value)) return false;
  const path = (value as { path: unknown }).path;
  return typeof path === 'string' && ABSOLUTE.test(path) && !path.startsWith(root);
}

/** A stand-in for the services that records which calls reached a handler. */
function spyHandlers(reached: CallName[]): Handlers {
  return Object.fromEntries(CALL_NAMES.map((n) => [n, () => reached.push(n)])) as unknown as Handlers;
}

function polluted(): string[] {
  return [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)].filter((k) =>
    ['polluted', 'x', 'y', 'a', 'id', 'name'].includes(k),
  );
}

const totals = { sent: 0, refused: 0, accepted: 0, notSent: 0 };
afterAll(() => {
  console.log(
    `ipc fuzz: ${totals.sent} inputs sent to ${CALL_NAMES.length} calls, ${totals.refused} refused, ${totals.accepted} accepted (valid by chance), ${totals.notSent} valid ones naming an outside folder not sent`,
  );
});

async function demoSession(): Promise<{ s: BidmapSession; dir: string; accountId: string }> {
  const dir = await tempDir('bidmap-fuzz-');
  const host = new TestHost(); // every dialog it is asked answers "cancelled"
  // Printing needs a browser; a stand-in PDF lets a valid export go on to its (cancelled) save dialog.
  host.printer = async () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');
  const s = await openSession({
    workspaceDir: dir,
    host,
    appDataDir: null,
    defaultLanguage: 'en',
    seedDemoIfEmpty: true,
    checkOutputs: true,
  });
  await s.flush();
  const accountId = s.workspace().list()[0]!.id;
  return { s, dir, accountId };
}

/** Sends one input; checks the answer's shape and counts it. */
async function send(s: BidmapSession, name: CallName, input: unknown): Promise<Envelope<unknown>> {
  let answer: Envelope<unknown>;
  try {
    answer = await s.invoke(name, input);
  } catch (e) {
    throw new Error(`${name} threw instead of answering: ${String(e)}`, { cause: e });
  }
  totals.sent++;
  expect(typeof answer === 'object' && answer !== null && typeof answer.ok === 'boolean', `${name}: not an envelope`).toBe(true);
  if (answer.ok) {
    totals.accepted++;
  } else {
    totals.refused++;
    expect(answer.error.message.trim().length, `${name}: a refusal without a message`).toBeGreaterThan(0);
    // A refusal is for the input (or a record that does not exist), never a crash of a service;
    // checkOutputs turns an answer outside the contract into `internal`, which fails here too.
    if (!['invalidInput', 'notFound', 'cancelled'].includes(answer.error.code))
      expect.fail(`${name}: ${answer.error.code} ${answer.error.message}`);
  }
  expect(polluted(), `${name} polluted a prototype`).toEqual([]);
  return answer;
}

describe('every call of the API contract, sent malformed input', () => {
  it.each(CALL_NAMES)('%s refuses hand-made junk clearly, before any service runs, and writes nothing', async (name) => {
    const { s, dir, accountId } = await demoSession();
    const schema = contract[name].input;
    const inputs = malformed(name, accountId);
    // Inputs the contract refuses are sent as one batch, between two pictures of the folder.
    const refused = inputs.filter((i) => !schema.safeParse(i ?? {}).success);
    expect(refused.length, 'the hand-made inputs are mostly wrong').toBeGreaterThan(inputs.length / 2);
    const before = await snapshot(dir);
    for (const input of refused) {
      const answer = await send(s, name, input);
      expectRefused(answer, () => `${name} accepted ${describe_(input)}`);
      // The same input never reaches a handler: validation comes first.
      const reached: CallName[] = [];
      await dispatch(spyHandlers(reached), name, input);
      expect(reached).toEqual([]);
    }
    await s.flush();
    expect(await snapshot(dir)).toEqual(before);
    // What the contract accepts (e.g. a call without fields ignores unknown keys) answers inside its output schema.
    for (const input of inputs.filter((i) => schema.safeParse(i ?? {}).success)) {
      if (namesAFolderOutside(schema.parse(input ?? {}), tmpdir())) {
        totals.notSent++;
        continue;
      }
      await send(s, name, input);
    }
    await s.close();
  });

  it.each(CALL_NAMES)('%s answers random values with an envelope, never a throw', async (name) => {
    const { s, dir } = await demoSession();
    const schema = contract[name].input;
    const seed = Date.now() ^ (Math.random() * 2 ** 31);
    const inputs = fc.sample(randomInputs(name), { numRuns: 300, seed });
    const valid = (i: unknown) => schema.safeParse(i ?? {}).success;
    const before = await snapshot(dir);
    for (const input of inputs.filter((i) => !valid(i))) {
      expectRefused(await send(s, name, input), () => `${name} (seed ${seed}) accepted ${describe_(input)}`);
    }
    await s.flush();
    expect(await snapshot(dir), `seed ${seed}`).toEqual(before);
    // Random values the contract happens to accept are run for real (checkOutputs checks the answer).
    for (const input of inputs.filter(valid)) {
      if (namesAFolderOutside(schema.parse(input ?? {}), tmpdir())) totals.notSent++;
      else await send(s, name, input);
    }
    await s.close();
  });
});

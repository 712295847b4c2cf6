import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { redactAccount } from '../../shared/logic/redaction';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/incoming';
import { BIDMAP_FILE_VERSION } from '../../shared/model/bidmap-file';
import type { Account } from '../../shared/model/account';
import { snapshot } from '../support/cli';
import { openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

/** Generated documents per property: two properties, so well over 2,000 per run. */
const RUNS = 1200;

/** A small but complete account: ten people of the demo with their lines, trips and notes. */
function smallAccount(): Account {
  const a = buildDemoAccounts('en', '2026-11-22T09:00:00.000Z').find((x) => x.id === 'henan')!;
  const people = a.people.slice(0, 10);
  const ids = new Set(people.map((p) => p.id));
  return {
    ...a,
    people,
    links: a.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
    canvas: { positions: {}, collapsed: [] },
  };
}

const validDoc = (account: Account) => ({
  format: 'bidmap',
  schemaVersion: BIDMAP_FILE_VERSION,
  appVersion: '0.1.0',
  exportedAt: '2026-11-22T09:00:00.000Z',
  exportedBy: 'Fuzz',
  level: 'full',
  accounts: [redactAccount(account, 'full')],
  bases: {},
});

type Json = unknown;
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\ud800',
    'x'.repeat(5000),
    -1,
    1e308,
    NaN,
    null,
    [],
    {},
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}')),
  fc.integer({ min: BIDMAP_FILE_VERSION + 1, max: 99 }),
);

/** Every place in a JSON value, as a path of keys. */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** The document with one place replaced, removed, given a hostile key, or duplicated into its list. */
function mutate(doc: Json, path: (string | number)[], how: number, value: Json, key: string): Json {
  const copy = structuredClone(doc) as Record<string | number, Json>;
  if (path.length === 0) return value;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], copy) as Record<
    string | number,
    Json
  >;
  const last = path.at(-1)!;
  if (how === 0) parent[last] = value;
  else if (how === 1) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 2 && typeof parent[last] === 'object' && parent[last] !== null) {
    // An own property named __proto__ (as JSON.parse makes it), not a prototype change.
    Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
  } else if (Array.isArray(parent))
    parent.push(structuredClone(parent[last])); // a duplicate id
  else parent[last] = value;
  return copy;
}

const encoder = new TextEncoder();

describe('the .bidmap importer against malformed files (property-based)', () => {
  const account = smallAccount();
  const valid = validDoc(account);
  const paths = pathsOf(valid);

  /** Each input through the same call the app makes; every answer is a result or a clear refusal. */
  async function check(
    bytes: Uint8Array,
    desk: Awaited<ReturnType<typeof openDesk>>,
    stats: { ok: number; refused: number },
  ): Promise<void> {
    const answer = await desk.session.invoke('previewImport', {
      source: { from: 'bytes', name: 'shared.bidmap', base64: Buffer.from(bytes).toString('base64') },
    });
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (answer.ok) {
      stats.ok++;
      return;
    }
    stats.refused++;
    expect(answer.error.code).toBe('invalidInput');
    expect(answer.error.message).toMatch(/^"shared\.bidmap" cannot be imported: .+ Nothing was imported\.$/s);
    expect(answer.error.message.length).toBeLessThan(700);
  }

  it(`mutated files (${RUNS} per run): a valid result or a clear refusal naming the place, never a crash or pollution`, async () => {
    const dir = await tempDir();
    const desk = await openDesk(dir);
    await desk.session.workspace().add([account]); // the same id: valid mutations are merges
    await desk.session.flush();
    const before = await snapshot(dir);
    const stats = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: paths.length - 1 }),
        fc.nat({ max: 3 }),
        hostile,
        fc.constantFrom(...HOSTILE_KEYS),
        async (at, how, value, key) => {
          const doc = mutate(valid, paths[at]!, how, value, key);
          await check(encoder.encode(JSON.stringify(doc) ?? ''), desk, stats);
        },
      ),
      { numRuns: RUNS },
    );
    expect(await snapshot(dir)).toEqual(before); // a preview never writes
    expect(stats.refused).toBeGreaterThan(RUNS / 4);
    expect(stats.ok).toBeGreaterThan(0);
    await desk.session.close();
  });

  it(`broken bytes (${RUNS} per run): truncated, junk, empty, wrong encoding`, async () => {
    const dir = await tempDir();
    const desk = await openDesk(dir);
    const text = JSON.stringify(valid, null, 1);
    const stats = { ok: 0, refused: 0 };
    const before = await snapshot(dir);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: text.length - 1 }).map((n) => encoder.encode(text.slice(0, n))), // truncated
          fc.uint8Array({ maxLength: 2000 }), // binary junk
          fc.tuple(fc.nat({ max: text.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, junk]) => {
            const bytes = encoder.encode(text);
            const out = new Uint8Array(bytes.length + junk.length);
            out.set(bytes.subarray(0, n));
            out.set(junk, n);
            out.set(bytes.subarray(n), n + junk.length);
            return out;
          }),
          fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => encoder.encode(s)),
        ),
        async (bytes) => check(bytes, desk, stats),
      ),
      { numRuns: RUNS },
    );
    expect(await snapshot(dir)).toEqual(before);
    expect(stats.refused).toBeGreaterThan(RUNS / 2);
    await desk.session.close();
  });

  it('names the problem and its JSON path for the classic cases', async () => {
    const desk = await openDesk(await tempDir());
    const say = async (doc: Json | string) => {
      const bytes = typeof doc === 'string' ? doc : JSON.stringify(doc);
      const answer = await desk.session.invoke('previewImport', {
        source: { from: 'bytes', name: 'x.bidmap', base64: Buffer.from(bytes).toString('base64') },
      });
      return answer.ok ? 'accepted' : answer.error.message;
    };
    const first = valid.accounts[0]!;
    expect(await say('')).toContain('the file is empty');
    expect(await say(JSON.stringify(valid).slice(0, 500))).toContain('truncated');
    expect(await say('{"format": "bidmap",, }')).toMatch(/not valid JSON \(line 1, column \d+\)/);
    expect(await say({ ...valid, accounts: [{ ...first, people: [{ ...first.people[0], influence: 'high' }] }] })).toContain(
      'accounts[0].people[0].influence',
    );
    expect(await say({ ...valid, accounts: [first, first] })).toContain('accounts[1] has the id');
    const twice = { ...first, people: [first.people[0], first.people[0]] };
    expect(await say({ ...valid, accounts: [twice] })).toContain(`the id ${first.people[0]!.id} is used twice`);
    const dangling = { ...first, links: [{ id: 'l_x', source: first.people[0]!.id, target: 'p_nobody', kind: 'ally' }] };
    expect(await say({ ...valid, accounts: [dangling] })).toContain('points to a person who is not in the account');
    expect(await say({ ...valid, schemaVersion: 7 })).toContain(
      `file version 7; this Bidmap reads file versions up to ${BIDMAP_FILE_VERSION}`,
    );
    expect(await say({ ...valid, format: 'other' })).toContain('not a Bidmap file');
    expect(await say([1, 2])).toContain('does not hold a JSON object');
    // A name with markup is only text: it imports as it is.
    const markup = {
      ...first,
      people: first.people.map((p, i) => (i === 0 ? { ...p, name: '<img src=x onerror=alert(1)>' } : p)),
    };
    expect(await say({ ...valid, accounts: [markup] })).toBe('accepted');
    await desk.session.close();
  });

  it('refuses a 50 MB file before reading it, naming its size, and one dropped just over the limit', async () => {
    const desk = await openDesk(await tempDir());
    const path = join(await tempDir(), 'huge.bidmap');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    desk.host.answerOpen(path);
    expect(await desk.refusal('previewImport', { source: { from: 'dialog' } })).toMatch(
      /^"huge\.bidmap" is 50\.0 MB; Bidmap imports files up to 30\.0 MB\. Nothing was imported\.$/,
    );
    const dropped = Buffer.alloc(MAX_IMPORT_BYTES + 100, 0x20).toString('base64');
    expect(await desk.refusal('previewImport', { source: { from: 'bytes', name: 'dropped.bidmap', base64: dropped } })).toContain(
      '"dropped.bidmap" is 30.0 MB',
    );
    await desk.session.close();
  });
});

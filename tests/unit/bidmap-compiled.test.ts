import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildDemoAccounts } from '../../electron/services/demo';
import { bidmapFileSchema } from '../../electron/services/sharing/compiled-file';
import { readBidmap } from '../../electron/services/sharing/read-bidmap';
import { redactAccount } from '../../shared/logic/redaction';
import type { Account } from '../../shared/model/account';
import { BIDMAP_FILE_VERSION, BidmapFile } from '../../shared/model/bidmap-file';

/** Mutated documents compared per run. */
const RUNS = 400;

type Json = unknown;
type Path = (string | number)[];

/** The demo's Henan account with its plan, opportunities and whitespace, cut to eight people (with their trips, activities and lines). */
function smallAccount(): Account {
  const a = buildDemoAccounts('en', '2026-11-22T09:00:00.000Z').find((x) => x.id === 'henan')!;
  const people = a.people.slice(0, 8);
  const ids = new Set(people.map((p) => p.id));
  return {
    ...a,
    people,
    links: a.links.filter((l) => ids.has(l.source) && ids.has(l.target)),
    canvas: { positions: {}, collapsed: [] },
  };
}
const valid = {
  format: 'bidmap',
  schemaVersion: BIDMAP_FILE_VERSION,
  appVersion: '0.1.0',
  exportedAt: '2026-11-22T09:00:00.000Z',
  exportedBy: 'Test',
  level: 'full',
  accounts: [redactAccount(smallAccount(), 'full')],
  bases: { henan: ['a'.repeat(64)] },
};

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** The document with the value at `path` replaced (how 0), removed (1) or given an extra key (2). */
function mutate(doc: Json, path: Path, how: number, value: Json, key: string): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return value;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], copy) as Record<
    string | number,
    Json
  >;
  const last = path.at(-1)!;
  if (how === 1) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 2 && typeof parent[last] === 'object' && parent[last] !== null) {
    Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
  } else parent[last] = value;
  return copy;
}

/** Values near the schema's edges: its enums' neighbours, reserved ids, dates that are not days, lengths over a limit. */
const edgy = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    '__proto__',
    'constructor',
    'p 1',
    'x'.repeat(65),
    'x'.repeat(4001),
    '--02-29',
    '--02-30',
    '--13-01',
    '2026-02-30',
    '2026-13-01',
    '2026-11-22T09:00:00Z',
    '2026-11-22T09:00:00',
    'supporter',
    'Supporter',
    'reportsTo',
    'CNY',
    'cny',
    0,
    1,
    5,
    6,
    2.5,
    -1,
    1e16,
    null,
    true,
    [],
    {},
  ),
);

const answer = (schema: typeof BidmapFile, doc: Json) => {
  const r = schema.safeParse(doc);
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues };
};

describe("the .bidmap file's compiled check (zod's compile)", () => {
  it('compiles the whole file schema: no rule falls back to the slower schema walk', () => {
    expect(() => z.compile(BidmapFile, { strict: true })).not.toThrow();
  });

  it(`answers as the schema does, value for value and problem for problem (${RUNS} mutated files)`, () => {
    const paths = pathsOf(valid);
    const compiled = bidmapFileSchema();
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.nat({ max: 2 }),
        edgy,
        fc.constantFrom('__proto__', 'extra', 'id'),
        (at, how, value, key) => {
          const doc = mutate(valid, paths[at]!, how, value, key);
          const mine = answer(compiled, doc);
          expect(mine).toEqual(answer(BidmapFile, doc));
          if (!mine.ok) refused++;
        },
      ),
      { numRuns: RUNS },
    );
    // Both kinds were compared: files refused and files taken.
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeLessThan(RUNS - RUNS / 10);
  }, 90_000);

  it('fills defaults and drops unknown keys as the schema does', () => {
    const [account] = valid.accounts;
    const person = { ...account!.people[0]!, unknown: 1 } as Record<string, unknown>;
    delete person.dossier;
    delete person.attitude;
    const doc = { ...valid, accounts: [{ ...account, people: [person, ...account!.people.slice(1)] }] };
    const parsed = bidmapFileSchema().parse(doc);
    expect(parsed).toEqual(BidmapFile.parse(doc));
    expect(parsed.accounts[0]!.people[0]).not.toHaveProperty('unknown');
    expect(parsed.accounts[0]!.people[0]!.attitude).toBe('unknown');
  });

  it('a file it refuses is refused by the import naming the place, as before', () => {
    const [account] = valid.accounts;
    const people = account!.people.map((p, i) => (i === 2 ? { ...p, dossier: { ...p.dossier, birthday: '--02-30' } } : p));
    const bytes = new TextEncoder().encode(JSON.stringify({ ...valid, accounts: [{ ...account, people }] }));
    expect(() => readBidmap('shared.bidmap', bytes)).toThrow(/accounts\[0\]\.people\[2\]\.dossier\.birthday: /);
  });
});

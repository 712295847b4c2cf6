import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { redactAccount } from '../../shared/logic/redaction';
import type { Json, JsonObject } from '../../shared/logic/level-table';
import { projectAccount, type TeamDocuments } from '../../shared/logic/team/documents';
import { materialise } from '../../shared/logic/team/materialise';
import { orderAfter } from '../../shared/logic/team/order';
import { Account, type AccountInput } from '../../shared/model/account';
import { CLIENT_MOVE_KINDS, LEAVE_KINDS, LINK_KINDS, MEETING_OUTCOMES, RELATIONSHIP_STAGES, type RedactionLevel } from '../../shared/taxonomy/keys';
import { generateOrgAccount } from '../support/org-generator';

// Item 2 of issue 19: a shared account is an index plus one document per level, each holding only
// what its level adds. These properties say the documents give every level back its cut, hold no
// text above their level, and take concurrent additions without a collision.

const NOW = '2026-11-22T09:00:00.000Z';
const TODAY = '2026-11-22';
const RUNS = 150;

/** Documents a member at `level` holds. */
const held = (d: TeamDocuments, level: RedactionLevel) =>
  level === 'map' ? { index: d.index, map: d.map } : level === 'team' ? { index: d.index, map: d.map, team: d.team } : d;

// Edits on a generated chart, with texts tagged by the level they belong to, so a leak is found by name.
const text = (tag: string) => fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }).map((s) => `${tag}·${s}`);
const idx = fc.nat({ max: 10_000 });
const edit = fc.oneof(
  fc.record({ kind: fc.constant('line' as const), at: fc.tuple(idx, idx), line: fc.constantFrom(...LINK_KINDS), strength: fc.integer({ min: 1, max: 5 }), note: text('FULL') }),
  fc.record({ kind: fc.constant('dossier' as const), at: idx, food: text('FULL'), goals: text('FULL'), motive: text('TEAM') }),
  fc.record({ kind: fc.constant('stage' as const), at: idx, to: fc.constantFrom(...RELATIONSHIP_STAGES), why: text('FULL'), twice: fc.boolean() }),
  fc.record({ kind: fc.constant('member' as const), name: text('MEMBER'), interests: text('FULL') }),
  fc.record({ kind: fc.constant('meeting' as const), at: idx, objective: text('TEAM'), outcome: fc.constantFrom(...MEETING_OUTCOMES), notes: text('FULL'), learned: text('FULL') }),
  fc.record({ kind: fc.constant('succession' as const), at: idx, how: fc.constantFrom(...LEAVE_KINDS), note: text('FULL') }),
  fc.record({ kind: fc.constant('move' as const), what: text('TEAM'), move: fc.constantFrom(...CLIENT_MOVE_KINDS) }),
  fc.record({ kind: fc.constant('action' as const), text: text('TEAM'), note: text('TEAM') }),
  fc.record({ kind: fc.constant('trip' as const), at: idx, city: text('FULL'), purpose: text('FULL') }),
  fc.record({ kind: fc.constant('shuffle' as const), keys: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

const generated = fc.record({
  seed: fc.nat(),
  people: fc.integer({ min: 1, max: 40 }),
  details: fc.boolean(),
  edits: fc.array(edit, { maxLength: 12 }),
});

function accountOf({ seed, people, details, edits }: { seed: number; people: number; details: boolean; edits: Edit[] }): Account {
  const a: AccountInput = structuredClone(generateOrgAccount({ people, seed, ...(details && { details: { today: TODAY } }) }));
  const ps = a.people!;
  const pick = (i: number) => ps[i % ps.length]!;
  edits.forEach((e, n) => {
    const id = `e${n}`;
    if (e.kind === 'line') a.links!.push({ id, source: pick(e.at[0]).id, target: pick(e.at[1]).id, kind: e.line, strength: e.strength, note: e.note });
    else if (e.kind === 'dossier') {
      const p = pick(e.at);
      p.dossier = { ...p.dossier, food: e.food, goals: e.goals };
      p.motives = { ...p.motives, personal: e.motive };
    } else if (e.kind === 'stage') {
      const p = pick(e.at);
      const h = { date: TODAY, from: null, to: e.to, why: e.why };
      p.relationship = { ...p.relationship, history: [...(p.relationship?.history ?? []), h, ...(e.twice ? [h] : [])] };
    } else if (e.kind === 'member') a.team = [...(a.team ?? []), { id, name: e.name, role: 'Pre-sales', interests: e.interests }];
    else if (e.kind === 'meeting')
      a.meetings = [...(a.meetings ?? []), { id, date: TODAY, personId: pick(e.at).id, objective: e.objective, debrief: { outcome: e.outcome, notes: e.notes, learned: e.learned } }];
    else if (e.kind === 'succession') a.successions = [...(a.successions ?? []), { id, postId: pick(e.at).id, leftOn: TODAY, how: e.how, note: e.note }];
    else if (e.kind === 'move') a.clientMoves = [...(a.clientMoves ?? []), { id, date: TODAY, kind: e.move, what: e.what }];
    else if (e.kind === 'action') a.actions = [...(a.actions ?? []), { id, text: e.text, note: e.note }];
    else if (e.kind === 'trip') {
      const p = pick(e.at);
      p.itinerary = [...(p.itinerary ?? []), { id, from: TODAY, city: e.city, purpose: e.purpose }];
    } else {
      // Any order of the people must come back as it was.
      const keyed = ps.map((p, i) => [e.keys[i % e.keys.length]! + i / 1000, p] as const);
      a.people = keyed.sort((x, y) => x[0] - y[0]).map(([, p]) => p);
    }
  });
  return Account.parse(a);
}

const DEMO = [...buildDemoAccounts('zh-CN', NOW), ...buildDemoAccounts('en', NOW)];
const BIG = generateOrgAccount({ people: 1000, seed: 19, details: { today: TODAY } });

function roundTrips(a: Account) {
  const docs = projectAccount(a);
  expect(materialise(held(docs, 'map'))).toEqual(redactAccount(a, 'map'));
  expect(materialise(held(docs, 'team'))).toEqual(redactAccount(a, 'team'));
  expect(materialise(held(docs, 'full'))).toEqual(a);
}

describe('project, then materialise: every level gets its cut back', () => {
  it('for the demo accounts (both languages) and a 1,000-person account', () => {
    for (const a of [...DEMO, BIG]) roundTrips(a);
  });

  it(`for generated accounts with random edits, the order of every list kept (${RUNS} runs)`, () => {
    fc.assert(fc.property(generated, (g) => roundTrips(accountOf(g))), { numRuns: RUNS });
  });

  it('the index names the account and its level documents; the map document does not repeat what the index holds', () => {
    const docs = projectAccount(DEMO[0]!);
    expect(docs.index).toEqual({ format: 1, schemaVersion: DEMO[0]!.schemaVersion, id: 'henan', name: DEMO[0]!.name, levels: ['map', 'team', 'full'] });
    expect(Object.keys(docs.map)).not.toContain('name');
  });

  it('records are maps keyed by id, each with an order key where it begins', () => {
    const a = DEMO[0]!;
    const { map, team, full } = projectAccount(a);
    const people = map.people as JsonObject;
    expect(Object.keys(people)).toEqual(a.people.map((p) => p.id));
    const first = people[a.people[0]!.id] as JsonObject;
    expect(first).toMatchObject({ name: a.people[0]!.name, order: expect.any(String) });
    expect(first).not.toHaveProperty('attitude');
    // The team and full pieces of a person are keyed alike, without an order of their own.
    expect((team.people as JsonObject)[a.people[0]!.id]).toMatchObject({ attitude: a.people[0]!.attitude });
    expect((full.people as JsonObject)[a.people[0]!.id]).not.toHaveProperty('order');
    // A reporting line begins on the map, an alliance in the team document.
    const ally = a.links.find((l) => l.kind !== 'reportsTo')!;
    expect(map.links as JsonObject).not.toHaveProperty(ally.id);
    expect(team.links as JsonObject).toHaveProperty([ally.id, 'order']);
  });
});

/** Every string of a value that says something (ids, dates and keys say nothing by themselves). */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.trim().length >= 4 && !/^[A-Za-z0-9_:.+-]+$/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => texts(v, out));
  return out;
}
const inJson = (json: string, t: string) => json.includes(JSON.stringify(t).slice(1, -1));

/** Texts of the account that the level's cut does not show: its documents must not hold them either. */
function leaks(a: Account, level: 'map' | 'team'): { hidden: string[]; leaked: string[] } {
  const cut = JSON.stringify(redactAccount(a, level));
  const d = projectAccount(a);
  const docs = JSON.stringify(level === 'map' ? [d.index, d.map] : [d.index, d.map, d.team]);
  const hidden = [...new Set(texts(a))].filter((t) => !inJson(cut, t));
  return { hidden, leaked: hidden.filter((t) => inJson(docs, t)) };
}

describe('a level document holds no text of the levels above it', () => {
  it('in the demo: no dossier, motive, itinerary, activity or note text in the map document; no full text in the team one', () => {
    for (const a of DEMO) {
      const map = leaks(a, 'map');
      const team = leaks(a, 'team');
      // The search has something to find: every motive's and dossier's text is hidden from the map.
      const motives = a.people.flatMap((p) => texts(p.motives));
      const dossiers = a.people.flatMap((p) => texts([p.dossier, p.itinerary, p.activities]));
      expect(motives.length + dossiers.length, a.id).toBeGreaterThan(10);
      expect(map.hidden).toEqual(expect.arrayContaining(motives.filter((t) => !inJson(JSON.stringify(redactAccount(a, 'map')), t))));
      expect(team.hidden.length, a.id).toBeGreaterThan(10);
      expect(map.leaked, a.id).toEqual([]);
      expect(team.leaked, a.id).toEqual([]);
    }
  });

  it(`in generated accounts with random edits (${RUNS} runs): no TEAM or FULL text in the map document, no FULL text in the team one`, () => {
    fc.assert(
      fc.property(generated, (g) => {
        const a = accountOf(g);
        const d = projectAccount(a);
        const [map, team] = [JSON.stringify([d.index, d.map]), JSON.stringify(d.team)];
        const tagged = texts(a).filter((t) => /^(TEAM|FULL)·/.test(t));
        for (const t of tagged) expect(inJson(map, t), t).toBe(false);
        for (const t of tagged.filter((x) => x.startsWith('FULL·'))) expect(inJson(team, t), t).toBe(false);
        // The details the generator writes (dossiers, motives, trips) are hidden the same way.
        expect(leaks(a, 'map').leaked).toEqual([]);
        expect(leaks(a, 'team').leaked).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('for a 1,000-person account', () => {
    expect(leaks(BIG, 'map').leaked).toEqual([]);
    expect(leaks(BIG, 'team').leaked).toEqual([]);
    expect(leaks(BIG, 'map').hidden.length).toBeGreaterThan(1000);
  });
});

/** A naive union of two copies: keys of either; where both hold a key, objects are joined, else the first wins. */
function union(a: Json | undefined, b: Json | undefined): Json | undefined {
  const isObj = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(a) || !isObj(b)) return a === undefined ? b : a;
  const out: JsonObject = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) out[k] = union(a[k], b[k])!;
  return out;
}
const lastOrder = (records: JsonObject) => Object.values(records).map((r) => (r as JsonObject).order as string).sort().at(-1) ?? null;

/** A copy of the documents with a person and an action added under ids of this copy. */
function addOnCopy(d: TeamDocuments, side: string): TeamDocuments {
  const c = structuredClone(d);
  const people = c.map.people as JsonObject;
  people[`p_${side}`] = { id: `p_${side}`, name: `New ${side}`, order: orderAfter(lastOrder(people)) };
  ((c.full.people ??= {}) as JsonObject)[`p_${side}`] = { dossier: { food: `Food of ${side}` } };
  const actions = (c.team.actions ??= {}) as JsonObject;
  actions[`a_${side}`] = { id: `a_${side}`, text: `Call ${side}`, order: orderAfter(lastOrder(actions)) };
  return c;
}

describe('maps keyed by id take concurrent additions', () => {
  it(`a person and an action added on two copies under different ids both survive a key-wise union, after the others (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(generated, fc.constantFrom('x', 'y'), (g, first) => {
        const a = accountOf(g);
        const d = projectAccount(a);
        const [one, two] = first === 'x' ? ['x', 'y'] : ['y', 'x'];
        const c1 = addOnCopy(d, one);
        const c2 = addOnCopy(d, two);
        const joined = {
          index: d.index,
          map: union(c1.map, c2.map) as JsonObject,
          team: union(c1.team, c2.team) as JsonObject,
          full: union(c1.full, c2.full) as JsonObject,
        };
        const got = materialise(joined);
        // Both additions share an order key (each came after the same last one): their ids break the tie.
        expect(got.people.map((p) => p.id)).toEqual([...a.people.map((p) => p.id), 'p_x', 'p_y']);
        expect(got.actions.map((x) => x.id)).toEqual([...a.actions.map((x) => x.id), 'a_x', 'a_y']);
        expect(got.people.at(-1)!.dossier.food).toBe('Food of y');
        expect(got.people.slice(0, a.people.length)).toEqual(a.people);
      }),
      { numRuns: RUNS },
    );
  });

  it('where the same additions to arrays would collide: both claim the same index and a naive union keeps one', () => {
    const list = [{ id: 'p1' }];
    const [x, y] = [[...list, { id: 'p_x' }], [...list, { id: 'p_y' }]];
    const joined = x.map((v, i) => union(v, y[i]));
    expect(joined).toHaveLength(2);
    expect(joined.map((p) => (p as JsonObject).id)).toEqual(['p1', 'p_x']);
  });
});

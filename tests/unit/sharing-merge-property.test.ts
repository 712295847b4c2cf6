import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartProblems } from '../../shared/logic/chart';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';

const T = '2026-11-22T09:00:00.000Z';
const PEOPLE = 12;

/** A base account: a tree of twelve people (p0 at the top, each under p⌊(i−1)/3⌋). */
function base(): Account {
  const ids = Array.from({ length: PEOPLE }, (_, i) => `p${i}`);
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme',
    createdAt: T,
    updatedAt: T,
    people: ids.map((id, i) => ({ id, name: `Person ${i}`, title: `Title ${i}`, dossier: { food: `Food ${i}` } })),
    links: ids.slice(1).map((id, i) => ({ id: `l${id}`, source: id, target: `p${Math.floor(i / 3)}`, kind: 'reportsTo' })),
  });
}

/** One side's edits: some titles and foods changed, some people removed, a few new people, some managers moved. */
const edits = fc.record({
  titles: fc.uniqueArray(fc.nat({ max: PEOPLE - 1 }), { maxLength: 5 }),
  foods: fc.uniqueArray(fc.nat({ max: PEOPLE - 1 }), { maxLength: 5 }),
  removed: fc.uniqueArray(fc.integer({ min: 1, max: PEOPLE - 1 }), { maxLength: 3 }),
  added: fc.nat({ max: 2 }),
  moves: fc.array(fc.tuple(fc.integer({ min: 1, max: PEOPLE - 1 }), fc.nat({ max: PEOPLE - 1 })), { maxLength: 3 }),
});
type Edits = typeof edits extends fc.Arbitrary<infer E> ? E : never;

function apply(a: Account, e: Edits, side: string): Account {
  const gone = new Set(e.removed.map((i) => `p${i}`));
  let links = a.links.filter((l) => !gone.has(l.source) && !gone.has(l.target));
  for (const [who, to] of e.moves) {
    const [s, t] = [`p${who}`, `p${to}`];
    if (s === t || gone.has(s) || gone.has(t)) continue;
    const moved = links
      .filter((l) => l.source !== s)
      .concat({ id: `l${s}-${side}`, source: s, target: t, kind: 'reportsTo', dotted: false, strength: null, note: '' });
    // Each side's own chart keeps the rules, as the app makes sure of.
    if (chartProblems({ people: a.people, links: moved }).length === 0) links = moved;
  }
  const people = a.people
    .filter((p) => !gone.has(p.id))
    .map((p, i) => ({
      ...p,
      title: e.titles.includes(Number(p.id.slice(1))) ? `${p.title} (${side})` : p.title,
      dossier: e.foods.includes(Number(p.id.slice(1))) ? { ...p.dossier, food: `${side} food ${i}` } : p.dossier,
    }));
  const added = Array.from({ length: e.added }, (_, i) =>
    Account.shape.people.unwrap().element.parse({ id: `n_${side}_${i}`, name: `New ${side} ${i}` }),
  );
  return { ...a, people: [...people, ...added], links };
}

describe('the merge loses nothing (property-based)', () => {
  it('for random edits on both sides: every person of mine stays, my own changes stay, theirs alone are taken, and the chart keeps its rules', () => {
    fc.assert(
      fc.property(edits, edits, (ours, theirs) => {
        const b = base();
        const mine = apply(b, ours, 'mine');
        const other = apply(b, theirs, 'theirs');
        const { account, report } = mergeAccount({ mine, theirs: other, base: b, level: 'full' });
        const ids = new Set(account.people.map((p) => p.id));
        for (const p of mine.people) expect(ids.has(p.id)).toBe(true);
        for (const p of other.people.filter((x) => x.id.startsWith('n_'))) expect(ids.has(p.id)).toBe(true);
        const byId = new Map(account.people.map((p) => [p.id, p]));
        for (const p of mine.people) {
          const was = b.people.find((x) => x.id === p.id);
          const got = byId.get(p.id)!;
          // A change of mine is never overwritten without a choice (conflicts default to mine).
          if (was && p.title !== was.title) expect(got.title).toBe(p.title);
          const theirsP = other.people.find((x) => x.id === p.id);
          if (was && theirsP && p.title === was.title && theirsP.title !== was.title) expect(got.title).toBe(theirsP.title);
        }
        expect(chartProblems(account)).toEqual([]);
        expect(Account.safeParse(account).success).toBe(true);
        // Every conflict names a place both sides changed.
        for (const c of report.conflicts) expect(c.mine).not.toEqual(c.theirs);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { applyPatch, chartProblems } from '../../shared/logic/chart';
import { patchBetween } from '../../shared/logic/chart/between';
import { redactAccount } from '../../shared/logic/redaction';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import { Account, ACCOUNT_SCHEMA_VERSION, type AccountInput } from '../../shared/model/account';
import { Person, type PersonInput } from '../../shared/model/person';

const T = '2026-11-22T09:00:00.000Z';
const person = (id: string, name: string, extra: Partial<PersonInput> = {}): PersonInput => ({ id, name, ...extra });
const line = (source: string, target: string) => ({ id: `l_${source}`, source, target, kind: 'reportsTo' as const });

/** A small account: a director with two managers, one of whom has a report. */
function baseAccount(extra: Partial<AccountInput> = {}): Account {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme Power',
    createdAt: T,
    updatedAt: T,
    people: [
      person('dir', 'Zhao Director', { title: 'Director' }),
      person('m1', 'Li Manager', { title: 'IT manager' }),
      person('m2', 'Wang Manager', { title: 'Procurement manager' }),
      person('e1', 'Chen Engineer', { title: 'Engineer' }),
    ],
    links: [line('m1', 'dir'), line('m2', 'dir'), line('e1', 'm1')],
    canvas: { positions: { dir: { x: 0, y: 0 }, m1: { x: -200, y: 200 }, m2: { x: 200, y: 200 }, e1: { x: -200, y: 400 } } },
    ...extra,
  });
}

/** `account` with one person changed. */
function edit(account: Account, id: string, change: (p: Account['people'][number]) => Account['people'][number]): Account {
  return { ...account, people: account.people.map((p) => (p.id === id ? change(p) : p)) };
}
const personOf = (a: Account, id: string) => a.people.find((p) => p.id === id)!;
const managerOf = (a: Account, id: string) =>
  a.links.find((l) => l.kind === 'reportsTo' && !l.dotted && l.source === id)?.target ?? null;

/** Every person, line, department and field text of `before` is somewhere in `after`. */
function losesNothing(before: Account, after: Account): void {
  const ids = new Set(after.people.map((p) => p.id));
  for (const p of before.people) expect(ids.has(p.id), `person ${p.name} kept`).toBe(true);
}

describe('merging their copy of an account into mine', () => {
  const base = baseAccount();

  it('takes a change of theirs and keeps a change of mine to other fields, silently', () => {
    const mine = edit(base, 'm1', (p) => ({ ...p, title: 'CIO' }));
    const theirs = edit(base, 'm2', (p) => ({ ...p, dossier: { ...p.dossier, food: 'Sichuan hotpot' } }));
    const { account, report } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(report.conflicts).toEqual([]);
    expect(report.taken).toBe(1);
    expect(personOf(account, 'm1').title).toBe('CIO');
    expect(personOf(account, 'm2').dossier.food).toBe('Sichuan hotpot');
    losesNothing(mine, account);
  });

  it('asks about a field both sides changed, and resolves it either way', () => {
    const mine = edit(base, 'dir', (p) => ({ ...p, attitude: 'supporter' }));
    const theirs = edit(base, 'dir', (p) => ({ ...p, attitude: 'opponent' }));
    const preview = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(preview.report.conflicts).toEqual([
      { key: 'people/dir/attitude', path: ['people', 'dir', 'attitude'], mine: 'supporter', theirs: 'opponent' },
    ]);
    expect(personOf(preview.account, 'dir').attitude).toBe('supporter'); // mine unless told
    const theirsWins = mergeAccount({
      mine,
      theirs,
      base,
      level: 'full',
      choices: { conflicts: { 'people/dir/attitude': 'theirs' } },
    });
    expect(personOf(theirsWins.account, 'dir').attitude).toBe('opponent');
    const allTheirs = mergeAccount({ mine, theirs, base, level: 'full', choices: { all: 'theirs' } });
    expect(personOf(allTheirs.account, 'dir').attitude).toBe('opponent');
    const mineWins = mergeAccount({
      mine,
      theirs,
      base,
      level: 'full',
      choices: { all: 'theirs', conflicts: { 'people/dir/attitude': 'mine' } },
    });
    expect(personOf(mineWins.account, 'dir').attitude).toBe('supporter');
  });

  it('keeps and reports a person their side deleted, and removes them only when told', () => {
    const theirs = {
      ...base,
      people: base.people.filter((p) => p.id !== 'e1'),
      links: base.links.filter((l) => l.source !== 'e1'),
    };
    const kept = mergeAccount({ mine: base, theirs, base, level: 'full' });
    expect(kept.report.removedTheirs.map((r) => r.key)).toEqual(['people/e1']);
    expect(personOf(kept.account, 'e1').name).toBe('Chen Engineer');
    expect(managerOf(kept.account, 'e1')).toBe('m1');
    losesNothing(base, kept.account);
    const removed = mergeAccount({ mine: base, theirs, base, level: 'full', choices: { removeTheirs: ['people/e1'] } });
    expect(removed.account.people.map((p) => p.id)).not.toContain('e1');
    expect(removed.account.links.some((l) => l.source === 'e1' || l.target === 'e1')).toBe(false);
  });

  it('brings back, and reports, a person deleted here that their file still has', () => {
    const mine = {
      ...base,
      people: base.people.filter((p) => p.id !== 'm2'),
      links: base.links.filter((l) => l.source !== 'm2'),
    };
    const merged = mergeAccount({ mine, theirs: base, base, level: 'full' });
    expect(merged.report.removedHere.map((r) => r.label)).toEqual(['Wang Manager']);
    expect(managerOf(merged.account, 'm2')).toBe('dir');
    const leftOut = mergeAccount({ mine, theirs: base, base, level: 'full', choices: { leaveRemoved: ['people/m2'] } });
    expect(leftOut.account.people.map((p) => p.id)).not.toContain('m2');
  });

  it('adds their new people with their lines and places', () => {
    const theirs: Account = {
      ...base,
      people: [...base.people, Person.parse(person('e2', 'Sun Analyst'))],
      links: [
        ...base.links,
        { id: 'l_e2', source: 'e2', target: 'm2', kind: 'reportsTo', dotted: false, strength: null, note: '' },
      ],
      canvas: { ...base.canvas, positions: { ...base.canvas.positions, e2: { x: 200, y: 400 } } },
    };
    const { account, report } = mergeAccount({ mine: base, theirs, base: null, level: 'full' });
    expect(report.added.map((r) => r.label)).toEqual(['Sun Analyst']);
    expect(managerOf(account, 'e2')).toBe('m2');
    expect(account.canvas.positions.e2).toEqual({ x: 200, y: 400 });
  });

  it('merges who reports to whom per person, and never forms a cycle', () => {
    // They moved the engineer under m2; we moved m2 under m1: two people, two different fields.
    const theirs = { ...base, links: base.links.map((l) => (l.source === 'e1' ? { ...l, target: 'm2' } : l)) };
    const mine = { ...base, links: base.links.map((l) => (l.source === 'm2' ? { ...l, target: 'm1' } : l)) };
    const { account, report } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(report.conflicts).toEqual([]);
    expect(managerOf(account, 'e1')).toBe('m2');
    expect(managerOf(account, 'm2')).toBe('m1');
    expect(chartProblems(account)).toEqual([]);
    // Taking a manager that closes a loop keeps mine for the people on it.
    const loop = { ...base, links: base.links.map((l) => (l.source === 'm1' ? { ...l, target: 'e1' } : l)) };
    const safe = mergeAccount({ mine: base, theirs: loop, base: null, level: 'full', choices: { all: 'theirs' } });
    expect(chartProblems(safe.account)).toEqual([]);
    expect(safe.report.keptManagers).toContain('m1');
  });

  it('with no common base, asks about every difference and still adds what is new', () => {
    const mine = edit(base, 'm1', (p) => ({ ...p, title: 'CIO' }));
    const theirs = edit(base, 'm2', (p) => ({ ...p, title: 'CPO' }));
    const { report } = mergeAccount({ mine, theirs, base: null, level: 'full' });
    expect(report.conflicts.map((c) => c.key).sort()).toEqual(['people/m1/title', 'people/m2/title']);
  });

  it('at team level, never touches what the file does not carry (dossiers, notes)', () => {
    const mine = edit(base, 'dir', (p) => ({ ...p, dossier: { ...p.dossier, hometown: 'Luoyang' }, phone: '138' }));
    const theirs = edit(base, 'dir', (p) => ({ ...p, attitude: 'champion' }));
    // Their file at team level: no dossier, no phone.
    const { account, report } = mergeAccount({ mine, theirs: { ...theirs }, base, level: 'team' });
    expect(report.conflicts).toEqual([]);
    expect(personOf(account, 'dir').attitude).toBe('champion');
    expect(personOf(account, 'dir').dossier.hometown).toBe('Luoyang');
    expect(personOf(account, 'dir').phone).toBe('138');
  });

  it('gives a patch that turns mine into the merge, so the merge is one undoable edit', () => {
    const mine = edit(base, 'm1', (p) => ({ ...p, title: 'CIO' }));
    const theirs = { ...edit(base, 'm2', (p) => ({ ...p, keyPerson: true })), name: 'Acme Power Group' };
    const { account } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(account.name).toBe('Acme Power Group');
    const patch = patchBetween(mine, account);
    expect(patch.people.map((p) => p.id)).toEqual(['m2']);
    const applied = applyPatch(mine, patch);
    expect(applied).toEqual({ ...account, links: applied.links });
    expect([...applied.links].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...account.links].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe('merging: the cases a review found', () => {
  const base = baseAccount();

  it('keeps the reasons of a stage history a team-level file does not carry, and adds their new stages', () => {
    const withWhy = edit(base, 'dir', (p) => ({
      ...p,
      relationship: {
        ...p.relationship,
        history: [{ date: '2026-10-01', from: 'initial', to: 'familiar', why: 'Dinner in Zhengzhou' }],
      },
    }));
    const theirs = edit(withWhy, 'dir', (p) => ({
      ...p,
      relationship: {
        ...p.relationship,
        history: [
          { date: '2026-10-01', from: 'initial', to: 'familiar', why: '' },
          { date: '2026-11-01', from: 'familiar', to: 'trust', why: '' },
        ],
      },
    }));
    for (const choices of [{}, { all: 'theirs' as const }]) {
      const { account } = mergeAccount({ mine: withWhy, theirs, base: null, level: 'team', choices });
      expect(personOf(account, 'dir').relationship.history.map((h) => [h.to, h.why])).toEqual([
        ['familiar', 'Dinner in Zhengzhou'],
        ['trust', ''],
      ]);
    }
  });

  it('never lets an id of theirs take the note of one of my reporting lines', () => {
    const mine = { ...base, links: base.links.map((l) => (l.source === 'm1' ? { ...l, note: 'Weekly 1:1', strength: 4 } : l)) };
    // Their new influence line happens to use the id of my m1 → dir line.
    const theirs = {
      ...base,
      links: [
        ...base.links,
        { id: 'l_m1', source: 'e1', target: 'm2', kind: 'influences' as const, dotted: false, strength: null, note: 'theirs' },
      ],
    };
    const { account } = mergeAccount({ mine, theirs, base: null, level: 'full' });
    const reporting = account.links.find((l) => l.kind === 'reportsTo' && l.source === 'm1')!;
    expect(reporting).toMatchObject({ id: 'l_m1', note: 'Weekly 1:1', strength: 4 });
    expect(account.links.find((l) => l.kind === 'influences')).toMatchObject({ source: 'e1', target: 'm2', note: 'theirs' });
    expect(new Set(account.links.map((l) => l.id)).size).toBe(account.links.length);
  });

  it('handles people whose ids are names of built-in members (toString, valueOf)', () => {
    const odd = Account.parse({
      ...base,
      people: [...base.people, Person.parse(person('toString', 'Odd One')), Person.parse(person('valueOf', 'Odd Two'))],
    });
    const theirs = edit(odd, 'toString', (p) => ({ ...p, title: 'Changed' }));
    const withBase = mergeAccount({ mine: odd, theirs, base: odd, level: 'full' });
    expect(personOf(withBase.account, 'toString').title).toBe('Changed');
    const noBase = mergeAccount({
      mine: odd,
      theirs: { ...theirs, canvas: { positions: { toString: { x: 1, y: 2 } }, collapsed: [] } },
      base: null,
      level: 'full',
    });
    expect(noBase.account.canvas.positions.toString).toEqual({ x: 1, y: 2 });
    const patch = patchBetween(odd, noBase.account);
    expect(JSON.parse(JSON.stringify(patch))).toEqual(patch); // data only, no functions
  });

  it('does not use a base exchanged at a lower level than the file: what it did not carry is asked, never revived', () => {
    const mine = edit(base, 'dir', (p) => ({ ...p, dossier: { ...p.dossier, food: '' } })); // deleted here
    const before = edit(base, 'dir', (p) => ({ ...p, dossier: { ...p.dossier, food: 'Old secret' } }));
    const mapBase = before; // what was sent at map carried no dossier
    const { account, report } = mergeAccount({ mine, theirs: before, base: mapBase, baseLevel: 'map', level: 'full' });
    expect(personOf(account, 'dir').dossier.food).toBe('');
    expect(report.conflicts.map((c) => c.key)).toContain('people/dir/dossier/food');
  });
});

// Issue 15, item 8: findings set aside travel with the account at team level and merge by key.
describe('findings set aside, in a merge and a cut', () => {
  const aside = (id: string, reason: string) => ({ id, reason, date: '2026-12-01' });
  it('merge by their key: one set aside on each side both stay; a reason changed on both sides is a conflict', () => {
    const base = baseAccount({ setAside: [aside('singleThreaded', 'one buyer')] });
    const mine = { ...base, setAside: [...base.setAside, aside('roleUncovered-customersCustomer', 'port tender')] };
    const theirs = { ...base, setAside: [{ ...base.setAside[0]!, reason: 'changed there' }, aside('roleUncovered-sales', 'no sales staff')] };
    const { account, report } = mergeAccount({ mine, theirs, base, level: 'team' });
    expect(account.setAside.map((s) => s.id).sort()).toEqual(['roleUncovered-customersCustomer', 'roleUncovered-sales', 'singleThreaded']);
    expect(account.setAside.find((s) => s.id === 'singleThreaded')!.reason).toBe('changed there');
    expect(report.conflicts).toEqual([]);
    const both = { ...mine, setAside: mine.setAside.map((s) => (s.id === 'singleThreaded' ? { ...s, reason: 'changed here' } : s)) };
    const clash = mergeAccount({ mine: both, theirs, base, level: 'team' });
    expect(clash.report.conflicts.map((c) => c.key)).toEqual(['setAside/singleThreaded/reason']);
  });

  it('is shared from team up, never on a map', () => {
    const a = baseAccount({ setAside: [aside('roleUncovered-customersCustomer', 'a port tender has none')] });
    expect(redactAccount(a, 'map').setAside).toEqual([]);
    expect(redactAccount(a, 'team').setAside).toEqual(a.setAside);
  });
});

import { describe, expect, it } from 'vitest';
import { applyPatch, invertPatch } from '../../shared/logic/chart';
import { findingKey, openFindings } from '../../shared/logic/coverage';
import { accountTimeline } from '../../shared/logic/history/timeline';
import { redactAccount } from '../../shared/logic/redaction';
import { buildSearchIndex } from '../../shared/logic/search';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import {
  chartAsOf,
  fillPost,
  leavePost,
  postHistory,
  successionTimeline,
  vacancyIdFor,
  vacancyOf,
  type SuccessionResult,
} from '../../shared/logic/succession';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import type { ChartPatch } from '../../shared/model/chart-patch';
import { formatServiceText } from '../../shared/i18n/service-text';
import { LIMITS, limitRefusal } from '../../shared/model/limits';

// Issue 18, people who change posts: a holder leaves their post on a date (the card stays as a
// vacancy keeping the post's title, department, roles and lines; the person moves to the former
// people with their dossier), a successor fills it, and the chart can be seen as of a past date.

const T = '2026-11-22T09:00:00.000Z';
const TODAY = '2026-12-07';

function bank(): Account {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'bank',
    name: 'River City Bank',
    createdAt: T,
    updatedAt: T,
    departments: [{ id: 'd_buy', name: 'Purchasing' }],
    people: [
      { id: 'vp', name: 'Ma Lin', title: 'Vice president', roles: ['decisionMaker'], attitude: 'supporter' },
      {
        id: 'qian',
        name: 'Qian Wei',
        title: 'Purchasing manager',
        departmentId: 'd_buy',
        roles: ['decisionMaker', 'influencer'],
        keyPerson: true,
        influence: 5,
        attitude: 'opponent',
        relationship: {
          stage: 'trust',
          history: [
            { date: '2026-03-01', from: 'initial', to: 'familiar' },
            { date: '2026-07-01', from: 'familiar', to: 'trust' },
          ],
        },
        dossier: { food: 'Sichuan hotpot', hometown: 'Wuhan' },
      },
      { id: 'clerk', name: 'Zhou Yi', title: 'Buyer', departmentId: 'd_buy' },
    ],
    links: [
      { id: 'l1', source: 'qian', target: 'vp', kind: 'reportsTo' },
      { id: 'l2', source: 'clerk', target: 'qian', kind: 'reportsTo' },
      { id: 'l3', source: 'qian', target: 'clerk', kind: 'influences' },
    ],
    canvas: { positions: { vp: { x: 0, y: 0 }, qian: { x: 0, y: 200 }, clerk: { x: 0, y: 400 } } },
  });
}

function ok(r: SuccessionResult): { patch: ChartPatch; id: string } {
  if ('refusal' in r) throw new Error(`refused: ${r.refusal}`);
  return r;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const leave = (a: Account, date = '2026-10-31') =>
  ok(leavePost(a, 'qian', { date, how: 'promoted', note: 'Moved to head office' }, TODAY));

describe('leaving a post', () => {
  it('leaves the card as a vacancy that keeps the post, its lines and its place, and keeps the person as former', () => {
    const before = bank();
    const { patch, id } = leave(before);
    const after = applyPatch(before, patch);
    expect(id).toBe(vacancyIdFor('qian'));
    const card = after.people.find((p) => p.id === id)!;
    expect(card).toMatchObject({
      name: '',
      placeholder: true,
      title: 'Purchasing manager',
      departmentId: 'd_buy',
      roles: ['decisionMaker', 'influencer'],
      keyPerson: true,
    });
    expect(card.dossier.food).toBe('');
    expect(after.people.some((p) => p.id === 'qian')).toBe(false);
    expect(after.links.map((l) => [l.id, l.source, l.target])).toEqual([
      ['l1', id, 'vp'],
      ['l2', 'clerk', id],
      ['l3', id, 'clerk'],
    ]);
    expect(after.canvas.positions[id]).toEqual({ x: 0, y: 200 });
    expect(after.canvas.positions.qian).toBeUndefined();
    expect(after.formerPeople.map((p) => [p.id, p.dossier.food])).toEqual([['qian', 'Sichuan hotpot']]);
    expect(after.successions).toEqual([
      {
        id: 'qian',
        postId: id,
        postTitle: 'Purchasing manager',
        leftOn: '2026-10-31',
        how: 'promoted',
        note: 'Moved to head office',
        successorSince: '',
      },
    ]);
    expect(vacancyOf(after, card)?.id).toBe('qian');
    expect(Account.safeParse(after).success).toBe(true);
  });

  it('is one undo step: the inverse patch gives the account back as it was', () => {
    const before = bank();
    const { patch } = leave(before);
    const after = applyPatch(before, patch);
    const undone = applyPatch(after, invertPatch(before, patch));
    // Undo puts the person back (at the end of the list, as any undone delete does).
    expect({ ...undone, people: byId(undone.people) }).toEqual({ ...before, people: byId(before.people) });
  });

  it('refuses with a reason: no such person, a vacancy, a second departure, dates out of range', () => {
    const a = bank();
    const at = (date: string, who = 'qian') => leavePost(a, who, { date, how: 'left', note: '' }, TODAY);
    expect(at('2026-10-31', 'nobody')).toEqual({ refusal: 'noSuchPerson' });
    expect(at('')).toEqual({ refusal: 'dateMissing' });
    expect(at('2026-02-30')).toEqual({ refusal: 'dateMissing' });
    expect(at('1949-12-31')).toEqual({ refusal: 'dateTooEarly' });
    expect(at('2026-12-08')).toEqual({ refusal: 'dateInFuture' });
    const left = applyPatch(a, leave(a).patch);
    expect(leavePost(left, vacancyIdFor('qian'), { date: '2026-11-01', how: 'left', note: '' }, TODAY)).toEqual({
      refusal: 'notAHolder',
    });
  });
});

describe('filling a post', () => {
  const vacant = () => {
    const a = bank();
    return applyPatch(a, leave(a).patch);
  };
  const V = vacancyIdFor('qian');

  it('makes the vacancy the successor, in post since the date, the predecessor linked', () => {
    const a = vacant();
    const { patch } = ok(fillPost(a, V, { name: ' Lin Hao ', since: '2026-11-15' }, TODAY));
    const b = applyPatch(a, patch);
    const card = b.people.find((p) => p.id === V)!;
    expect(card).toMatchObject({ name: 'Lin Hao', placeholder: false, title: 'Purchasing manager', keyPerson: true });
    expect(b.successions[0]).toMatchObject({ id: 'qian', postId: V, successorSince: '2026-11-15' });
    expect(vacancyOf(b, card)).toBeNull();
    expect(applyPatch(b, invertPatch(a, patch))).toEqual(a);
  });

  it('refuses a blank name, a date before the predecessor left or in the future, and a card that is not vacant', () => {
    const a = vacant();
    expect(fillPost(a, V, { name: '  ', since: '2026-11-15' }, TODAY)).toEqual({ refusal: 'nameMissing' });
    expect(fillPost(a, V, { name: 'Lin Hao', since: '2026-10-30' }, TODAY)).toEqual({ refusal: 'beforeLeaving' });
    expect(fillPost(a, V, { name: 'Lin Hao', since: '2027-01-01' }, TODAY)).toEqual({ refusal: 'dateInFuture' });
    expect(fillPost(a, 'clerk', { name: 'Lin Hao', since: '2026-11-15' }, TODAY)).toEqual({ refusal: 'notVacant' });
  });

  it('tells the post’s history: the successor, the vacancy, the predecessor, newest first', () => {
    const a = vacant();
    const b = applyPatch(a, ok(fillPost(a, V, { name: 'Lin Hao', since: '2026-11-15' }, TODAY)).patch);
    expect(postHistory(b, V).map((t) => [t.person?.name ?? null, t.former, t.from, t.to])).toEqual([
      ['Lin Hao', false, '2026-11-15', null],
      [null, false, '2026-10-31', '2026-11-15'],
      ['Qian Wei', true, null, '2026-10-31'],
    ]);
  });
});

describe('a new holder of a key post', () => {
  const filled = (since: string) => {
    const a = bank();
    const v = applyPatch(a, leave(a, '2026-08-01').patch);
    return applyPatch(v, ok(fillPost(v, vacancyIdFor('qian'), { name: 'Lin Hao', since }, TODAY)).patch);
  };
  const incumbents = (a: Account) => openFindings(a, TODAY).filter((f) => f.kind === 'newIncumbent');

  it('is a finding for under 90 days, naming the predecessor', () => {
    const found = incumbents(filled('2026-09-09'));
    expect(found).toEqual([
      { kind: 'newIncumbent', personId: vacancyIdFor('qian'), predecessorId: 'qian', since: '2026-09-09', days: 89 },
    ]);
    expect(findingKey(found[0]!)).toBe(`newIncumbent-${vacancyIdFor('qian')}-qian`);
  });

  it('is no finding from the 90th day, for a post that is not key, or while the post is vacant', () => {
    expect(incumbents(filled('2026-09-08'))).toEqual([]);
    const notKey = filled('2026-11-01');
    expect(incumbents({ ...notKey, people: notKey.people.map((p) => ({ ...p, keyPerson: false })) })).toEqual([]);
    const a = bank();
    expect(incumbents(applyPatch(a, leave(a).patch))).toEqual([]);
  });
});

describe('the chart as of a date', () => {
  const story = () => {
    const a = bank();
    const v = applyPatch(a, leave(a).patch);
    return applyPatch(v, ok(fillPost(v, vacancyIdFor('qian'), { name: 'Lin Hao', since: '2026-11-15' }, TODAY)).patch);
  };
  const V = vacancyIdFor('qian');
  const shown = (a: Account, date: string) => {
    const r = chartAsOf(a, date, TODAY);
    if ('refusal' in r) throw new Error(r.refusal);
    return r;
  };

  it('shows the predecessor in the post before they left, with their stage then', () => {
    const then = shown(story(), '2026-05-01');
    const card = then.account.people.find((p) => p.id === V)!;
    expect(card.name).toBe('Qian Wei');
    expect(card.placeholder).toBe(false);
    expect(card.relationship.stage).toBe('familiar');
    expect(card.dossier.food).toBe('Sichuan hotpot');
    expect(then.cards.get(V)).toEqual({ kind: 'holder', personId: 'qian', former: true });
    // Same cards, same lines, same places.
    expect(then.account.links).toEqual(story().links);
    expect(then.account.canvas).toEqual(story().canvas);
  });

  it('shows the stage before the first recorded change, the vacancy between leaving and filling, and the successor after', () => {
    expect(shown(story(), '2026-01-01').account.people.find((p) => p.id === V)!.relationship.stage).toBe('initial');
    const gap = shown(story(), '2026-11-01');
    expect(gap.account.people.find((p) => p.id === V)).toMatchObject({ name: '', placeholder: true });
    expect(gap.cards.get(V)).toEqual({ kind: 'vacant' });
    const now = shown(story(), '2026-11-20');
    expect(now.account.people.find((p) => p.id === V)!.name).toBe('Lin Hao');
    expect(now.cards.has(V)).toBe(false);
  });

  it('takes the attitude then from the latest recorded state on or before the date', () => {
    const a = story();
    // Today's state is the only one recorded: a date before it falls back on the record (the predecessor as they left).
    expect(shown(a, '2026-05-01').account.people.find((p) => p.id === V)!.attitude).toBe('opponent');
    expect(shown(a, TODAY).account.people.find((p) => p.id === 'vp')!.attitude).toBe('supporter');
  });

  it('refuses a date in the future, before 1950, or not a date', () => {
    expect(chartAsOf(story(), '2026-12-08', TODAY)).toEqual({ refusal: 'dateInFuture' });
    expect(chartAsOf(story(), '1900-01-01', TODAY)).toEqual({ refusal: 'dateTooEarly' });
    expect(chartAsOf(story(), 'soon', TODAY)).toEqual({ refusal: 'dateMissing' });
  });

  it('still shows the post sensibly when the successor was deleted later: the former person names the post from its own record', () => {
    const a = story();
    const gone = {
      ...a,
      people: a.people.filter((p) => p.id !== V),
      links: a.links.filter((l) => l.source !== V && l.target !== V),
    };
    expect(Account.safeParse(gone).success).toBe(true);
    expect(gone.successions[0]!.postTitle).toBe('Purchasing manager');
    expect(postHistory(gone, V).map((t) => t.person?.name ?? null)).toEqual([null, null, 'Qian Wei']);
    expect('refusal' in chartAsOf(gone, '2026-05-01', TODAY)).toBe(false);
  });
});

describe('through the rest of the app', () => {
  const left = () => {
    const a = bank();
    return applyPatch(a, leave(a).patch);
  };

  it('finds a former person by name and dossier, marked former', () => {
    const index = buildSearchIndex([left()]);
    const byName = index.search('Qian Wei').groups.flatMap((g) => g.hits);
    expect(byName[0]?.person).toEqual({ id: 'qian', name: 'Qian Wei', title: 'Purchasing manager', former: true });
    const byDossier = index.search('hotpot').groups.flatMap((g) => g.hits);
    expect(byDossier.map((h) => h.person?.former)).toEqual([true]);
    expect(index.search('Zhou Yi').groups[0]!.hits[0]!.person?.former).toBe(false);
  });

  it('puts the change of post on the account timeline on the day the holder left', () => {
    expect(accountTimeline(left(), [successionTimeline])).toEqual([
      { date: '2026-10-31', kind: 'succession', id: 'qian', personIds: ['qian', vacancyIdFor('qian')] },
    ]);
  });

  it('shares who held which post when at map level, the note and former people’s dossiers only at full', () => {
    const a = left();
    for (const level of ['map', 'team'] as const) {
      const cut = redactAccount(a, level);
      expect(cut.successions[0]).toMatchObject({
        id: 'qian',
        leftOn: '2026-10-31',
        how: 'promoted',
        postTitle: 'Purchasing manager',
        note: '',
      });
      expect(cut.formerPeople[0]).toMatchObject({ id: 'qian', name: 'Qian Wei', title: 'Purchasing manager' });
      expect(cut.formerPeople[0]!.dossier.food).toBe('');
      expect(JSON.stringify(cut)).not.toContain('Sichuan hotpot');
      expect(JSON.stringify(cut)).not.toContain('Moved to head office');
    }
    expect(redactAccount(a, 'map').formerPeople[0]!.attitude).toBe('unknown');
    expect(redactAccount(a, 'team').formerPeople[0]!.attitude).toBe('opponent');
    const full = JSON.stringify(redactAccount(a, 'full'));
    expect(full).toContain('Sichuan hotpot');
    expect(full).toContain('Moved to head office');
  });
});

describe('merging changes of post', () => {
  const V = vacancyIdFor('qian');
  const fill = (a: Account, name: string) => applyPatch(a, ok(fillPost(a, V, { name, since: '2026-11-15' }, TODAY)).patch);

  it('asks when the post’s holder changed on both sides', () => {
    const base = bank();
    const left = applyPatch(base, leave(base).patch);
    const { report } = mergeAccount({ mine: fill(left, 'Lin Hao'), theirs: fill(left, 'Wang Tao'), base: left, level: 'full' });
    expect(report.conflicts.map((c) => c.key)).toEqual([`people/${V}/name`]);
    const { account, report: both } = mergeAccount({
      mine: fill(left, 'Lin Hao'),
      theirs: fill(left, 'Wang Tao'),
      base,
      level: 'full',
      choices: { all: 'theirs' },
    });
    expect(both.conflicts.map((c) => c.key)).toContain(`people/${V}/name`);
    expect(account.people.find((p) => p.id === V)!.name).toBe('Wang Tao');
    expect(account.people.filter((p) => p.title === 'Purchasing manager')).toHaveLength(1);
  });

  it('asks when both sides recorded the same departure differently', () => {
    const base = bank();
    const mine = applyPatch(base, leave(base, '2026-10-31').patch);
    const theirs = applyPatch(base, leave(base, '2026-10-15').patch);
    const { report } = mergeAccount({ mine, theirs, base, level: 'full' });
    expect(report.conflicts.map((c) => c.key)).toEqual(['successions/qian/leftOn']);
  });

  it('keeps both when one side recorded the departure and the other edited the person', () => {
    const base = bank();
    const edited = {
      ...base,
      people: base.people.map((p) => (p.id === 'qian' ? { ...p, dossier: { ...p.dossier, pets: 'A cat, Mimi' } } : p)),
    };
    const left = applyPatch(base, leave(base).patch);
    for (const [mine, theirs] of [
      [left, edited],
      [edited, left],
    ] as const) {
      const { account, report } = mergeAccount({ mine, theirs, base, level: 'full' });
      expect(report.conflicts).toEqual([]);
      expect(account.people.some((p) => p.id === 'qian')).toBe(false);
      expect(account.people.find((p) => p.id === V)?.placeholder).toBe(true);
      expect(account.formerPeople.map((p) => [p.id, p.dossier.pets, p.dossier.food])).toEqual([
        ['qian', 'A cat, Mimi', 'Sichuan hotpot'],
      ]);
      expect(account.successions.map((s) => s.id)).toEqual(['qian']);
      expect(account.links.find((l) => l.kind === 'reportsTo' && l.source === 'clerk')?.target).toBe(V);
    }
  });
});

describe('limits', () => {
  it('refuses more successions or former people than an account keeps, with a sentence naming the limit', () => {
    const a = bank();
    const many = Array.from({ length: LIMITS.successions + 1 }, (_, i) => ({ id: `s${i}`, postId: 'vp', leftOn: '2026-01-01' }));
    const refused = Account.safeParse({ ...a, successions: many });
    expect(refused.success).toBe(false);
    const text = limitRefusal(refused.error!);
    expect(text && formatServiceText(text, 'en')).toBe('An account keeps at most 5,000 changes of post: nothing was changed.');
    expect(text && formatServiceText(text, 'zh-CN')).toBe('一个客户最多保留 5,000 条人事变动：未做任何更改。');
    const crowd = Array.from({ length: LIMITS.formerPeople + 1 }, (_, i) => ({ id: `f${i}`, name: `F ${i}` }));
    const alsoRefused = Account.safeParse({ ...a, formerPeople: crowd });
    expect(alsoRefused.success).toBe(false);
    expect(formatServiceText(limitRefusal(alsoRefused.error!)!, 'en')).toBe(
      'An account keeps at most 5,000 former people: nothing was changed.',
    );
  });
});

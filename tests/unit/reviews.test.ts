import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { accountJsonSha256, serializeAccount } from '../../electron/services/store/account-file';
import { findingKey, findings, openFindings } from '../../shared/logic/coverage';
import { buildSearchIndex } from '../../shared/logic/search';
import { nextReviewDay, reviewDue } from '../../shared/logic/history/cadence';
import { recordedStates, recordReview, type NewReview } from '../../shared/logic/history/review-record';
import { nothingMoved, sinceLastReview } from '../../shared/logic/history/since-review';
import { stateNow, statesOverTime } from '../../shared/logic/history/states';
import { redactAccount } from '../../shared/logic/redaction';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import { Account, ACCOUNT_SCHEMA_VERSION, type AccountInput } from '../../shared/model/account';
import { LIMITS } from '../../shared/model/limits';
import type { PersonInput } from '../../shared/model/person';
import { Review } from '../../shared/model/review';
import { Action } from '../../shared/model/strategy';
import { Settings, SettingsPatch } from '../../shared/model/workspace';

// Issue 18, part A: reviews of an account, what moved since the last one, the review cadence and
// stale motive analyses.

const T = '2026-01-05T09:00:00.000Z';
const person = (id: string, extra: Partial<PersonInput> = {}): PersonInput => ({
  id,
  name: `Name ${id}`,
  title: `Title ${id}`,
  ...extra,
});
const account = (extra: Partial<AccountInput> = {}): Account =>
  Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: 'a', name: 'Henan', createdAt: T, updatedAt: T, ...extra });
const made = (id: string, date: string, notes: Partial<NewReview['notes']> = {}): NewReview => ({
  id,
  date,
  at: `${date}T10:00:00.000Z`,
  by: 'Li Na',
  notes: { changed: '', learned: '', decided: '', ...notes },
});
/** The account with a review of it as it is on `date` added. */
const reviewed = (a: Account, id: string, date: string, notes: Partial<NewReview['notes']> = {}): Account => ({
  ...a,
  reviews: [...a.reviews, Review.parse(recordReview(a, made(id, date, notes)))],
});
const withPeople = (a: Account, edit: (p: Account['people'][number]) => Account['people'][number]): Account => ({
  ...a,
  people: a.people.map(edit),
});

const start = () =>
  account({
    competitors: [{ id: 'c1', name: 'Northstar' }],
    opportunities: [{ id: 'o1', name: 'Grid dispatch', status: 'open', budget: { amount: 1_000_000, currency: 'CNY' } }],
    people: [
      person('luo', {
        attitude: 'opponent',
        influence: 5,
        roles: ['decisionMaker'],
        keyPerson: true,
        relationship: { stage: 'acquainted' },
        leaning: { kind: 'competitor', competitorId: 'c1', strength: 2 },
      }),
      person('sun', { attitude: 'neutral', influence: 3, roles: ['influencer'], relationship: { stage: 'familiar' } }),
      person('wu', { attitude: 'supporter', influence: 2, roles: ['endUser'] }),
    ],
    actions: [
      { id: 'visit', text: 'Reference visit', due: '2026-01-10', status: 'open' },
      { id: 'memo', text: 'Send the memo', due: '2026-01-08', status: 'open' },
    ],
  });

describe('a review records the state of the map', () => {
  it('the first review records everyone, every opportunity and every open finding', () => {
    const a = start();
    const r = recordReview(a, made('r1', '2026-01-05'));
    expect(r.base).toBeNull();
    expect(r.people.map((t) => t[0]).sort()).toEqual(['luo', 'sun', 'wu']);
    expect(r.opportunities).toEqual([['o1', 'Grid dispatch', 'open', 1_000_000, 'CNY']]);
    expect(new Set(r.risksAdded)).toEqual(new Set(openFindings(a, '2026-01-05').map(findingKey)));
    expect(Review.safeParse(r).success).toBe(true);
  });

  it('a review of an unchanged account records no one again: only its date, notes and opportunities', () => {
    const a = reviewed(start(), 'r1', '2026-01-05');
    const r = recordReview(a, made('r2', '2026-01-05'));
    expect(r.base).toBe('r1');
    expect(r.people).toEqual([]);
    expect(r.left).toEqual([]);
    expect(r.risksAdded).toEqual([]);
    expect(r.risksResolved).toEqual([]);
  });

  it('a later review records only the people whose state changed, and who left', () => {
    let a = reviewed(start(), 'r1', '2026-01-05');
    a = withPeople(a, (p) => (p.id === 'luo' ? { ...p, attitude: 'skeptic' } : p));
    a = { ...a, people: a.people.filter((p) => p.id !== 'wu') };
    const r = recordReview(a, made('r2', '2026-01-12'));
    expect(r.people.map((t) => t[0])).toEqual(['luo']);
    expect(r.left).toEqual(['wu']);
  });

  it('each review reads back as the state it recorded, oldest first, then now (statesOverTime)', () => {
    let a = reviewed(start(), 'r1', '2026-01-05');
    a = withPeople(a, (p) => (p.id === 'luo' ? { ...p, attitude: 'skeptic' } : p));
    a = reviewed(a, 'r2', '2026-01-12');
    a = withPeople(a, (p) =>
      p.id === 'luo' ? { ...p, attitude: 'neutral', relationship: { ...p.relationship, stage: 'familiar' } } : p,
    );
    const states = statesOverTime(a, '2026-01-20');
    expect(states.map((s) => s.source)).toEqual([{ kind: 'review', id: 'r1' }, { kind: 'review', id: 'r2' }, { kind: 'now' }]);
    expect(states.map((s) => s.date)).toEqual(['2026-01-05', '2026-01-12', '2026-01-20']);
    expect(states.map((s) => s.people.luo!.attitude)).toEqual(['opponent', 'skeptic', 'neutral']);
    expect(states.map((s) => s.people.luo!.stage)).toEqual(['acquainted', 'acquainted', 'familiar']);
    // A recorded state is the same as the account's state was then.
    expect(states[0]!.people).toEqual(stateNow(start(), '2026-01-05').people);
    expect(states[0]!.openRisks).toBe(openFindings(start(), '2026-01-05').length);
  });

  it('reviews are read in the order they were made, whatever order the list holds them in', () => {
    let a = reviewed(start(), 'r1', '2026-01-05');
    a = withPeople(a, (p) => (p.id === 'sun' ? { ...p, influence: 4 } : p));
    a = reviewed(a, 'r2', '2026-01-12');
    const shuffled = { ...a, reviews: [...a.reviews].reverse() };
    expect(statesOverTime(shuffled, '2026-01-20').map((s) => s.people.sun!.influence)).toEqual([3, 4, 4]);
  });

  it('a review whose base is missing is read from what it holds; a loop of bases does not hang', () => {
    let a = reviewed(start(), 'r1', '2026-01-05');
    a = withPeople(a, (p) => (p.id === 'sun' ? { ...p, influence: 4 } : p));
    a = reviewed(a, 'r2', '2026-01-12');
    const orphan = a.reviews.filter((r) => r.id === 'r2');
    expect(recordedStates(orphan)[0]!.people.get('sun')!.influence).toBe(4);
    const loop = [{ ...a.reviews[0]!, base: 'r2' }, a.reviews[1]!];
    // r1 made after r2 made after r1: r2 is read from what it holds (Sun), r1 on top of it.
    expect(recordedStates(loop).map((s) => s.people.size)).toEqual([3, 1]);
  });
});

describe('since the last review', () => {
  it('a first review has no last review: it lists where the account stands (open risks, overdue actions)', () => {
    const s = sinceLastReview(start(), '2026-01-09');
    expect(s.last).toBeNull();
    expect(s.newRisks.length).toBe(openFindings(start(), '2026-01-09').length);
    expect(s.actionsOverdue.map((x) => x.id)).toEqual(['memo']);
  });

  it('lists who joined and left, each move up or down, actions done and newly overdue, opportunities changed, risks new and resolved', () => {
    let a = reviewed(start(), 'r1', '2026-01-05');
    a = withPeople(a, (p) => {
      if (p.id === 'luo')
        return { ...p, attitude: 'skeptic', leaning: { ...p.leaning, kind: 'none', competitorId: null, strength: null } };
      if (p.id === 'sun')
        return { ...p, relationship: { ...p.relationship, stage: 'trust' }, influence: 2, roles: ['influencer', 'expert'] };
      return p;
    });
    a = {
      ...a,
      people: [
        ...a.people.filter((p) => p.id !== 'wu'),
        ...Account.parse({ ...a, people: [person('ma', { roles: ['purchaser'] })] }).people,
      ],
      actions: a.actions.map((x) => (x.id === 'visit' ? Action.parse({ ...x, status: 'done', statusDate: '2026-01-10' }) : x)),
      opportunities: a.opportunities.map((o) => ({
        ...o,
        status: 'won' as const,
        budget: { amount: 1_200_000, currency: 'CNY' },
      })),
    };
    const s = sinceLastReview(a, '2026-01-12');
    expect(s.last).toEqual({ id: 'r1', date: '2026-01-05' });
    expect(s.joined.map((p) => p.name)).toEqual(['Name ma']);
    // Wu was deleted: named from the review's own record.
    expect(s.left.map((p) => [p.name, p.title])).toEqual([['Name wu', 'Title wu']]);
    const moves = Object.fromEntries(s.moved.map((m) => [m.person.id, m.moves.map((x) => `${x.field}:${x.direction}`)]));
    expect(moves).toEqual({ luo: ['attitude:up', 'leaning:up'], sun: ['stage:up', 'influence:down', 'roles:changed'] });
    expect(s.actionsDone.map((x) => x.id)).toEqual(['visit']);
    expect(s.actionsOverdue.map((x) => x.id)).toEqual(['memo']);
    expect(s.opportunities).toEqual([
      {
        id: 'o1',
        name: 'Grid dispatch',
        from: { status: 'open', value: 1_000_000, currency: 'CNY' },
        to: { status: 'won', value: 1_200_000, currency: 'CNY' },
      },
    ]);
    // Luo, an opponent of influence 5, was a strong opponent; as a skeptic he no longer is.
    expect(s.resolvedRisks).toContainEqual({
      key: 'strongOpponent-luo',
      kind: 'strongOpponent',
      person: expect.objectContaining({ name: 'Name luo' }),
    });
    const before = new Set(recordedStates(a.reviews)[0]!.risks);
    expect(s.newRisks.length).toBeGreaterThan(0);
    for (const f of s.newRisks) expect(before.has(findingKey(f))).toBe(false);
    expect(nothingMoved(s)).toBe(false);
  });

  it('moves down are said as down; an unknown attitude has no direction', () => {
    let a = reviewed(start(), 'r1', '2026-01-05');
    a = withPeople(a, (p) =>
      p.id === 'wu'
        ? { ...p, attitude: 'opponent' }
        : p.id === 'sun'
          ? { ...p, attitude: 'unknown' }
          : p.id === 'luo'
            ? { ...p, leaning: { ...p.leaning, strength: 3 } }
            : p,
    );
    const s = sinceLastReview(a, '2026-01-06');
    const moves = Object.fromEntries(s.moved.map((m) => [m.person.id, m.moves.map((x) => `${x.field}:${x.direction}`)]));
    expect(moves).toEqual({ wu: ['attitude:down'], sun: ['attitude:changed'], luo: ['leaning:down'] });
  });

  it('nothing moved on an unchanged account reviewed the same day', () => {
    const a = reviewed(start(), 'r1', '2026-01-05');
    expect(nothingMoved(sinceLastReview(a, '2026-01-05'))).toBe(true);
  });
});

describe('review cadence', () => {
  it('weekly, fortnightly and monthly days from the last review (a month ends on its last day)', () => {
    expect(nextReviewDay('2026-01-05', 'weekly')).toBe('2026-01-12');
    expect(nextReviewDay('2026-12-28', 'fortnightly')).toBe('2027-01-11');
    expect(nextReviewDay('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextReviewDay('2026-12-15', 'monthly')).toBe('2027-01-15');
  });

  it('due when the cadence has passed since the last review, at once when never reviewed, never without a cadence', () => {
    const a = reviewed(start(), 'r1', '2026-01-05');
    expect(reviewDue({ ...a, reviewCadence: 'weekly' }, '2026-01-11').due).toBe(false);
    expect(reviewDue({ ...a, reviewCadence: 'weekly' }, '2026-01-12')).toEqual({
      last: '2026-01-05',
      dueOn: '2026-01-12',
      due: true,
    });
    expect(reviewDue({ ...a, reviewCadence: 'none' }, '2027-01-12').due).toBe(false);
    expect(reviewDue({ ...start(), reviewCadence: 'monthly' }, '2026-01-12')).toEqual({
      last: '',
      dueOn: '2026-01-12',
      due: true,
    });
  });

  it('the cadence defaults to none', () => {
    expect(start().reviewCadence).toBe('none');
  });
});

describe('stale motive analyses', () => {
  const stale = (a: Account, today: string, days?: number) =>
    findings(a, today, days === undefined ? {} : { staleMotiveDays: days }).filter((f) => f.kind === 'motivesStale');
  const dated = (on: string, key = true) =>
    withPeople(start(), (p) =>
      p.id === 'luo' || p.id === 'sun'
        ? { ...p, keyPerson: key || p.id === 'luo', motives: { ...p.motives, reviewedOn: on } }
        : p,
    );

  it('a key person whose motives were last reviewed more than 90 days ago is a finding; 90 days is not', () => {
    expect(stale(dated('2026-01-01'), '2026-04-01')).toEqual([]); // 90 days
    expect(stale(dated('2026-01-01'), '2026-04-02')).toEqual([
      { kind: 'motivesStale', personId: 'luo', reviewedOn: '2026-01-01', days: 91 },
      { kind: 'motivesStale', personId: 'sun', reviewedOn: '2026-01-01', days: 91 },
    ]);
  });

  it('only key people; never-reviewed analyses have no date to age from', () => {
    expect(stale(dated('2026-01-01', false), '2026-06-01').map((f) => 'personId' in f && f.personId)).toEqual(['luo']);
    expect(stale(start(), '2030-01-01')).toEqual([]);
  });

  it('the number of days is the Settings field (90 unless set), bounded with a clear range', () => {
    expect(stale(dated('2026-01-01'), '2026-02-01', 30).length).toBe(2);
    expect(Settings.parse({}).staleMotiveDays).toBe(90);
    expect(SettingsPatch.safeParse({ staleMotiveDays: 0 }).success).toBe(false);
    expect(SettingsPatch.safeParse({ staleMotiveDays: 45 }).success).toBe(true);
  });

  it('its key names the person, so it can be set aside like the others', () => {
    const [f] = stale(dated('2026-01-01'), '2026-06-01');
    expect(findingKey(f!)).toBe('motivesStale-luo');
  });
});

describe('reviews through the level cut and the merge', () => {
  it('reviews and their cadence are team level: the map cut carries neither', () => {
    const a = {
      ...reviewed(start(), 'r1', '2026-01-05', { learned: 'Luo softened after the reference visit' }),
      reviewCadence: 'weekly' as const,
    };
    expect(redactAccount(a, 'map').reviews).toEqual([]);
    expect(redactAccount(a, 'map').reviewCadence).toBe('none');
    expect(JSON.stringify(redactAccount(a, 'map'))).not.toContain('reference visit');
    expect(redactAccount(a, 'team').reviews).toEqual(a.reviews);
    expect(redactAccount(a, 'team').reviewCadence).toBe('weekly');
  });

  it('both sides reviewed since the common version: both reviews are kept; the same review is kept once', () => {
    const base = reviewed(start(), 'r1', '2026-01-05');
    const mine = reviewed(
      withPeople(base, (p) => (p.id === 'luo' ? { ...p, attitude: 'skeptic' } : p)),
      'mine2',
      '2026-01-12',
      { decided: 'mine' },
    );
    const theirs = reviewed(
      withPeople(base, (p) => (p.id === 'sun' ? { ...p, influence: 4 } : p)),
      'theirs2',
      '2026-01-13',
      { decided: 'theirs' },
    );
    const { account: merged, report } = mergeAccount({ mine, theirs, base, level: 'team' });
    expect(merged.reviews.map((r) => r.id).sort()).toEqual(['mine2', 'r1', 'theirs2']);
    expect(report.conflicts).toEqual([]);
    // Each review still reads back as what its side recorded.
    const states = recordedStates(merged.reviews);
    expect(states.map((s) => [s.review.id, s.people.get('luo')!.attitude, s.people.get('sun')!.influence])).toEqual([
      ['r1', 'opponent', 3],
      ['mine2', 'skeptic', 3],
      ['theirs2', 'opponent', 4],
    ]);
  });

  it('a map-level file says nothing about reviews: mine are kept', () => {
    const mine = reviewed(start(), 'r1', '2026-01-05');
    const theirs = redactAccount(start(), 'map');
    expect(mergeAccount({ mine, theirs, base: null, level: 'map' }).account.reviews).toEqual(mine.reviews);
  });
});

describe('search', () => {
  it('finds a review by its notes, in the account', () => {
    const a = reviewed(start(), 'r1', '2026-01-05', { decided: 'Invite Luo to the Zhengzhou reference site' });
    const found = buildSearchIndex([a]).search('zhengzhou reference');
    const hits = found.groups.flatMap((g) => g.hits);
    expect(hits.map((h) => [h.field, h.accountId])).toContainEqual(['reviews', 'a']);
    expect(buildSearchIndex([start()]).search('zhengzhou reference').groups.flatMap((g) => g.hits)).toEqual([]);
  });
});

describe('the account file', () => {
  it('writes one review per line and reads them back as they were; the snapshot id is the JSON text’s', () => {
    let a = reviewed(start(), 'r1', '2026-01-05', { learned: 'He said "maybe" — 也许' });
    a = reviewed(
      withPeople(a, (p) => (p.id === 'luo' ? { ...p, attitude: 'skeptic' } : p)),
      'r2',
      '2026-01-12',
    );
    const text = serializeAccount(a).toString('utf8');
    expect(text).toContain(`"reviews":[\n${JSON.stringify(a.reviews[0])},\n${JSON.stringify(a.reviews[1])}\n]`);
    expect(Account.parse(JSON.parse(text))).toEqual(a);
    expect(accountJsonSha256(a)).toBe(createHash('sha256').update(JSON.stringify(a)).digest('hex'));
  });
});

describe('limits', () => {
  it(`an account keeps at most ${LIMITS.reviews} reviews, refused with a sentence`, () => {
    const r = Review.parse(recordReview(start(), made('r', '2026-01-05')));
    const many = Array.from({ length: LIMITS.reviews + 1 }, (_, i) => ({ ...r, id: `r${i}` }));
    const parsed = Account.safeParse({ ...start(), reviews: many });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(/at most 520 reviews/);
    expect(Review.safeParse({ ...r, date: '2026-02-30' }).success).toBe(false);
  });
});

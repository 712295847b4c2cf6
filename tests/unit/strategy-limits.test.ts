import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { formatServiceText } from '../../shared/i18n/service-text';
import { STRINGS } from '../../shared/i18n';
import { Account, ACCOUNT_SCHEMA_VERSION, AccountFields } from '../../shared/model/account';
import { LIMITS, limitRefusal, limitText, type LimitKey } from '../../shared/model/limits';
import { Person } from '../../shared/model/person';
import { Criterion, Whitespace } from '../../shared/model/strategy';
import { openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 17: the plan's lists have limits (5,000 actions an account, 100 criteria an opportunity…).
// Beyond one, the edit is refused with a sentence naming the limit, in the user's language, and
// nothing already saved is lost.

const T = '2026-11-22T09:00:00.000Z';
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const actions = (n: number) => many(n, (i) => ({ id: `a${i}`, text: `Step ${i}` }));
const criteria = (n: number) => many(n, (i) => ({ id: `k${i}`, text: `Criterion ${i}` }));
const lines = (n: number, p: string) => many(n, (i) => ({ id: `${p}${i}`, name: `${p} ${i}` }));

/** For each limit: a value of a schema at the limit and one beyond it. */
const CASES: { limit: LimitKey; parse(n: number): { success: boolean; error?: ZodError } }[] = [
  { limit: 'actions', parse: (n) => AccountFields.safeParse({ actions: actions(n) }) },
  {
    limit: 'opportunityCriteria',
    parse: (n) => AccountFields.safeParse({ opportunities: [{ id: 'o1', name: 'Servers', criteria: criteria(n) }] }),
  },
  {
    limit: 'themes',
    parse: (n) =>
      AccountFields.safeParse({
        opportunities: [{ id: 'o1', name: 'Servers', themes: many(n, (i) => ({ id: `t${i}`, text: `Theme ${i}` })) }],
      }),
  },
  {
    limit: 'scores',
    parse: (n) => Criterion.safeParse({ id: 'k1', text: 'Price', theirs: many(n, (i) => ({ id: `c${i}`, score: 3 })) }),
  },
  {
    limit: 'personCriteria',
    parse: (n) => Person.safeParse({ id: 'p1', name: 'Zhao', criteria: many(n, (i) => ({ id: `k${i}` })) }),
  },
  {
    limit: 'influenceEntries',
    parse: (n) =>
      Person.safeParse({
        id: 'p1',
        name: 'Zhao',
        influencePlan: many(n, (i) => ({ id: `i${i}`, brain: 'rational', text: `Proof ${i}` })),
      }),
  },
  {
    limit: 'actionPeople',
    parse: (n) => AccountFields.safeParse({ actions: [{ id: 'a1', text: 'Dinner', personIds: many(n, (i) => `p${i}`) }] }),
  },
  { limit: 'whitespaceProducts', parse: (n) => Whitespace.safeParse({ products: lines(n, 'w') }) },
  { limit: 'whitespaceUnits', parse: (n) => Whitespace.safeParse({ units: lines(n, 'u') }) },
  {
    limit: 'whitespaceCells',
    parse: (n) =>
      Whitespace.safeParse({
        cells: many(n, (i) => ({ id: `x${i}`, productId: `w${i % 200}`, unitId: `u${Math.floor(i / 200) % 200}` })),
      }),
  },
  // Issue 18: the account over time.
  {
    limit: 'reviews',
    parse: (n) => AccountFields.safeParse({ reviews: many(n, (i) => ({ id: `r${i}`, date: '2026-11-02', at: T })) }),
  },
  {
    limit: 'formerPeople',
    parse: (n) => AccountFields.safeParse({ formerPeople: lines(n, 'f') }),
  },
  {
    limit: 'successions',
    parse: (n) => AccountFields.safeParse({ successions: many(n, (i) => ({ id: `f${i}`, postId: `v-f${i}`, leftOn: '2026-10-01' })) }),
  },
  {
    limit: 'clientMoves',
    parse: (n) => AccountFields.safeParse({ clientMoves: many(n, (i) => ({ id: `m${i}`, date: '2026-10-01', what: `News ${i}` })) }),
  },
  {
    limit: 'movePeople',
    parse: (n) => AccountFields.safeParse({ clientMoves: [{ id: 'm1', date: '2026-10-01', personIds: many(n, (i) => `p${i}`) }] }),
  },
  {
    limit: 'meetings',
    parse: (n) => AccountFields.safeParse({ meetings: many(n, (i) => ({ id: `g${i}`, date: '2026-10-01', personId: 'p1' })) }),
  },
  {
    limit: 'meetingPeople',
    parse: (n) =>
      AccountFields.safeParse({ meetings: [{ id: 'g1', date: '2026-10-01', personId: 'p1', personIds: many(n, (i) => `p${i}`) }] }),
  },
];

describe('the limits of the plan and of the account over time, each refused with a sentence naming it', () => {
  it('are the ones the issue names, and sensible ones for the rest', () => {
    expect(LIMITS.actions).toBe(5000);
    expect(LIMITS.opportunityCriteria).toBe(100);
    expect(LIMITS.whitespaceCells).toBe(LIMITS.whitespaceProducts * LIMITS.whitespaceUnits);
    expect(CASES.map((c) => c.limit).sort()).toEqual(Object.keys(LIMITS).sort());
  });

  it.each(CASES)('$limit: the schema takes the limit, and refuses one more with the sentence', ({ limit, parse }) => {
    expect(parse(LIMITS[limit]).success).toBe(true);
    const beyond = parse(LIMITS[limit] + 1);
    expect(beyond.success).toBe(false);
    const refusal = limitRefusal(beyond.error!);
    expect(refusal).toEqual(limitText(limit));
    // In both languages, naming the number with its thousands separator.
    const max = LIMITS[limit].toLocaleString('en');
    for (const lang of ['en', 'zh-CN'] as const) {
      const sentence = formatServiceText(refusal!, lang);
      expect(sentence, lang).toContain(max);
      expect(sentence, lang).not.toMatch(/\{\{/);
    }
    expect(formatServiceText(refusal!, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(beyond.error!.issues[0]!.message).toBe(formatServiceText(refusal!, 'en'));
  });

  it('the sentences read as they should', () => {
    expect(formatServiceText(limitText('actions'), 'en')).toBe(
      'An account holds at most 5,000 actions: nothing was changed. Delete actions done with long ago to make room.',
    );
    expect(formatServiceText(limitText('opportunityCriteria'), 'zh-CN')).toBe('每个商机最多 100 条决策标准：未做任何更改。');
    for (const key of ['limitActions', 'limitWhitespaceCells'] as const)
      expect(STRINGS['zh-CN'].serviceErrors[key]).toContain('{{max}}');
  });

  it('a stored account beyond a limit is named by the same sentence', () => {
    const r = Account.safeParse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'acme',
      name: 'Acme',
      createdAt: T,
      updatedAt: T,
      actions: actions(5001),
    });
    expect(r.success).toBe(false);
    expect(limitRefusal(r.error!)).toEqual(limitText('actions'));
  });
});

describe('the services refuse an edit beyond a limit and keep what is saved', () => {
  it('5,001 actions, 101 criteria, 201 influence entries: each refused with its sentence for the page to word; the account unchanged', async () => {
    const desk = await openDesk(await tempDir());
    const { id } = await desk.call('createAccount', { name: 'Acme Power' });
    await desk.call('patchChart', {
      id,
      patch: {
        fields: { actions: actions(5000), opportunities: [{ id: 'o1', name: 'Servers', criteria: criteria(3) }] },
        people: [{ id: 'p1', name: 'Zhao' }],
      },
    });
    const saved = await desk.stored(id);
    expect((saved as Account).actions).toHaveLength(5000);
    const refused = async (patch: unknown) => {
      const answer = await desk.session.invoke('patchChart', { id, patch });
      expect(answer.ok).toBe(false);
      return !answer.ok ? answer.error : null;
    };

    const tooManyActions = await refused({ fields: { actions: actions(5001) } });
    expect(tooManyActions).toMatchObject({ code: 'invalidInput', text: { key: 'limitActions', params: { max: '5,000' } } });
    expect(tooManyActions!.message).toBe(
      'An account holds at most 5,000 actions: nothing was changed. Delete actions done with long ago to make room.',
    );

    const tooManyCriteria = await refused({
      fields: { opportunities: [{ id: 'o1', name: 'Servers', criteria: criteria(101) }] },
    });
    expect(tooManyCriteria).toMatchObject({ text: { key: 'limitOpportunityCriteria', params: { max: '100' } } });
    expect(formatServiceText(tooManyCriteria!.text!, 'zh-CN')).toBe('每个商机最多 100 条决策标准：未做任何更改。');

    const plan = many(201, (i) => ({ id: `i${i}`, brain: 'emotional', text: `Lever ${i}`, principle: 'liking' }));
    const tooManyEntries = await refused({ people: [{ id: 'p1', name: 'Zhao', influencePlan: plan }] });
    expect(tooManyEntries).toMatchObject({ text: { key: 'limitInfluenceEntries', params: { max: '200' } } });

    // Another bad input is still described as before, without a limit's sentence.
    const other = await refused({ fields: { actions: [{ id: 'a1', text: 'x', status: 'someday' }] } });
    expect(other).not.toHaveProperty('text');

    expect(await desk.stored(id)).toEqual(saved);
    await desk.session.close();
  });
});

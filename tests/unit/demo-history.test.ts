import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_ACCOUNT_IDS, DEMO_STORY_DAY } from '../../electron/services/demo';
import { findingKey, openFindings } from '../../shared/logic/coverage';
import { addDays, daysBetween } from '../../shared/logic/dates';
import { reviewDue } from '../../shared/logic/history/cadence';
import { lastRecorded, recordedStates, reviewsInOrder } from '../../shared/logic/history/review-record';
import { nothingMoved, sinceLastReview } from '../../shared/logic/history/since-review';
import type { PersonState } from '../../shared/logic/history/states';
import { Account } from '../../shared/model/account';

// Issue 18, "Demo": each demo account has a history of a few months of reviews with movement,
// recorded as changes from the review before (not written by hand), in both languages. Henan's
// Chief Engineer Luo moves from opponent to skeptic after the reference-site visit; the bank's
// procurement post is Fang Jianguo's in the reviews before the succession and Deng Hai's after.

const NOW = `${DEMO_STORY_DAY}T08:00:00.000Z`;
const TODAY = DEMO_STORY_DAY;
const LUO = 'hn_p15';
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

for (const lang of ['en', 'zh-CN'] as const) {
  const accounts = buildDemoAccounts(lang, NOW);
  const byId = (id: (typeof DEMO_ACCOUNT_IDS)[number]) => accounts.find((a) => a.id === id)!;

  describe(`the demo's past reviews (${lang})`, () => {
    it.each(DEMO_ACCOUNT_IDS)('%s: at least three reviews over two months or more, each after the one before, valid as stored', (id) => {
      const account = byId(id);
      const reviews = reviewsInOrder(account.reviews);
      expect(reviews.length).toBeGreaterThanOrEqual(3);
      expect(daysBetween(reviews[0]!.date, reviews.at(-1)!.date)).toBeGreaterThanOrEqual(60);
      expect(reviews.at(-1)!.date < TODAY).toBe(true);
      // Stored as changes: the first records the whole state, each later one only what moved since.
      expect(reviews.map((r) => r.base)).toEqual([null, ...reviews.slice(0, -1).map((r) => r.id)]);
      const states = recordedStates(reviews);
      for (let i = 1; i < reviews.length; i++) expect(reviews[i]!.people.length).toBeLessThan(states[i]!.people.size);
      // Movement between reviews: no review records the same people in the same states as the one before.
      for (const r of reviews.slice(1)) expect(r.people.length + r.left.length, r.id).toBeGreaterThan(0);
      for (const r of reviews) {
        expect(r.by).toBe(account.owner);
        for (const note of Object.values(r.notes)) {
          expect(note).not.toBe('');
          expect(hasChinese(note)).toBe(lang === 'zh-CN');
        }
      }
      expect(Account.safeParse(account).success).toBe(true);
      expect(account.reviewCadence).not.toBe('none');
    });

    it('Henan: Luo is an opponent in every review before the Zhengzhou reference-site visit, a skeptic now, and the visit is on record', () => {
      const henan = byId('henan');
      const luo = henan.people.find((p) => p.id === LUO)!;
      const visit = luo.activities.find((a) => a.kind === 'siteVisit')!;
      expect(visit.summary).toContain(lang === 'en' ? 'Zhengzhou' : '郑州');
      expect(henan.clientMoves.some((m) => m.date === visit.date && m.personIds.includes(LUO))).toBe(true);
      const states = recordedStates(henan.reviews);
      expect(states.every((s) => s.review.date < visit.date)).toBe(true);
      expect(states.map((s) => s.people.get(LUO)!.attitude)).toEqual(states.map(() => 'opponent'));
      expect(luo.attitude).toBe('skeptic');
      // The strong-opponent finding on him, recorded by the reviews, is gone now.
      const strong = `strongOpponent-${LUO}`;
      expect(states.at(-1)!.risks.has(strong)).toBe(true);
      expect(openFindings(henan, TODAY).map(findingKey)).not.toContain(strong);
      // Since the last review: his attitude moved up, from opponent to skeptic.
      const moved = sinceLastReview(henan, TODAY).moved.find((m) => m.person.id === LUO)!;
      expect(moved.moves).toContainEqual({ field: 'attitude', from: 'opponent', to: 'skeptic', direction: 'up' });
    });

    it("the bank: the procurement post is Fang Jianguo's in the reviews before the succession, Deng Hai's after", () => {
      const bank = byId('bank');
      const [succession] = bank.successions;
      const fang = bank.formerPeople.find((p) => p.id === succession!.id)!;
      const deng = bank.people.find((p) => p.id === succession!.postId)!;
      const holders = (people: ReadonlyMap<string, PersonState>) =>
        [...people.values()].filter((p) => p.title === succession!.postTitle).map((p) => p.name);
      const states = recordedStates(bank.reviews);
      const before = states.filter((s) => s.review.date < succession!.leftOn);
      const after = states.filter((s) => s.review.date >= succession!.successorSince);
      expect(before.length).toBeGreaterThan(0);
      expect(after.length).toBeGreaterThan(0);
      for (const s of before) expect(holders(s.people)).toEqual([fang.name]);
      for (const s of after) expect(holders(s.people)).toEqual([deng.name]);
      // Between the two, the post was empty: a review then records Fang as gone.
      const between = states.filter((s) => s.review.date >= succession!.leftOn && s.review.date < succession!.successorSince);
      for (const s of between) expect(holders(s.people)).toEqual([]);
      expect(bank.reviews.some((r) => r.left.includes(fang.id))).toBe(true);
    });

    it.each(DEMO_ACCOUNT_IDS)('%s: "since the last review" runs and names only real changes', (id) => {
      const account = byId(id);
      const since = sinceLastReview(account, TODAY);
      const last = lastRecorded(account.reviews)!;
      expect(since.last).toEqual({ id: last.review.id, date: last.review.date });
      expect(nothingMoved(since)).toBe(false);
      expect(since.joined.length + since.left.length + since.moved.length).toBeGreaterThan(0);
      for (const p of since.joined) expect(last.people.has(p.id)).toBe(false);
      for (const { person, moves } of since.moved) {
        const was = last.people.get(person.id)!;
        const now = account.people.find((p) => p.id === person.id)!;
        for (const m of moves) {
          if (m.field === 'attitude') expect([was.attitude, now.attitude]).toEqual([m.from, m.to]);
          if (m.field === 'stage') expect([was.stage, now.relationship.stage]).toEqual([m.from, m.to]);
          if (m.field === 'influence') expect([was.influence, now.influence]).toEqual([m.from, m.to]);
          if (m.field === 'leaning') expect([was.leaning.kind, now.leaning.kind]).toEqual([m.from.kind, m.to.kind]);
        }
      }
    });
  });
}

describe("the demo's reviews are built like the rest of the demo", () => {
  it('the same day gives the same bytes; a later day moves the reviews by as many days', () => {
    expect(JSON.stringify(buildDemoAccounts('en', NOW))).toBe(JSON.stringify(buildDemoAccounts('en', NOW)));
    const later = addDays(TODAY, 50);
    const moved = buildDemoAccounts('en', `${later}T08:00:00.000Z`);
    for (const [i, account] of buildDemoAccounts('en', NOW).entries()) {
      expect(moved[i]!.reviews.map((r) => [r.id, r.date])).toEqual(account.reviews.map((r) => [r.id, addDays(r.date, 50)]));
    }
  });

  it('Henan is due for review (weekly, last reviewed before the visit); the others are not yet', () => {
    const due = buildDemoAccounts('en', NOW).map((a) => [a.id, reviewDue(a, TODAY).due]);
    expect(due).toEqual([
      ['henan', true],
      ['shandong', false],
      ['newspaper', false],
      ['bank', false],
    ]);
  });
});

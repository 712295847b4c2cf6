import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { formatDate } from '../../shared/logic/date-text';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { Person } from '../../shared/model/person';
import { Action } from '../../shared/model/strategy';
import { lastRecorded } from '../../shared/logic/history/review-record';
import { ATTITUDE_TERMS, STAGE_TERMS } from '../../shared/taxonomy/labels';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage } from '../support/pages';

// Issue 18, part A: "Review the account". A new account's first review says where it stands and
// a cadence makes it due on the home screen at once. The demo's Henan account has months of past
// reviews, openable read-only, and is due (weekly, last reviewed before Luo's reference-site
// visit); after edits (an attitude up, a stage up, a person added, an action done) the review
// lists each of them besides what moved since the last review; Save records it (one undo step)
// and it shows first among the past reviews.

test.use({ actionTimeout: 20_000 });

const HENAN = { en: /Henan/, 'zh-CN': /河南/ } as const;
const henan = (app: LaunchedApp) => app.session.workspace().get('henan');

/** Opens the account from the home screen, then its Review tab. */
async function openReview(page: Page, lang: 'en' | 'zh-CN', account: string | RegExp) {
  await new HomePage(page).row(account).locator('.account-open').click();
  await page.getByRole('link', { name: STRINGS[lang].review.tab, exact: true }).click();
  const review = page.getByTestId('review');
  await expect(review).toBeVisible();
  return review;
}

const next = { initial: 'acquainted', acquainted: 'familiar', familiar: 'trust', trust: 'reliance', reliance: 'reliance' } as const;

for (const lang of ['en', 'zh-CN'] as const) {
  const s = STRINGS[lang].review;

  test(`${lang}: a new account's first review says where it stands; a weekly cadence makes it due on home at once, reviewing it clears that`, async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ demo: true, locale: lang, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      const name = lang === 'en' ? 'Qingdao Port' : '青岛港';
      const home = new HomePage(page);
      await home.create(name);
      const id = app.session.workspace().list().find((a) => a.name === name)!.id;
      const stored = () => app.session.workspace().get(id);
      await page.getByRole('link', { name: STRINGS[lang].review.tab, exact: true }).click();
      let review = page.getByTestId('review');
      await review.getByLabel(s.cadence).selectOption('weekly');
      await expect.poll(() => stored().reviewCadence).toBe('weekly');
      await page.getByRole('link', { name: STRINGS[lang].nav.back }).click();
      const row = home.row(name);
      await expect(row.getByTestId('review-due')).toHaveText(STRINGS[lang].home.reviewDue);

      review = await openReview(page, lang, name);
      await expect(review.getByTestId('review-since')).toContainText(s.first);
      await expect(review.getByTestId('review-past')).toContainText(s.noPast);
      await review.getByLabel(s.notes.learned).fill(lang === 'en' ? 'The port buys through its parent group' : '港口通过集团采购');
      await review.getByRole('button', { name: s.save }).click();
      await expect.poll(() => stored().reviews.length).toBe(1);
      const today = localIsoDate(new Date());
      await expect(review.getByTestId('review-past')).toContainText(formatDate(today, lang));
      await expect(review.getByTestId('review-since')).toContainText(s.nothing);
      // Reviewed today: no longer due on the home screen.
      await page.getByRole('link', { name: STRINGS[lang].nav.back }).click();
      await expect(row).toBeVisible();
      await expect(row.getByTestId('review-due')).toHaveCount(0);
    } finally {
      await app.close();
    }
  });

  test(`${lang}: Henan's past reviews open read-only; it is due; a review after edits lists each change, saves in one undo step and shows first among the past`, async () => {
    test.setTimeout(180_000);
    const viewport = lang === 'en' ? { width: 1280, height: 720 } : { width: 1920, height: 1080 };
    const app = await launchApp({ demo: true, locale: lang, viewport });
    const { page } = app;
    try {
      const today = localIsoDate(new Date());
      const demo = henan(app);
      const pastCount = demo.reviews.length;
      const last = lastRecorded(demo.reviews)!;
      expect(pastCount).toBeGreaterThanOrEqual(3);
      expect(demo.reviewCadence).toBe('weekly');
      // Weekly, last reviewed over a week ago: due on the home screen.
      const row = new HomePage(page).row(HENAN[lang]);
      await expect(row.getByTestId('review-due')).toHaveText(STRINGS[lang].home.reviewDue);

      // The past reviews, newest first; the newest opens read-only with its notes.
      let review = await openReview(page, lang, HENAN[lang]);
      const past = review.getByTestId('review-past').getByRole('listitem');
      await expect(past).toHaveCount(pastCount);
      await expect(past.first()).toContainText(formatDate(last.review.date, lang));
      await past.first().getByRole('button').click();
      let detail = review.getByTestId('review-past-detail');
      await expect(detail).toContainText(last.review.notes.decided);
      await expect(detail.locator('textarea')).toHaveCount(0);
      await past.first().getByRole('button').click();

      // Since the last review, before any edit: Luo, an opponent then, a skeptic after the visit.
      const luo = demo.people.find((p) => p.id === 'hn_p15')!;
      expect(last.people.get(luo.id)!.attitude).toBe('opponent');
      const moved = review.getByTestId('review-moved');
      await expect(review.getByTestId('review-since')).toContainText(fill(s.since, { date: formatDate(last.review.date, lang) }));
      const luoLine = moved.getByRole('listitem').filter({ hasText: luo.name });
      await expect(luoLine).toContainText(
        fill(s.move.attitude, { from: ATTITUDE_TERMS.opponent.label[lang], to: ATTITUDE_TERMS.skeptic.label[lang] }),
      );
      await expect(luoLine.getByLabel(s.directionLabel.up)).toBeVisible();

      // Edits since: Ma Jun's attitude up, a stage up for someone the last review recorded as they
      // are now, a person added, an action done.
      const ma = demo.people.find((p) => p.id === 'hn_p10')!;
      expect([ma.attitude, last.people.get(ma.id)!.attitude]).toEqual(['skeptic', 'skeptic']);
      const sun = demo.people.find(
        (p) =>
          !p.placeholder &&
          p.id !== ma.id &&
          p.relationship.stage !== 'reliance' &&
          last.people.get(p.id)?.stage === p.relationship.stage,
      )!;
      const action = demo.actions.find((a) => a.status === 'open')!;
      const added = lang === 'en' ? 'Qian Lei' : '钱磊';
      app.session.workspace().update('henan', (a) => ({
        ...a,
        people: [
          ...a.people.map((p) =>
            p.id === ma.id
              ? { ...p, attitude: 'neutral' as const }
              : p.id === sun.id
                ? { ...p, relationship: { ...p.relationship, stage: next[p.relationship.stage] } }
                : p,
          ),
          Person.parse({ id: 'p_new', name: added, title: lang === 'en' ? 'Procurement officer' : '采购专员' }),
        ],
        actions: a.actions.map((x) => (x.id === action.id ? Action.parse({ ...x, status: 'done', statusDate: today }) : x)),
      }));
      await app.session.workspace().saveNow('henan');

      await page.getByRole('link', { name: STRINGS[lang].nav.back }).click();
      review = await openReview(page, lang, HENAN[lang]);
      await expect(review.getByTestId('review-joined')).toContainText(added);
      await expect(moved.getByRole('listitem').filter({ hasText: ma.name })).toContainText(
        fill(s.move.attitude, { from: ATTITUDE_TERMS.skeptic.label[lang], to: ATTITUDE_TERMS.neutral.label[lang] }),
      );
      await expect(moved.getByRole('listitem').filter({ hasText: ma.name }).getByLabel(s.directionLabel.up)).toBeVisible();
      await expect(moved.getByRole('listitem').filter({ hasText: sun.name })).toContainText(
        fill(s.move.stage, {
          from: STAGE_TERMS[sun.relationship.stage].label[lang],
          to: STAGE_TERMS[next[sun.relationship.stage]].label[lang],
        }),
      );
      await expect(luoLine).toBeVisible();
      await expect(review.getByTestId('review-done')).toContainText(action.text);

      // Saved with notes: one review more, listed first, openable read-only with its notes and moves.
      const decided = lang === 'en' ? 'Ask Luo to the second reference visit' : '邀请罗永强参加第二次样板点参观';
      await review.getByLabel(s.notes.decided).fill(decided);
      await review.getByRole('button', { name: s.save }).click();
      await expect.poll(() => henan(app).reviews.length).toBe(pastCount + 1);
      await expect(past).toHaveCount(pastCount + 1);
      await expect(past.first()).toContainText(formatDate(today, lang));
      // Now compared with today's review: nobody moved since (the action done today still counts as done since).
      await expect(review.getByTestId('review-since')).toContainText(fill(s.since, { date: formatDate(today, lang) }));
      await expect(review.getByTestId('review-moved')).toHaveCount(0);
      await expect(review.getByTestId('review-joined')).toHaveCount(0);
      await past.first().getByRole('button').click();
      detail = review.getByTestId('review-past-detail');
      await expect(detail).toContainText(decided);
      await expect(detail).toContainText(luo.name);
      await expect(detail).toContainText(ma.name);
      await expect(detail.locator('textarea')).toHaveCount(0);

      // One undo step takes the review back.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await expect.poll(() => henan(app).reviews.length).toBe(pastCount);
      await expect(past).toHaveCount(pastCount);
    } finally {
      await app.close();
    }
  });
}

for (const locale of ['en', 'zh-CN'] as const) {
  const m = STRINGS[locale].person.motives;

  test(`${locale}: a key person's motives reviewed over 90 days ago are stale (badge and finding) until marked reviewed`, async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      const today = localIsoDate(new Date());
      const long = addDays(today, -100);
      app.session.workspace().update('henan', (a) => ({
        ...a,
        people: a.people.map((p) => (p.id === 'hn_p15' ? { ...p, motives: { ...p.motives, reviewedOn: long } } : p)),
      }));
      await app.session.workspace().saveNow('henan');
      const luo = henan(app).people.find((p) => p.id === 'hn_p15')!;
      const canvas = await new HomePage(page).open(HENAN[locale]);
      await page.getByRole('link', { name: new RegExp(`^${STRINGS[locale].account.tabFindings}`) }).click();
      const stale = fill(STRINGS[locale].findings.motivesStale, { name: luo.name, date: formatDate(long, locale), days: 100 });
      await expect(page.getByTestId('findings')).toContainText(stale);
      await page.getByRole('link', { name: STRINGS[locale].account.tabChart, exact: true }).click();
      await canvas.card(luo.name).click();
      const panel = page.getByTestId('person-panel');
      await panel.getByRole('tab', { name: STRINGS[locale].person.sections.motives, exact: true }).click();
      const reviewed = panel.getByTestId('motives-reviewed');
      await expect(reviewed).toContainText(fill(m.stale, { days: 100 }));
      await reviewed.getByRole('button', { name: m.markReviewed }).click();
      await expect.poll(() => henan(app).people.find((p) => p.id === 'hn_p15')!.motives.reviewedOn).toBe(today);
      await expect(reviewed).toContainText(fill(m.reviewedOn, { date: formatDate(today, locale) }));
      await expect(reviewed.getByRole('button')).toHaveCount(0);
      await page.getByRole('link', { name: new RegExp(`^${STRINGS[locale].account.tabFindings}`) }).click();
      await expect(page.getByTestId('findings')).not.toContainText(stale);
    } finally {
      await app.close();
    }
  });
}

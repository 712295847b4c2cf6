import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { formatDate } from '../../shared/logic/date-text';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { Person } from '../../shared/model/person';
import { Action } from '../../shared/model/strategy';
import { ATTITUDE_TERMS, STAGE_TERMS } from '../../shared/taxonomy/labels';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage } from '../support/pages';

// Issue 18, part A: "Review the account". The first review says where the account stands; after
// edits (an attitude up, a stage up, a person added, an action done) the review lists each of
// them; Save records it (one undo step) and it shows among the past reviews, openable read-only.
// A review cadence makes "Review due" show on the home screen.

test.use({ actionTimeout: 20_000 });

const HENAN = { en: /Henan/, 'zh-CN': /河南/ } as const;
const henan = (app: LaunchedApp) => app.session.workspace().get('henan');

async function openReview(page: Page, locale: 'en' | 'zh-CN') {
  await new HomePage(page).open(HENAN[locale]);
  await page.getByRole('link', { name: STRINGS[locale].review.tab, exact: true }).click();
  const review = page.getByTestId('review');
  await expect(review).toBeVisible();
  return review;
}

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale].review;
  const lang = locale;

  test(`${locale}: review the account after edits, see each change listed, save it and find it among the past reviews; review due on home`, async () => {
    test.setTimeout(180_000);
    const viewport = locale === 'en' ? { width: 1280, height: 720 } : { width: 1920, height: 1080 };
    const app = await launchApp({ demo: true, locale, viewport });
    const { page } = app;
    try {
      // A weekly cadence on an account never reviewed: due at once, on the home screen.
      let review = await openReview(page, locale);
      await review.getByLabel(s.cadence).selectOption('weekly');
      await expect.poll(() => henan(app).reviewCadence).toBe('weekly');
      await page.getByRole('link', { name: STRINGS[locale].nav.back }).click();
      const row = page.getByTestId('account-row').filter({ hasText: HENAN[locale] });
      await expect(row.getByTestId('review-due')).toHaveText(STRINGS[locale].home.reviewDue);

      // The first review: where the account stands; saved with a note.
      review = await openReview(page, locale);
      await expect(review.getByTestId('review-since')).toContainText(s.first);
      await expect(review.getByTestId('review-past')).toContainText(s.noPast);
      await review.getByLabel(s.notes.learned).fill(locale === 'en' ? 'Luo opposes the cloud platform' : '罗永强反对云平台');
      await review.getByRole('button', { name: s.save }).click();
      await expect.poll(() => henan(app).reviews.length).toBe(1);
      const today = localIsoDate(new Date());
      await expect(review.getByTestId('review-past')).toContainText(formatDate(today, lang));
      await expect(review.getByTestId('review-since')).toContainText(s.nothing);
      // Reviewed today: no longer due on the home screen.
      await page.getByRole('link', { name: STRINGS[locale].nav.back }).click();
      await expect(row).toBeVisible();
      await expect(row.getByTestId('review-due')).toHaveCount(0);

      // Edits since: Luo an opponent -> skeptic, Sun a stage up, a person added, an action done.
      const before = henan(app);
      const luo = before.people.find((p) => p.id === 'hn_p15')!;
      const sun = before.people.find((p) => p.relationship.stage !== 'reliance' && p.id !== 'hn_p15' && !p.placeholder)!;
      const action = before.actions.find((a) => a.status === 'open')!;
      const added = locale === 'en' ? 'Qian Lei' : '钱磊';
      const next = {
        initial: 'acquainted',
        acquainted: 'familiar',
        familiar: 'trust',
        trust: 'reliance',
        reliance: 'reliance',
      } as const;
      app.session.workspace().update('henan', (a) => ({
        ...a,
        people: [
          ...a.people.map((p) =>
            p.id === luo.id
              ? { ...p, attitude: 'skeptic' as const }
              : p.id === sun.id
                ? { ...p, relationship: { ...p.relationship, stage: next[p.relationship.stage] } }
                : p,
          ),
          Person.parse({ id: 'p_new', name: added, title: locale === 'en' ? 'Procurement officer' : '采购专员' }),
        ],
        actions: a.actions.map((x) => (x.id === action.id ? Action.parse({ ...x, status: 'done', statusDate: today }) : x)),
      }));
      await app.session.workspace().saveNow('henan');

      review = await openReview(page, locale);
      const since = review.getByTestId('review-since');
      await expect(since).toContainText(fill(s.since, { date: formatDate(today, lang) }));
      await expect(review.getByTestId('review-joined')).toContainText(added);
      const moved = review.getByTestId('review-moved');
      await expect(moved.getByRole('listitem').filter({ hasText: luo.name })).toContainText(
        fill(s.move.attitude, { from: ATTITUDE_TERMS.opponent.label[lang], to: ATTITUDE_TERMS.skeptic.label[lang] }),
      );
      await expect(moved.getByRole('listitem').filter({ hasText: luo.name }).getByLabel(s.directionLabel.up)).toBeVisible();
      await expect(moved.getByRole('listitem').filter({ hasText: sun.name })).toContainText(
        fill(s.move.stage, {
          from: STAGE_TERMS[sun.relationship.stage].label[lang],
          to: STAGE_TERMS[next[sun.relationship.stage]].label[lang],
        }),
      );
      await expect(review.getByTestId('review-done')).toContainText(action.text);

      // Saved with notes: one review more, listed first, openable read-only with its notes and moves.
      const decided = locale === 'en' ? 'Ask Luo to the second reference visit' : '邀请罗永强参加第二次样板点参观';
      await review.getByLabel(s.notes.decided).fill(decided);
      await review.getByRole('button', { name: s.save }).click();
      await expect.poll(() => henan(app).reviews.length).toBe(2);
      const past = review.getByTestId('review-past').getByRole('listitem');
      await expect(past).toHaveCount(2);
      await past.first().getByRole('button').click();
      const detail = review.getByTestId('review-past-detail');
      await expect(detail).toContainText(decided);
      await expect(detail).toContainText(luo.name);
      await expect(detail.locator('textarea')).toHaveCount(0);

      // One undo step takes the review back.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await expect.poll(() => henan(app).reviews.length).toBe(1);
      await expect(past).toHaveCount(1);
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

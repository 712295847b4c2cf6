// The built-in demo workspace: four bilingual accounts from the stories of DOMAIN.md §8,
// materialised in one language, laid out, and validated against the account schema.
import { addDays, daysBetween } from '../../../shared/logic/dates';
import { layoutReportingTree } from '../../../shared/logic/layout';
import { ACCOUNT_SCHEMA_VERSION, type Account, type AccountInput, type Link } from '../../../shared/model';
import { checkAccount, markChecked } from '../../../shared/model/checked';
import { accountV1toV2 } from '../../../shared/model/migrations/account-v1';
import { bankMainframe } from './bank-mainframe';
import { bankReviews } from './bank-mainframe.reviews';
import { henanPower } from './henan-power';
import { henanReviews } from './henan-power.reviews';
import { demoReviews, type DemoReviewPoint } from './history';
import { newsPublisher } from './news-publisher';
import { newspaperReviews } from './news-publisher.reviews';
import { shandongTelecom } from './shandong-telecom';
import { shandongReviews } from './shandong-telecom.reviews';
import { localize, type DemoAccount, type DemoLang } from './text';

/** Each demo account with the review points its past reviews are recorded from. */
const DEMO_ACCOUNTS: readonly { demo: DemoAccount; reviews: readonly DemoReviewPoint[] }[] = [
  { demo: henanPower, reviews: henanReviews },
  { demo: shandongTelecom, reviews: shandongReviews },
  { demo: newsPublisher, reviews: newspaperReviews },
  { demo: bankMainframe, reviews: bankReviews },
];

/** Ids of the demo accounts, in the order they are built. */
export const DEMO_ACCOUNT_IDS = ['henan', 'shandong', 'newspaper', 'bank'] as const;

/** The day the demo's story is told on: its dates are written as seen from that day. */
export const DEMO_STORY_DAY = '2026-11-22';

/**
 * The account with every dated event moved by `days` days: trips, activities, actions, targets,
 * relationship history, decision dates. Birthdays stay (they come round every year).
 * A demo created later than the story day then looks the same from its own today: trips next
 * week, a call last Friday, actions due this week, so the notebook, coverage, reliability and
 * the plan have something to show. Works on the account before it is checked: a part left out
 * stays out (the schema gives it its default), a date not given stays not given.
 */
function shiftDates(account: AccountInput, days: number): AccountInput {
  if (days === 0) return account;
  const move = <D extends string | undefined>(d: D): D => (d ? (addDays(d, days) as D) : d);
  return {
    ...account,
    opportunities: account.opportunities?.map((o) => ({ ...o, decisionDate: move(o.decisionDate) })),
    actions: account.actions?.map((a) => ({
      ...a,
      due: move(a.due),
      statusDate: move(a.statusDate),
      createdOn: move(a.createdOn),
    })),
    clientMoves: account.clientMoves?.map((m) => ({ ...m, date: move(m.date) })),
    meetings: account.meetings?.map((m) => ({
      ...m,
      date: move(m.date),
      debrief: m.debrief && { ...m.debrief, date: move(m.debrief.date) },
    })),
    people: account.people?.map((p) => ({
      ...p,
      // A target's date is a plan's deadline: it moves with the story too.
      target: p.target && { ...p.target, by: move(p.target.by) },
      itinerary: p.itinerary?.map((i) => ({ ...i, from: move(i.from), to: move(i.to) })),
      activities: p.activities?.map((a) => ({ ...a, date: move(a.date) })),
      relationship: p.relationship && {
        ...p.relationship,
        history: p.relationship.history?.map((h) => ({ ...h, date: move(h.date) })),
      },
    })),
    successions: account.successions?.map((s) => ({ ...s, leftOn: move(s.leftOn), successorSince: move(s.successorSince) })),
  };
}

/** Who the demo says owns each next step, by activity (the migration makes every one the user's). */
function nextStepOwners(demo: DemoAccount): Map<string, string> {
  const owners = new Map<string, string>();
  for (const p of demo.people ?? [])
    for (const a of p.activities ?? []) if (a.nextStepOwner && typeof a.id === 'string') owners.set(a.id, a.nextStepOwner);
  return owners;
}

/**
 * One demo account, checked once by the Account schema (checkAccount: the store then writes it
 * without a second check). Owners, positions and the date shift are laid on the account as
 * written, before the check, which fills in every default. Its past reviews are recorded after
 * the check, from the checked account (recordReview reads an account with its defaults), so the
 * account with them is made of checked parts and marked so.
 */
function build(demo: DemoAccount, points: readonly DemoReviewPoint[], lang: DemoLang, now: string): Account {
  // Next steps written with activities become actions, as the v1 → v2 migration makes them.
  const planned = accountV1toV2.up(localize(demo, lang) as Record<string, unknown>) as AccountInput;
  const owners = nextStepOwners(demo);
  const people = planned.people ?? [];
  // The layout reads a line's kind, ends and whether it is dotted, nothing the check would fill in.
  const positions = layoutReportingTree(
    people.map((p) => p.id),
    (planned.links ?? []).map((l) => ({ ...l, dotted: l.dotted ?? false })) as Link[],
  );
  const owned: AccountInput = {
    ...planned,
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    actions: planned.actions?.map((a) =>
      a.activityId && owners.has(a.activityId) ? { ...a, owner: owners.get(a.activityId)! } : a,
    ),
  };
  const shift = daysBetween(DEMO_STORY_DAY, now.slice(0, 10));
  const checked = checkAccount({ ...shiftDates(owned, shift), canvas: { positions: Object.fromEntries(positions) } });
  return markChecked({ ...checked, reviews: demoReviews(checked, points, lang, shift) });
}

/**
 * The demo accounts in one language. Deterministic: the same language and `now` give the
 * same accounts (`now` is an ISO timestamp used for createdAt and updatedAt; its date, against
 * DEMO_STORY_DAY, moves the demo's dates).
 */
export function buildDemoAccounts(lang: 'zh-CN' | 'en', now: string): Account[] {
  return DEMO_ACCOUNTS.map(({ demo, reviews }) => build(demo, reviews, lang, now));
}

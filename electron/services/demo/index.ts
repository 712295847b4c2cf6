// The built-in demo workspace: four bilingual accounts from the stories of DOMAIN.md §8,
// materialised in one language, laid out, and validated against the account schema.
import { addDays, daysBetween } from '../../../shared/logic/dates';
import { layoutReportingTree } from '../../../shared/logic/layout';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../../shared/model';
import { bankMainframe } from './bank-mainframe';
import { henanPower } from './henan-power';
import { newsPublisher } from './news-publisher';
import { shandongTelecom } from './shandong-telecom';
import { localize, type DemoAccount, type DemoLang } from './text';

const DEMO_ACCOUNTS: readonly DemoAccount[] = [henanPower, shandongTelecom, newsPublisher, bankMainframe];

/** Ids of the demo accounts, in the order they are built. */
export const DEMO_ACCOUNT_IDS = ['henan', 'shandong', 'newspaper', 'bank'] as const;

/** The day the demo's story is told on: its dates are written as seen from that day. */
export const DEMO_STORY_DAY = '2026-11-22';

/**
 * The account with every dated event moved by `days` days: trips, activities and their next
 * steps, relationship history, decision dates. Birthdays stay (they come round every year).
 * A demo created later than the story day then looks the same from its own today: trips next
 * week, a call last Friday, so the notebook, coverage and reliability have something to show.
 */
function shiftDates(account: Account, days: number): Account {
  if (days === 0) return account;
  const move = (d: string) => (d ? addDays(d, days) : d);
  return {
    ...account,
    opportunities: account.opportunities.map((o) => ({ ...o, decisionDate: move(o.decisionDate) })),
    people: account.people.map((p) => ({
      ...p,
      itinerary: p.itinerary.map((i) => ({ ...i, from: move(i.from), to: move(i.to) })),
      activities: p.activities.map((a) => ({ ...a, date: move(a.date), nextStepDue: move(a.nextStepDue) })),
      relationship: { ...p.relationship, history: p.relationship.history.map((h) => ({ ...h, date: move(h.date) })) },
    })),
  };
}

function build(demo: DemoAccount, lang: DemoLang, now: string): Account {
  const parsed = Account.parse({
    ...localize(demo, lang),
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
  });
  const positions = layoutReportingTree(
    parsed.people.map((p) => p.id),
    parsed.links,
  );
  const shifted = shiftDates(parsed, daysBetween(DEMO_STORY_DAY, now.slice(0, 10)));
  return Account.parse({ ...shifted, canvas: { positions: Object.fromEntries(positions) } });
}

/**
 * The demo accounts in one language. Deterministic: the same language and `now` give the
 * same accounts (`now` is an ISO timestamp used for createdAt and updatedAt; its date, against
 * DEMO_STORY_DAY, moves the demo's dates).
 */
export function buildDemoAccounts(lang: 'zh-CN' | 'en', now: string): Account[] {
  return DEMO_ACCOUNTS.map((demo) => build(demo, lang, now));
}

// The built-in demo workspace: four bilingual accounts from the stories of DOMAIN.md §8,
// materialised in one language, laid out, and validated against the account schema.
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
  return Account.parse({ ...parsed, canvas: { positions: Object.fromEntries(positions) } });
}

/**
 * The demo accounts in one language. Deterministic: the same language and `now` give the
 * same accounts (`now` is an ISO timestamp used for createdAt and updatedAt).
 */
export function buildDemoAccounts(lang: 'zh-CN' | 'en', now: string): Account[] {
  return DEMO_ACCOUNTS.map((demo) => build(demo, lang, now));
}

import type { Account } from '../../shared/model/account';
import { Whitespace } from '../../shared/model/strategy';

/**
 * The account without the criteria, win themes, people's criteria and whitespace grid the demo
 * ships with (part D's data): a test of entering them starts from an empty slate, as a rep would.
 */
export const withoutCriteriaAndWhitespace = (a: Account): Account => ({
  ...a,
  opportunities: a.opportunities.map((o) => ({ ...o, criteria: [], themes: [] })),
  people: a.people.map((p) => ({ ...p, criteria: [] })),
  whitespace: Whitespace.parse({}),
});

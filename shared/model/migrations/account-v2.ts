import type { Migration } from './runner';

// v3 adds the account over time (issue 18): reviews, client moves, meeting plans, posts and
// successions. Every new record has a default, so a v2 document needs nothing but the new
// version: the bump is what stops a v2 Bidmap from opening a v3 file and dropping, unseen, the
// records it does not know.
export const accountV2toV3: Migration = {
  from: 2,
  name: 'the account over time (new records, all with defaults)',
  up: (doc) => ({ ...doc }),
};

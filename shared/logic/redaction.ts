import { Account } from '../model/account';
import type { RedactionLevel } from '../taxonomy/keys';
import { ACCOUNT_LEVELS, cutToLevel } from './level-table';

/**
 * The account as a level may share it (which field is whose: ACCOUNT_LEVELS in level-table.ts).
 * Built by allow-list: a redacted account is parsed anew from only the fields the level sees, so a
 * field added to the model later stays out of map and team until someone decides it belongs there.
 */
export function redactAccount(account: Account, level: RedactionLevel): Account {
  if (level === 'full') return account;
  return Account.parse(cutToLevel(account, ACCOUNT_LEVELS, level));
}

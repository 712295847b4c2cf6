import { Account } from './account';

/**
 * Accounts known to satisfy the Account schema as they are, by object: parsed by it (alone or
 * inside a bigger schema, a .bidmap file's), or built by code that checked every part it took
 * from outside. The store then writes them without checking them a second time: a 5,000-person
 * account checked twice cost more than writing it (issue 20). An account is never edited in place
 * (an edit makes a new object), so the mark cannot outlive what it vouches for; a copy or an
 * edited account is not in the set and is checked again.
 */
const checked = new WeakSet<Account>();

/** Parses untrusted input as an account, remembering the result as checked. */
export function checkAccount(input: unknown): Account {
  return markChecked(Account.parse(input));
}

/**
 * Marks an account as checked. Only for an account that came out of the Account schema (inside
 * another schema), or that a builder made from checked parts (see planContacts); its top level is
 * frozen, so the mark cannot vouch for a changed account.
 */
export function markChecked(account: Account): Account {
  checked.add(Object.freeze(account));
  return account;
}

/** Whether the account is known to be valid as it is (see markChecked). */
export function isChecked(account: Account): boolean {
  return checked.has(account);
}

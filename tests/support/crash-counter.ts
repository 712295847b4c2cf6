import type { Account } from '../../shared/model/account';

/**
 * The counter the crash test's writer keeps in an account: its first person's title is
 * `save <n>` after the n-th save (0 before any).
 */
export const savedCounter = (account: Account): number => Number(/^save (\d+)$/.exec(account.people[0]?.title ?? '')?.[1] ?? 0);

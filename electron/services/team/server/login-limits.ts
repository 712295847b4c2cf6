// Failed logins per remote address: after LIMIT failures within WINDOW_MS, that address is
// refused for BLOCK_MS without its tokens being hashed, so guessing tokens is slow and a flood of
// bad logins costs the server no scrypt work. Checks from one address run one at a time: a burst
// of parallel guesses cannot start more hashes than the failures still allowed. A successful login
// clears nothing (a member's own token must not reset a guesser's count at the same address).
// Memory stays bounded: at most MAX_ADDRESSES are remembered, expired ones first to go.

export const FAILED_LOGIN_LIMIT = 10;
export const FAILED_LOGIN_WINDOW_MS = 60_000;
export const FAILED_LOGIN_BLOCK_MS = 60_000;
export const MAX_ADDRESSES = 10_000;

interface Entry {
  /** When the recent failures happened, oldest first (at most LIMIT). */
  failures: number[];
  blockedUntil: number;
}

export class FailedLogins {
  readonly #entries = new Map<string, Entry>();
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = MAX_ADDRESSES,
  ) {}

  /** Seconds until `address` may try again, or 0 when it may now. */
  retryAfter(address: string): number {
    const e = this.#entries.get(address);
    const left = e ? e.blockedUntil - this.now() : 0;
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  /** Counts a failed login from `address`; blocks it at the LIMIT-th failure within the window (then true). */
  failed(address: string): boolean {
    const now = this.now();
    const e = this.#entries.get(address) ?? { failures: [], blockedUntil: 0 };
    this.#entries.delete(address); // re-inserted last: the map's order is least recently failed first
    e.failures = e.failures.filter((t) => t > now - FAILED_LOGIN_WINDOW_MS);
    e.failures.push(now);
    const blocked = e.failures.length >= FAILED_LOGIN_LIMIT;
    if (blocked) {
      e.blockedUntil = now + FAILED_LOGIN_BLOCK_MS;
      e.failures = [];
    }
    this.#entries.set(address, e);
    if (this.#entries.size > this.maxAddresses) this.#prune(now);
    return blocked;
  }

  /** Runs `check` after the checks already queued for `address` (one scrypt hash at a time per address). */
  inTurn<T>(address: string, check: () => Promise<T>): Promise<T> {
    const before = this.#queues.get(address) ?? Promise.resolve();
    const mine = before.then(check, check);
    const settled = mine.then(
      () => {},
      () => {},
    );
    this.#queues.set(address, settled);
    void settled.then(() => {
      if (this.#queues.get(address) === settled) this.#queues.delete(address);
    });
    return mine;
  }

  /** Addresses remembered (for tests: it stays bounded). */
  get size(): number {
    return this.#entries.size;
  }

  #prune(now: number) {
    for (const [address, e] of this.#entries)
      if (e.blockedUntil <= now && e.failures.every((t) => t <= now - FAILED_LOGIN_WINDOW_MS)) this.#entries.delete(address);
    // Still too many (a flood from many addresses): the least recently failed go first, blocked
    // addresses last (forgetting one would let it guess again at once).
    for (const spareBlocked of [true, false])
      for (const [address, e] of this.#entries) {
        if (this.#entries.size <= this.maxAddresses) return;
        if (!spareBlocked || e.blockedUntil <= now) this.#entries.delete(address);
      }
  }
}

// The accounts the snapshot replies (GET /api/snapshot) joined last, by account and level, kept while
// their documents do not move: joining and writing a 1,000-person account costs the server about
// 100 ms, and a team's members tend to ask for the same account within minutes of its sharing.
// Bounded by size; the oldest go first.

const LIMIT_BYTES = 64 * 1024 * 1024;

export class SnapshotCache {
  readonly #entries = new Map<string, { version: string; text: string }>();
  #bytes = 0;

  constructor(readonly limitBytes = LIMIT_BYTES) {}

  /** The reply kept for `key`, if it was built at `version` (the documents' epochs and heads). */
  get(key: string, version: string): string | undefined {
    const entry = this.#entries.get(key);
    return entry?.version === version ? entry.text : undefined;
  }

  set(key: string, version: string, text: string): void {
    this.#drop(key);
    if (text.length > this.limitBytes) return;
    this.#entries.set(key, { version, text });
    this.#bytes += text.length;
    for (const old of this.#entries.keys()) {
      if (this.#bytes <= this.limitBytes) break;
      this.#drop(old);
    }
  }

  #drop(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.text.length;
    this.#entries.delete(key);
  }
}

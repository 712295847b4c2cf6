import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { SearchResults } from '../../../shared/ipc/search';
import { SearchIndex } from '../../../shared/logic/search';
import type { Workspace } from '../store/workspace';

/** The build gives the event loop a turn this often, so other calls are answered meanwhile. */
const SLICE_MS = 25;

/**
 * Search over one open workspace. The index is built from the accounts in memory on the first
 * search (no file is read), a slice at a time so the process keeps answering other calls, then
 * kept fresh: the store names each account that changes, and the next search re-indexes those
 * accounts only. A keystroke costs a query, never a rebuild.
 */
export class WorkspaceSearch {
  private index: SearchIndex | null = null;
  private building: Promise<SearchIndex> | null = null;
  private readonly stale = new Set<string>();
  /** How often the whole index was built and how many single accounts were re-indexed (for tests). */
  readonly stats = { builds: 0, accountUpdates: 0 };

  constructor(private readonly ws: Workspace) {
    ws.onAccountChange((id) => this.stale.add(id));
  }

  async search(query: string, limit: number): Promise<SearchResults> {
    const index = this.index ?? (await (this.building ??= this.build()));
    // Accounts changed since the last search (or during the build) are indexed again, alone.
    for (const id of this.stale) {
      if (this.ws.has(id)) index.setAccount(this.ws.get(id));
      else index.removeAccount(id);
      this.stats.accountUpdates++;
    }
    this.stale.clear();
    return index.search(query, { limit });
  }

  private async build(): Promise<SearchIndex> {
    this.stale.clear(); // what changed before now is read as it is now
    const index = new SearchIndex();
    let slice = performance.now();
    for (const { id } of this.ws.accounts()) {
      // Read each account when its turn comes; one that changes after is in `stale`.
      if (this.ws.has(id) && !this.stale.has(id)) index.setAccount(this.ws.get(id));
      if (performance.now() - slice > SLICE_MS) {
        await yieldToEvents();
        slice = performance.now();
      }
    }
    this.stats.builds++;
    this.index = index;
    return index;
  }
}

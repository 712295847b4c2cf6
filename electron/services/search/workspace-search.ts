import type { SearchResults } from '../../../shared/ipc/search';
import { buildSearchIndex, type SearchIndex } from '../../../shared/logic/search';
import type { Workspace } from '../store/workspace';

/**
 * Search over one open workspace. The index is built from the accounts in memory on the first
 * search (no file is read), then kept fresh: the store names each account that changes, and the
 * next search re-indexes those accounts only. A keystroke costs a query, never a rebuild.
 */
export class WorkspaceSearch {
  private index: SearchIndex | null = null;
  private readonly stale = new Set<string>();
  /** How often the whole index was built and how many single accounts were re-indexed (for tests). */
  readonly stats = { builds: 0, accountUpdates: 0 };

  constructor(private readonly ws: Workspace) {
    ws.onAccountChange((id) => this.stale.add(id));
  }

  search(query: string, limit: number): SearchResults {
    return this.current().search(query, { limit });
  }

  private current(): SearchIndex {
    if (!this.index) {
      this.index = buildSearchIndex(this.ws.accounts());
      this.stale.clear();
      this.stats.builds++;
      return this.index;
    }
    for (const id of this.stale) {
      if (this.ws.has(id)) this.index.setAccount(this.ws.get(id));
      else this.index.removeAccount(id);
      this.stats.accountUpdates++;
    }
    this.stale.clear();
    return this.index;
  }
}

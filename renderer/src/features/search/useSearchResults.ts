import { useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../../shared/ipc/search';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';

export type SearchState = { state: 'idle' } | { state: 'ready'; results: SearchResults } | { state: 'failed'; message: string };

/**
 * The results for the query as it is typed. Each keystroke asks the services (the index lives
 * there, so no account is loaded here); an answer to an older request than the latest is dropped,
 * and the last results stay on screen until the next ones arrive (no flicker).
 */
export function useSearchResults(query: string, limit: number): SearchState {
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    // An empty query finds nothing, but builds the index at the first open: the first key is then fast.
    api.search({ query, limit }).then(
      (results) => ticket === latest.current && setResult({ state: 'ready', results }),
      (e: unknown) => ticket === latest.current && setResult({ state: 'failed', message: messageOf(e) }),
    );
  }, [query, limit]);
  return result;
}

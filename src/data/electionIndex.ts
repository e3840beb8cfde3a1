/**
 * The elections this site has (`data/elections.json`, written by `npm run data` beside the election files):
 * what an address that names no election offers instead. Validated like any data at the boundary.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

export const ELECTION_INDEX_FILE = 'elections.json';

const indexQueryOptions = queryOptions({
  queryKey: ['elections'] as const,
  queryFn: async ({ signal }) => {
    const response = await fetch(`${import.meta.env.BASE_URL}data/${ELECTION_INDEX_FILE}`, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // The schema comes only when an address names an election that is not here (a chunk of its own).
    const { parseElectionIndex } = await import('./electionIndexSchema.ts');
    return parseElectionIndex(await response.json()).elections;
  },
  staleTime: Infinity,
  retry: false,
});

/** The elections to offer; none when the list cannot be read (the message says enough without it). */
export function useElectionIndexQuery() {
  return useQuery(indexQueryOptions);
}

/**
 * The elections this site has (`data/elections.json`, written by `npm run data` beside the election files):
 * what an address that names no election offers instead. Validated like any data at the boundary.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { ID_PATTERN } from '../idPattern.ts';

const localized = v.object({ en: v.string(), fr: v.optional(v.string()) });

const electionIndexSchema = v.object({
  elections: v.array(v.object({ id: v.pipe(v.string(), v.regex(ID_PATTERN)), name: localized, date: v.string() })),
});

export type ElectionIndex = v.InferOutput<typeof electionIndexSchema>;

export const ELECTION_INDEX_FILE = 'elections.json';

const indexQueryOptions = queryOptions({
  queryKey: ['elections'] as const,
  queryFn: async ({ signal }) => {
    const response = await fetch(`${import.meta.env.BASE_URL}data/${ELECTION_INDEX_FILE}`, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return v.parse(electionIndexSchema, await response.json()).elections;
  },
  staleTime: Infinity,
  retry: false,
});

/** The elections to offer; none when the list cannot be read (the message says enough without it). */
export function useElectionIndexQuery() {
  return useQuery(indexQueryOptions);
}

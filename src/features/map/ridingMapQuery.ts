/** Loading an election's riding map: null when the election has none (a 404), an error when it cannot be read. */
import { useDataQuery as useQuery } from '../../data/electionQuery.ts';
import { parseRidingMap, type RidingMapTopology } from './ridingMapSchema.ts';

function ridingMapUrl(electionId: string): string {
  return `${import.meta.env.BASE_URL}data/${encodeURIComponent(electionId)}-ridings.topo.json`;
}

async function fetchRidingMap(electionId: string, signal?: AbortSignal): Promise<RidingMapTopology | null> {
  const response = await fetch(ridingMapUrl(electionId), { signal });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  // A static host answers a file it does not have with its HTML page: no map either.
  if (text.trimStart().startsWith('<')) return null;
  return parseRidingMap(JSON.parse(text));
}

/** The map file's place in the query cache. */
const ridingMapKey = (electionId: string) => ['riding-map', electionId];

/** Fetched only once `enabled` (the map's panel is near the screen): nothing on arrival waits for it. */
export function useRidingMap(electionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ridingMapKey(electionId),
    queryFn: ({ signal }) => fetchRidingMap(electionId, signal),
    staleTime: Infinity,
    enabled,
    retry: 1,
  });
}

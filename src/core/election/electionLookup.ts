/**
 * An election's parties, regions and ridings by id, built once per loaded file and shared by every view
 * (cached on the election object itself, which the data layer never changes), with the one fallback for a
 * party the file does not list: its id as its name.
 */
import type { Election, Localized, Party, Region, Riding } from '../../data/electionSchema.ts';

export interface ElectionLookup {
  readonly parties: ReadonlyMap<string, Party>;
  readonly regions: ReadonlyMap<string, Region>;
  readonly ridings: ReadonlyMap<string, Riding>;
  readonly colors: ReadonlyMap<string, string>;
  /** The party's short name, or its id when the file does not list it. */
  partyName(id: string): Localized;
  /** The region's name, or its id when the file does not list it. */
  regionName(id: string): Localized;
  /** The region's abbreviation, or its id when the file does not list it. */
  regionAbbreviation(id: string): Localized;
}

const built = new WeakMap<Election, ElectionLookup>();

export function lookupOf(election: Election): ElectionLookup {
  const known = built.get(election);
  if (known) return known;
  const parties = new Map(election.parties.map((p) => [p.id, p]));
  const regions = new Map(election.regions.map((r) => [r.id, r]));
  const lookup: ElectionLookup = {
    parties,
    regions,
    ridings: new Map(election.ridings.map((r) => [r.id, r])),
    colors: new Map(election.parties.map((p) => [p.id, p.color])),
    partyName: (id) => parties.get(id)?.shortName ?? { en: id },
    regionName: (id) => regions.get(id)?.name ?? { en: id },
    regionAbbreviation: (id) => regions.get(id)?.abbreviation ?? { en: id },
  };
  built.set(election, lookup);
  return lookup;
}

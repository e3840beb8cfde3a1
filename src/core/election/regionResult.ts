/** One region's (province's or territory's) result: its seats and each party's seats and votes there. */
import type { Election, Region } from '../../data/electionSchema.ts';
import { lookupOf } from './electionLookup.ts';

interface RegionPartyResult {
  party: string;
  seats: number;
  votes: number;
  voteShare: number;
}

export interface RegionResult {
  region: Region;
  seats: number;
  /** Parties with seats or votes here: most seats first, then most votes. */
  parties: RegionPartyResult[];
}

export function regionResult(election: Election, regionId: string): RegionResult | undefined {
  const region = lookupOf(election).regions.get(regionId);
  if (!region) return undefined;
  const ridings = election.ridings.filter((r) => r.region === regionId);
  const rows = new Map<string, RegionPartyResult>();
  const row = (party: string) => {
    let r = rows.get(party);
    if (!r) rows.set(party, (r = { party, seats: 0, votes: 0, voteShare: 0 }));
    return r;
  };
  let totalVotes = 0;
  for (const riding of ridings) {
    // Won or, on a night in progress, led: the seats the scoreboard counts.
    if (riding.winner !== undefined) row(riding.winner).seats += 1;
    for (const candidate of riding.candidates) {
      row(candidate.party).votes += candidate.votes;
      totalVotes += candidate.votes;
    }
  }
  const parties = [...rows.values()]
    .map((r) => ({ ...r, voteShare: totalVotes === 0 ? 0 : r.votes / totalVotes }))
    .sort((a, b) => b.seats - a.seats || b.votes - a.votes);
  return { region, seats: ridings.length, parties };
}

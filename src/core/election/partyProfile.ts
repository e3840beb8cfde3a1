/** Everything the party view shows about one party, computed from the election. */
import type { Election, Party, Riding } from '../../data/electionSchema.ts';
import { minimalWinningCoalitions, type Coalition } from './coalitions.ts';
import { majorityOf, seatsShortOfMajority } from './majority.ts';
import { partiesStanding, type Standing } from './majorityStanding.ts';
import { partyResult, type PartyResult } from './partyResults.ts';
import { seatsByRegion } from './seatsByRegion.ts';

interface RidingWon {
  riding: Riding;
  /** Margin over the runner-up as a share of the riding's valid votes. */
  marginShare: number;
  runnerUp: string | undefined;
}

export interface PartyProfile {
  party: Party;
  result: PartyResult;
  threshold: number;
  /** Seats missing for a majority alone; 0 when the party has one. */
  short: number;
  /** Whether its declared seats make a majority, or only its leads, or it cannot (majorityStanding). */
  standing: Standing;
  /** Minimal winning coalitions this party belongs to. */
  coalitions: Coalition[];
  regions: { regionId: string; seats: number; total: number }[];
  /** Ridings won, closest race first. */
  ridingsWon: RidingWon[];
}

export function partyProfile(election: Election, partyId: string): PartyProfile | undefined {
  const result = partyResult(election, partyId);
  if (!result) return undefined;
  const threshold = majorityOf(election);
  const coalitions = minimalWinningCoalitions(election.parties, threshold).filter((c) => c.parties.includes(partyId));
  const regions = seatsByRegion(election)
    .map((row) => ({ regionId: row.region.id, seats: row.byParty.get(partyId) ?? 0, total: row.total }))
    .filter((row) => row.seats > 0);
  const ridingsWon = election.ridings
    .filter((r) => r.winner === partyId)
    .map((riding) => ({
      riding,
      marginShare: riding.validVotes > 0 ? riding.margin / riding.validVotes : 0,
      runnerUp: riding.candidates.find((c, i) => i > 0 || c.party !== partyId)?.party,
    }))
    .sort((a, b) => a.riding.margin - b.riding.margin || a.riding.id.localeCompare(b.riding.id));
  return {
    party: result.party,
    result,
    threshold,
    short: seatsShortOfMajority(result.seats, election),
    standing: partiesStanding(election, [result.party]).standing,
    coalitions,
    regions,
    ridingsWon,
  };
}

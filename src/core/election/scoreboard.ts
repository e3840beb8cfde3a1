/**
 * The scoreboard under the headline: each party that holds seats in the
 * result shown, ranked by seats (ties by share of the vote), as newsrooms rank
 * them: leader first, runner-up second, whatever the chart's seating order. With
 * its seats, change and vote share, and how far the leader (or the coalition
 * picked) is from a majority.
 *
 * It tells the same result as the chart: this election's or the previous one
 * (on the same ridings), nationally or in one province.
 */
import type { Election, Party } from '../../data/electionSchema.ts';
import { coalitionMembers } from './coalitions.ts';
import { majorityOf, seatsShortOfMajority } from './majority.ts';
import { partiesStanding, settledStanding, type MajorityStanding } from './majorityStanding.ts';
import { regionResult } from './regionResult.ts';
import { seatCounts, seatingOf, type Seating, type SeatingOptions } from './seating.ts';
import { seatsByRegion } from './seatsByRegion.ts';
import { isCounting, previousSeatsSoFar, seatsCounted } from '../../data/ridingStatus.ts';

interface ScoreRow {
  party: Party;
  /** Seats won and, on a night in progress, led. */
  seats: number;
  /** Of those, the ridings it leads where the count goes on. */
  leading: number;
  /** Seats gained (positive) or lost since the previous election; undefined when unknown. */
  change: number | undefined;
  /** Share of the votes cast where the seats are counted; undefined when unknown. */
  voteShare: number | undefined;
}

export interface MajorityRace {
  /** The leading party, or the coalition's members. */
  parties: Party[];
  /** Each racer's seats in the result shown, in `parties` order. */
  partySeats: number[];
  /** Of those, the seats each leads where the count goes on (a night in progress). */
  partyLeading: number[];
  seats: number;
  /** Seats in the House. */
  house: number;
  threshold: number;
  /** Seats missing; 0 once reached. */
  short: number;
  /** Its declared seats, and whether they settle a majority or only the leads make one (majorityStanding). */
  standing: MajorityStanding;
}

export interface Scoreboard {
  rows: ScoreRow[];
  /** Seats counted: the House, or the province's. */
  total: number;
  /** The race to a majority of the House, always national. */
  race: MajorityRace;
  /** Ridings with no result yet, in the House (a night in progress; 0 once all report). */
  toReport: number;
  /** Ridings where a party leads, in the House: still counting. */
  stillCounting: number;
  /** A night in progress, in the result shown: its seats are won and led. */
  counting: boolean;
}

export interface ScoreboardOptions extends SeatingOptions {
  /** A region id: count that region's seats (its rows), while the race stays national. */
  region?: string | undefined;
  /** The view's seating (resolveView), when worked out already. */
  seating?: Seating | undefined;
}

export function scoreboard(election: Election, options: ScoreboardOptions = {}): Scoreboard {
  const previous = options.result === 'previous';
  const { parties: ordered, leader: largest } = options.seating ?? seatingOf(election, options);
  const national = seatCounts(election, previous ? 'previous' : 'current');
  const threshold = majorityOf(election);
  const lead = coalitionMembers(election.parties, options.lead ?? []);
  // The race is the coalition's, or the leader's as the chart ranks parties, whatever the seating order asked for.
  const leader = lead.length > 0 ? undefined : largest;
  const racers = lead.length > 0 ? ordered.filter((p) => lead.includes(p.id)) : leader ? [leader] : [];
  const partySeats = racers.map((p) => national.get(p.id) ?? 0);
  const raceSeats = partySeats.reduce((sum, n) => sum + n, 0);
  const race = {
    parties: racers,
    partySeats,
    partyLeading: racers.map((p) => (previous ? 0 : (p.leading ?? 0))),
    seats: raceSeats,
    house: election.totalSeats,
    threshold,
    short: seatsShortOfMajority(raceSeats, election),
    standing: previous ? settledStanding(raceSeats, threshold) : partiesStanding(election, racers),
  };

  const region = options.region === undefined ? undefined : regionRows(election, options.region, previous);
  const counted = region?.seats ?? national;
  // A night in progress: what each party leads of the seats counted, and the ridings still to report.
  const leading = new Map<string, number>();
  if (!previous)
    for (const r of election.ridings)
      if (r.status === 'leading' && r.winner !== undefined && (region === undefined || r.region === options.region))
        leading.set(r.winner, (leading.get(r.winner) ?? 0) + 1);
  const rows = ordered
    .map((party) => ({
      party,
      seats: counted.get(party.id) ?? 0,
      leading: leading.get(party.id) ?? 0,
      change: region ? region.change(party.id) : previous ? undefined : nationalChange(election, party),
      voteShare: region
        ? region.voteShare(party.id)
        : previous
          ? election.previous?.parties.find((p) => p.id === party.id)?.voteShare
          : party.voteShare,
    }))
    // A party that lost every seat it held here keeps its tile, at none: the changes add up.
    .filter((row) => row.seats > 0 || (row.change ?? 0) !== 0)
    // In rank; the seating order (stable sort) settles what seats and votes do not.
    .sort((a, b) => b.seats - a.seats || (b.voteShare ?? 0) - (a.voteShare ?? 0));
  const still = (status: 'pending' | 'leading') => (previous ? 0 : election.ridings.filter((r) => r.status === status).length);
  const [toReport, stillCounting] = [still('pending'), still('leading')];
  return { rows, total: region?.total ?? election.totalSeats, race, toReport, stillCounting, counting: !previous && isCounting(election) };
}

function nationalChange(election: Election, party: Party): number | undefined {
  const before = previousSeatsSoFar(election, party.id);
  // Won and led, as the tile counts them, against what the party held in the same ridings.
  return before === undefined ? undefined : seatsCounted(party) - before;
}

/** A region's seats per party in the result shown, its change from the previous winners there, and its vote shares. */
function regionRows(election: Election, regionId: string, previous: boolean) {
  const current = seatsByRegion(election).find((r) => r.region.id === regionId);
  const before = seatsByRegion(election, 'previous').find((r) => r.region.id === regionId);
  if (!current) return undefined;
  const hasPrevious = election.ridings.some((r) => r.region === regionId && r.previousWinner !== undefined);
  const votes = previous ? undefined : regionResult(election, regionId);
  return {
    seats: (previous ? before : current)?.byParty ?? new Map<string, number>(),
    total: current.total,
    change: (id: string) => (previous || !hasPrevious ? undefined : (current.byParty.get(id) ?? 0) - (before?.byParty.get(id) ?? 0)),
    voteShare: (id: string) => votes?.parties.find((p) => p.party === id)?.voteShare,
  };
}

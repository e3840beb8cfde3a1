/**
 * Coalitions that reach a majority. A coalition is minimal when every member
 * is needed: drop any one and it falls below the threshold. Parties without
 * seats never matter, so only seat-holding parties are combined.
 */
import { seatsCounted } from '../../data/ridingStatus.ts';

export interface CoalitionParty {
  id: string;
  seats: number;
  /** Seats led while the count goes on: a coalition counts them as the chart does (won + led). */
  leading?: number | undefined;
}

const seatsOf = seatsCounted;

export interface Coalition {
  parties: string[];
  seats: number;
}

/** Beyond this many seat-holding parties, 2^n subsets stop being cheap; the smallest are dropped. */
const MAX_PARTIES = 16;

/** Every minimal winning coalition, fewest parties first, then most seats; members in the given order. */
export function minimalWinningCoalitions(parties: readonly CoalitionParty[], threshold: number): Coalition[] {
  const holders = parties.filter((p) => seatsOf(p) > 0).slice(0, MAX_PARTIES);
  const found: Coalition[] = [];
  for (let mask = 1; mask < 1 << holders.length; mask++) {
    const members = holders.filter((_, i) => mask & (1 << i));
    const seats = members.reduce((sum, p) => sum + seatsOf(p), 0);
    if (seats < threshold) continue;
    if (members.every((p) => seats - seatsOf(p) < threshold)) found.push({ parties: members.map((p) => p.id), seats });
  }
  return found.sort((a, b) => a.parties.length - b.parties.length || b.seats - a.seats);
}

/** Seats a group of parties holds together. */
export function coalitionSeats(parties: readonly CoalitionParty[], ids: readonly string[]): number {
  return parties.filter((p) => ids.includes(p.id)).reduce((sum, p) => sum + seatsOf(p), 0);
}

/** The parties of a coalition pick (from a link, say) that can be in one: known and holding seats, in the pick's order. */
export function coalitionMembers(parties: readonly CoalitionParty[], ids: readonly string[]): string[] {
  return ids.filter((id) => parties.some((p) => p.id === id && seatsOf(p) > 0));
}

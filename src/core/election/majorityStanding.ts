/**
 * Where a party (or a coalition) stands against a majority, and whether the count has settled it. On a night in
 * progress the chart counts seats won and led; only seats declared settle anything. A majority is won once the
 * declared seats reach the threshold; it is out of reach once the declared seats and every seat not yet
 * declared fall short of it. In between, leads may make or miss a majority, and the page says "if the leads
 * hold" or "short", never more. A final result is all declared, so it is a majority or out of reach.
 */
import type { Election, Party } from '../../data/electionSchema.ts';
import { majorityOf } from './majority.ts';

export type Standing =
  /** The declared seats alone reach the threshold: settled. */
  | 'majority'
  /** Won and led reach it, the declared do not: a majority only if the leads hold. */
  | 'ifLeadsHold'
  /** Won and led fall short, yet the seats not declared could still bring it there. */
  | 'short'
  /** Even every seat not yet declared would not bring it there: settled. */
  | 'outOfReach';

export interface MajorityStanding {
  standing: Standing;
  /** Seats won and led: what the chart counts. */
  seats: number;
  /** Of those, the seats declared. */
  elected: number;
  threshold: number;
  /** Seats won and led still missing for the threshold; 0 once reached. */
  short: number;
  /** Seats won and led beyond the threshold; 0 below it. */
  surplus: number;
}

/**
 * `elected`: declared seats; `seats`: won and led; `undeclared`: the House's seats nobody has been declared
 * elected in yet (no result, or a lead). Pure arithmetic, so every text that sums seats asks it.
 */
export function standingOf(p: { seats: number; elected: number; undeclared: number; threshold: number }): MajorityStanding {
  const standing: Standing =
    p.elected >= p.threshold
      ? 'majority'
      : p.seats >= p.threshold
        ? 'ifLeadsHold'
        : p.elected + p.undeclared < p.threshold
          ? 'outOfReach'
          : 'short';
  return {
    standing,
    seats: p.seats,
    elected: p.elected,
    threshold: p.threshold,
    short: Math.max(0, p.threshold - p.seats),
    surplus: Math.max(0, p.seats - p.threshold),
  };
}

/** The House's seats that no one has been declared elected in: ridings with no result or only a lead. */
export const undeclaredSeats = (election: Pick<Election, 'ridings'>): number =>
  election.ridings.filter((r) => r.status === 'pending' || r.status === 'leading').length;

/** A party's or a coalition's standing in this election's count (won + led, of which won). */
export function partiesStanding(election: Election, parties: readonly Pick<Party, 'seats' | 'leading'>[]): MajorityStanding {
  const elected = parties.reduce((sum, p) => sum + p.seats, 0);
  const seats = parties.reduce((sum, p) => sum + p.seats + (p.leading ?? 0), 0);
  return standingOf({ seats, elected, undeclared: undeclaredSeats(election), threshold: majorityOf(election) });
}

/** A group of parties' standing, by their ids (a coalition picked, a block on the chart). */
export const coalitionStanding = (election: Election, ids: readonly string[]): MajorityStanding =>
  partiesStanding(
    election,
    election.parties.filter((p) => ids.includes(p.id)),
  );

/** A settled result's standing (the previous election, on the same House): every seat declared. */
export const settledStanding = (seats: number, threshold: number): MajorityStanding =>
  standingOf({ seats, elected: seats, undeclared: 0, threshold });

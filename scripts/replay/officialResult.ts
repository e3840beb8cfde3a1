/** The 2025 official result, seat by seat, for tests that check a night ends exactly there. */
import type { Election } from '../../src/data/electionSchema.ts';

export const OFFICIAL_SEATS_2025 = [
  ['lpc', 169],
  ['cpc', 144],
  ['bq', 22],
  ['ndp', 7],
  ['gpc', 1],
];

/** Each party that won seats, with its seats, in the file's order. */
export const seatsWon = (election: Election) => election.parties.filter((p) => p.seats > 0).map((p) => [p.id, p.seats]);

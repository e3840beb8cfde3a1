/** What "a majority" means for a legislature of `total` seats, and how far a party is from it. */

/** More than half the seats: ⌊total / 2⌋ + 1. */
export function majorityThreshold(total: number): number {
  return Math.floor(total / 2) + 1;
}

/** Seats still needed for a majority (0 when it is reached). */
export function seatsShortOfMajority(seats: number, total: number): number {
  return Math.max(0, majorityThreshold(total) - seats);
}

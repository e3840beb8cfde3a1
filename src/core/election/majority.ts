/** What "a majority" means for a legislature of `total` seats, and how far a party is from it. */

/** More than half the seats: ⌊total / 2⌋ + 1. */
export function majorityThreshold(total: number): number {
  return Math.floor(total / 2) + 1;
}

/** The seats that carry a vote in a House: its own rule when it has one (two thirds…), else more than half. */
export function majorityOf(house: { totalSeats: number; majority?: number | undefined }): number {
  return house.majority ?? majorityThreshold(house.totalSeats);
}

/** Seats still needed for a majority (0 when it is reached). */
export function seatsShortOfMajority(seats: number, house: { totalSeats: number; majority?: number | undefined }): number {
  return Math.max(0, majorityOf(house) - seats);
}

/**
 * Which party sits where, left to right, so that the majority line tells the
 * truth at a glance.
 *
 * 'result' (the default) seats the party with the most seats from the left
 * and the runner-up from the right, the others between them by seats:
 *
 *      leader  3rd  4th  …  runner-up
 *     ◜▔▔▔▔▔▔▔▔▔▔▔▔|▔▔▔▔▔▔▔▔▔▔▔▔▔▔◝
 *                  ↑ majority line: the leader's wedge crosses it only with a majority
 *
 * 'spectrum' keeps the data's political order (`seatOrder`, left to right).
 * Either way a coalition (`lead`) is seated first, as one block from the left;
 * with 'result' the largest party outside it then sits on the right.
 * Parties without seats come last, by votes, so a legend lists them after.
 */

export type SeatOrdering = 'result' | 'spectrum';

export interface OrderedParty {
  id: string;
  /** Position in the data's political order, 0 = leftmost. */
  seatOrder: number;
  /** Unknown in a file that gives seats only. */
  votes?: number | undefined;
}

export interface SeatOrderOptions {
  ordering?: SeatOrdering | undefined;
  /** Party ids seated first, together: a coalition. */
  lead?: readonly string[] | undefined;
}

/**
 * Parties in seating order. `seats` gives each party's seats in the result
 * drawn (this election's or the previous one's); the input is not changed.
 */
export function seatOrder<P extends OrderedParty>(
  parties: readonly P[],
  seats: (party: P) => number,
  { ordering = 'result', lead = [] }: SeatOrderOptions = {},
): P[] {
  const bySpectrum = (a: P, b: P) => a.seatOrder - b.seatOrder;
  // Most seats first; ties by votes, then by the political order, so the order is total and stable.
  const bySize = (a: P, b: P) => seats(b) - seats(a) || (b.votes ?? 0) - (a.votes ?? 0) || bySpectrum(a, b);
  const inLead = new Set(lead);
  const holders = parties.filter((p) => seats(p) > 0);
  const seatless = parties.filter((p) => seats(p) <= 0).sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || bySpectrum(a, b));
  if (ordering === 'spectrum') {
    const spectrum = [...holders].sort(bySpectrum);
    return [...spectrum.filter((p) => inLead.has(p.id)), ...spectrum.filter((p) => !inLead.has(p.id)), ...seatless];
  }
  const front = holders.filter((p) => inLead.has(p.id)).sort(bySize);
  const rest = holders.filter((p) => !inLead.has(p.id)).sort(bySize);
  // Without a coalition the leader opens the front; the largest of the rest closes the row on the right.
  if (front.length === 0 && rest.length > 0) front.push(rest.shift()!);
  const right = rest.shift();
  return [...front, ...rest, ...(right ? [right] : []), ...seatless];
}

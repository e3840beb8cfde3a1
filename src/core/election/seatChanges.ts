/**
 * Who took seats from whom since the previous election, riding by riding
 * (on the same ridings, e.g. a transposed result). Only ridings that know
 * their previous winner count.
 */
import type { Election } from '../../data/electionSchema.ts';

export interface SeatFlow {
  /** The other party: where gains came from, or where losses went. */
  party: string;
  seats: number;
}

export interface PartySeatChanges {
  party: string;
  gains: SeatFlow[];
  losses: SeatFlow[];
  gained: number;
  lost: number;
  /** Ridings held by the same party. */
  held: number;
}

const sortFlows = (flows: Map<string, number>): SeatFlow[] =>
  [...flows].map(([party, seats]) => ({ party, seats })).sort((a, b) => b.seats - a.seats || a.party.localeCompare(b.party));

/** One row per party that won, held or lost a riding; most seats changed first. */
export function seatChanges(election: Election): PartySeatChanges[] {
  const rows = new Map<string, { gains: Map<string, number>; losses: Map<string, number>; held: number }>();
  const row = (party: string) => {
    let r = rows.get(party);
    if (!r) rows.set(party, (r = { gains: new Map(), losses: new Map(), held: 0 }));
    return r;
  };
  for (const riding of election.ridings) {
    const before = riding.previousWinner;
    // A riding with no result yet has not changed hands (nor kept them).
    if (before === undefined || riding.winner === undefined) continue;
    if (before === riding.winner) {
      row(before).held += 1;
      continue;
    }
    const gains = row(riding.winner).gains;
    gains.set(before, (gains.get(before) ?? 0) + 1);
    const losses = row(before).losses;
    losses.set(riding.winner, (losses.get(riding.winner) ?? 0) + 1);
  }
  const order = new Map(election.parties.map((p, i) => [p.id, i]));
  return [...rows]
    .map(([party, r]) => {
      const gains = sortFlows(r.gains);
      const losses = sortFlows(r.losses);
      const sum = (flows: SeatFlow[]) => flows.reduce((total, f) => total + f.seats, 0);
      return { party, gains, losses, gained: sum(gains), lost: sum(losses), held: r.held };
    })
    .filter((r) => r.gained + r.lost > 0)
    .sort((a, b) => b.gained + b.lost - (a.gained + a.lost) || (order.get(a.party) ?? 0) - (order.get(b.party) ?? 0));
}

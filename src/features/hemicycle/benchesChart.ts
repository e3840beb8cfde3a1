/**
 * The chart on Westminster benches (`?layout=benches`): the layout and its labeler, in a chunk of their own,
 * loaded when a link asks for benches, so the first screen of every other page does not carry them.
 */
import { benches } from 'hemicycle-layout/benches';
import type { Boundary, Layout } from 'hemicycle-layout';
import { majorityOf } from '../../core/election/majority.ts';
import { hasPreviousSeats, seatCounter, type SeatingOptions } from '../../core/election/seating.ts';
import { seatOrder } from '../../core/election/seatOrder.ts';
import type { Election } from '../../data/electionSchema.ts';

export { benchLabels } from '../../core/picture/benchLabels.ts';

/**
 * The House on benches: the government (the coalition when one is seated first, else the leader, in the
 * result's order) facing the others.
 */
export function houseBenches(
  election: Election,
  rows: number | undefined,
  view: Pick<SeatingOptions, 'result' | 'lead'> = {},
): Layout & { boundary: Boundary; benches: true } {
  const count = seatCounter(election, view.result === 'previous' && hasPreviousSeats(election));
  const lead = new Set(view.lead ?? []);
  const first = seatOrder(election.parties, count, { lead: view.lead, ordering: 'result' });
  const government = lead.size > 0 ? first.filter((p) => lead.has(p.id)).reduce((sum, p) => sum + count(p), 0) : count(first[0]!);
  return { ...benches(election.totalSeats, { threshold: majorityOf(election), rows, government }), benches: true };
}

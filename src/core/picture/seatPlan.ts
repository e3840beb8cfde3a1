/**
 * The hemicycle of an election: every seat laid out, dealt to its party's
 * wedge in seating order, and tied to the riding it stands for. The same
 * ridings can be dealt by this election's winners or by the previous
 * election's, and a coalition's parties can be seated together on the left.
 */
import type { Election, Party, Riding, RidingStatus } from '../../data/electionSchema.ts';
// By module, not the package's index: the index would bring the benches into the first screen's chunk.
import { arc } from 'hemicycle-layout/arc';
import { assignSeats, type PlacedSeat, type SeatGroup } from 'hemicycle-layout/assignSeats';
import type { Boundary, Layout } from 'hemicycle-layout';
import { majorityOf } from '../election/majority.ts';
import { ridingStatus } from '../../data/ridingStatus.ts';
import { hasPreviousSeats, partiesInSeatOrder, previousWinnerOf, seatCounter, type SeatingOptions } from '../election/seating.ts';

/** The group of the seats whose ridings have no result yet: no party's. */
export const UNREPORTED = '';
/** The group of the seats with no member (a file's `vacant`): no party's either; not an id a party can have. */
export const VACANT = '-vacant';

/** The party a seat's `data-party` names: none for a seat with no result yet or no member. */
export const seatParty = (seat: Pick<PlanSeat, 'party'>): string => (seat.party === VACANT ? UNREPORTED : seat.party);

export interface PlanSeat extends PlacedSeat {
  /** District number of the riding this seat stands for, when the data has ridings. */
  riding: string | undefined;
  /** The riding changed hands since the previous election (or its leader is not last time's winner). */
  flipped: boolean;
  /** Where the riding's count stands (`elected` for a seat without a riding, and for the previous result); `vacant` for a seat with no member. */
  status: RidingStatus | 'vacant';
}

export interface SeatPlanOptions extends SeatingOptions {
  /** The parties in seating order, when the view has worked them out (resolveView's `seating`). */
  parties?: readonly Party[] | undefined;
  /** The seats to deal, when already laid out (houseLayout). */
  layout?: Layout | undefined;
}

const isFlip = (r: Riding) => r.winner !== undefined && r.previousWinner !== undefined && r.previousWinner !== r.winner;

/**
 * Each party's ridings, won before led (a wedge is solid from its end, its leads toward the middle), then in
 * region order and by district number, so provinces cluster in a wedge. Ridings with no result yet group
 * under UNREPORTED.
 */
function ridingsByParty(election: Election, winnerOf: (r: Riding) => string | undefined): Map<string, Riding[]> {
  const regionRank = new Map(election.regions.map((r, i) => [r.id, i]));
  // One collator for the whole sort: localeCompare with options builds a new one on every call.
  const byDistrict = new Intl.Collator('en', { numeric: true }).compare;
  const led = (r: Riding) => (winnerOf === previousWinnerOf || r.status !== 'leading' ? 0 : 1);
  const sorted = [...election.ridings].sort(
    (a, b) => led(a) - led(b) || (regionRank.get(a.region) ?? 0) - (regionRank.get(b.region) ?? 0) || byDistrict(a.id, b.id),
  );
  const byParty = new Map<string, Riding[]>();
  for (const riding of sorted) {
    const party = winnerOf(riding) ?? UNREPORTED;
    const list = byParty.get(party);
    if (list) list.push(riding);
    else byParty.set(party, [riding]);
  }
  return byParty;
}

/**
 * The seats still to report sit just inside the rightmost wedge: the leftmost and rightmost parties still
 * count from the ends, and the leader's wedge meets the majority line only with the seats it has.
 */
function withUnreported(groups: SeatGroup[], unreported: number, vacant = 0): SeatGroup[] {
  const none = [
    ...(unreported > 0 ? [{ id: UNREPORTED, seats: unreported }] : []),
    // Vacant seats likewise: no side's, so not at an end where they would read as a party's.
    ...(vacant > 0 ? [{ id: VACANT, seats: vacant }] : []),
  ];
  if (none.length === 0) return groups;
  const last = groups.findLastIndex((g) => g.seats > 0);
  const at = last > 0 ? last : groups.length;
  return [...groups.slice(0, at), ...none, ...groups.slice(at)];
}

/** The chart's shape (`?layout=`, `?arc=`, `?rows=`): an arc (of so many degrees) or benches, in so many rows. */
export interface ChartShape {
  layout?: 'arc' | 'benches' | undefined;
  arc?: number | undefined;
  rows?: number | undefined;
}

/**
 * The House's seats on an arc, parted at its majority: a gutter where the majority line runs straight. (On
 * benches: features/hemicycle/benchesChart.ts, loaded when a link asks for them.)
 */
export function houseLayout(election: Election, shape: Pick<ChartShape, 'arc' | 'rows'> = {}): Layout & { boundary: Boundary } {
  return arc(election.totalSeats, { threshold: majorityOf(election), arc: shape.arc, rows: shape.rows });
}

export function buildSeatPlan(election: Election, options: SeatPlanOptions = {}): PlanSeat[] {
  const previous = options.result === 'previous' && hasPreviousSeats(election);
  const winnerOf = previous ? previousWinnerOf : (r: Riding) => r.winner;
  const ridings = ridingsByParty(election, winnerOf);
  const count = seatCounter(election, previous);
  const groups = (options.parties ?? partiesInSeatOrder(election, options)).map((p) => ({ id: p.id, seats: count(p) }));
  const seated = groups.reduce((sum, g) => sum + g.seats, 0);
  // The previous result fills the House with its own seats: the vacancies are this one's.
  const vacant = previous ? 0 : (election.vacant ?? 0);
  const dealt = withUnreported(groups, election.totalSeats - seated - vacant, vacant);
  // The rightmost wedge is dealt from its inner side: its leads go first, so its won seats sit at the end.
  const right = dealt.findLast((g) => g.seats > 0 && g.id !== UNREPORTED && g.id !== VACANT)?.id;
  const rightRidings = right === undefined ? undefined : ridings.get(right);
  if (right !== undefined && rightRidings && dealt.length > 1)
    ridings.set(right, [...rightRidings.filter((r) => r.status === 'leading'), ...rightRidings.filter((r) => r.status !== 'leading')]);
  const placed = assignSeats((options.layout ?? houseLayout(election)).seats, dealt);
  return placed.map((seat) => {
    const riding = ridings.get(seat.party)?.[seat.rank];
    return {
      ...seat,
      riding: riding?.id,
      flipped: riding ? isFlip(riding) : false,
      status:
        riding && !previous ? ridingStatus(riding) : seat.party === UNREPORTED ? 'pending' : seat.party === VACANT ? 'vacant' : 'elected',
    };
  });
}

/**
 * What a page shows, decided in one place from the election and the URL: the
 * app, the embed (and, later, the prerenderer) all read this instead of
 * unpacking the URL themselves. Pure and tested.
 *
 * What the URL asks that the page cannot show is listed in `unknown` (each
 * said once), and the view falls back to what it can show: an unknown party or
 * riding shows the overview, an unknown province lights no province, unknown
 * or seatless coalition partners are left out, the previous result is not
 * shown for an election without one, and a parameter value the page cannot
 * read is left out.
 */
import { coalitionMembers } from '../core/election/coalitions.ts';
import { hasPreviousSeats, seatingOf, type Seating } from '../core/election/seating.ts';
import { houseLayout, type ChartShape } from '../core/picture/seatPlan.ts';
import type { Election, Party, Region, Riding } from '../data/electionSchema.ts';
import type { MapKindParam, Route, SeatOrderParam, SeatsShown, UnreadParam, ViewParams } from '../url/routes.ts';
import { lookupOf } from '../core/election/electionLookup.ts';
import { hasRidings } from '../data/ridingStatus.ts';

export type UnknownName =
  | { kind: 'page' }
  | { kind: 'party'; id: string }
  | { kind: 'riding'; id: string }
  | { kind: 'region'; id: string }
  /** A coalition partner the election does not have, or that won no seat. */
  | { kind: 'partner'; id: string; party: Party | undefined }
  /** `?seats=changes` or `previous` for an election that cannot seat a previous result. */
  | { kind: 'no-previous'; seats: SeatsShown }
  /** A riding's page or the map, asked of an election given by party only. */
  | { kind: 'no-ridings' }
  | ({ kind: 'param' } & UnreadParam);

export interface ResolvedView {
  /** The election file the page shows, for the files that go with it (the riding map). */
  electionId: string;
  /** What the chart and the panels show: the route asked for when the election has it, else the overview. */
  route: Route;
  party: Party | undefined;
  riding: Riding | undefined;
  region: Region | undefined;
  /** Coalition partners that can be in one, in the URL's order. */
  coalition: string[];
  /** Whether this election can seat its previous result (every riding knows its previous winner). */
  canShowPrevious: boolean;
  /** The seats shown: `changes` and `previous` only when the previous result can be shown. */
  seats: SeatsShown;
  /** Whose seats the chart draws. */
  result: 'current' | 'previous';
  ordering: SeatOrderParam;
  /** The riding map's kind: geographic, or hexagons of equal size. */
  map: MapKindParam;
  /** The parties in the chart's seating order, and the leader, worked out once: the chart, its legend and the scoreboard follow it. */
  seating: Seating;
  /** The chart's shape: arc or benches, the arc in degrees, and the rows (undefined: as many as the seats need). */
  shape: ChartShape;
  unknown: UnknownName[];
}

const seatings = new WeakMap<Election, Map<string, Seating>>();

/** The same seating object for the same seating: a party click (another route, the same seats) redraws no seat. */
function seatingFor(election: Election, result: 'current' | 'previous', lead: readonly string[], ordering: SeatOrderParam): Seating {
  const cache = seatings.get(election) ?? new Map<string, Seating>();
  seatings.set(election, cache);
  const key = `${result} ${ordering} ${lead.join(' ')}`;
  const seating = cache.get(key) ?? seatingOf(election, { result, lead, ordering });
  cache.set(key, seating);
  return seating;
}

/**
 * The rows a House can be drawn in and still read, on an arc of so many degrees: from half the rows its seats
 * need at full size (smaller seats) to a quarter more (rows thinned out into spokes past that).
 */
export function rowsRange(election: Election, arc: number): [number, number] {
  const needed = new Set(houseLayout(election, { arc }).seats.map((s) => s.row)).size;
  return [Math.max(1, Math.ceil(needed / 2)), needed + Math.ceil(needed / 4)];
}

export function resolveView(election: Election, route: Route, params: ViewParams): ResolvedView {
  const unknown: UnknownName[] = [];
  const { parties, ridings, regions } = lookupOf(election);
  let party: Party | undefined;
  let riding: Riding | undefined;
  if (route.page === 'not-found') unknown.push({ kind: 'page' });
  if (route.page === 'party') {
    party = parties.get(route.partyId);
    if (!party) unknown.push({ kind: 'party', id: route.partyId });
  }
  // A file of seats only (no ridings) has no riding pages and no map: said once, the seats shown instead.
  const seatsOnly = !hasRidings(election);
  if (seatsOnly && (route.page === 'riding' || route.page === 'map')) unknown.push({ kind: 'no-ridings' });
  else if (route.page === 'riding') {
    riding = ridings.get(route.ridingId);
    if (!riding) unknown.push({ kind: 'riding', id: route.ridingId });
  }
  const region = params.province === undefined ? undefined : regions.get(params.province);
  if (params.province !== undefined && !region) unknown.push({ kind: 'region', id: params.province });
  const canShowPrevious = election.previous !== undefined && hasPreviousSeats(election);
  let seats = canShowPrevious ? params.seats : 'current';
  if (seats !== params.seats) unknown.push({ kind: 'no-previous', seats: params.seats });
  // Changes are marked on the seats of ridings that changed hands: by party alone, there is nothing to mark.
  if (seatsOnly && seats === 'changes') {
    unknown.push({ kind: 'param', param: 'seats', value: 'changes', choices: ['current', 'previous'] });
    seats = 'current';
  }
  // The URL's own array when every partner counts: a party click must not hand the chart a new, equal coalition.
  const members = coalitionMembers(election.parties, params.coalition);
  for (const id of params.coalition) {
    if (!members.includes(id)) unknown.push({ kind: 'partner', id, party: parties.get(id) });
  }
  for (const unread of params.unread) unknown.push({ kind: 'param', ...unread });
  // Rows this chamber can be drawn in and still read: from half the rows its seats need on the arc at full size
  // (smaller seats) to a quarter more (rows thinned out into spokes past that); benches, the same range, the rows
  // of a side. Outside, named, and the chart its own.
  let rows = params.rows;
  if (rows !== undefined) {
    const [lo, hi] = rowsRange(election, params.arc);
    if (rows < lo || rows > hi) {
      unknown.push({ kind: 'param', param: 'rows', value: String(rows), choices: [`${lo}–${hi}`] });
      rows = undefined;
    }
  }
  const coalition = members.length === params.coalition.length ? params.coalition : members;
  const result = seats === 'previous' ? 'previous' : 'current';
  // Benches seat the government facing the rest, by the result: the political order has no side to keep. Named.
  let ordering = params.order;
  if (params.layout === 'benches' && ordering !== 'result') {
    unknown.push({ kind: 'param', param: 'order', value: ordering, choices: ['result'] });
    ordering = 'result';
  }
  return {
    electionId: params.election,
    // The builder's page is its chart's overview, kept as itself so its links (the embed's) stay the builder's.
    route: party || riding || (route.page === 'map' && !seatsOnly) || route.page === 'make' ? route : { page: 'overview' },
    party,
    riding,
    region,
    coalition,
    canShowPrevious,
    seats,
    result,
    ordering,
    seating: seatingFor(election, result, coalition, ordering),
    map: params.map,
    shape: { layout: params.layout, arc: params.arc, rows },
    unknown,
  };
}

/** The URL parameters of the view as resolved: what the page really shows, for a link to it (NotFoundPanels). */
export function shownParams(shown: ResolvedView): Partial<ViewParams> {
  return { province: shown.region?.id, coalition: shown.coalition, seats: shown.seats, order: shown.ordering, rows: shown.shape.rows };
}

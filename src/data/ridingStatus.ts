/**
 * Where a riding's count stands, from its data: no result yet, a lead while polls report, or declared, and
 * at which official stage (election night's preliminary count, validated by the returning officer, or
 * judicially certified after a recount). The one place the status is read: the seats, the map, the cards,
 * the totals and the headline all ask here.
 */
import type { Election, Party, Riding, RidingStatus } from './electionSchema.ts';

/**
 * Whether the file has its ridings: one of seats only (the parties' seats, as most tables of a result give
 * them) has none, and what needs ridings (the map, search, riding pages, provinces, seats by riding) is absent.
 */
export const hasRidings = (election: Pick<Election, 'ridings'>): boolean => election.ridings.length > 0;

const DECLARED: Record<Riding['stage'], RidingStatus> = {
  preliminary: 'elected',
  validated: 'validated',
  'judicially-certified': 'certified',
};

export function ridingStatus(riding: Pick<Riding, 'status' | 'stage'>): RidingStatus {
  return riding.status ?? DECLARED[riding.stage];
}

/** Whether the seat is won: elected at any stage, not a lead nor a riding still to report. */
export const isDeclared = (status: RidingStatus): boolean => status !== 'pending' && status !== 'leading';

/**
 * What a seat or a map shape says in `data-status`: pending, leading or elected (validated and certified are
 * elected); a seat with no member (a file's `vacant` seats) is vacant.
 */
export type SeatStatus = 'pending' | 'leading' | 'elected' | 'vacant';

export const seatStatus = (status: RidingStatus | 'vacant'): SeatStatus =>
  status === 'pending' || status === 'leading' || status === 'vacant' ? status : 'elected';

/** A riding still counting whose first two are level: no one leads it, whatever order the file lists them in. */
export const isTiedLead = (riding: Pick<Riding, 'status' | 'margin'>): boolean => riding.status === 'leading' && riding.margin === 0;

/** Whether the count goes on: some riding has no result yet or only a lead. */
export const isCounting = (election: Pick<Election, 'ridings'>): boolean => election.ridings.some((r) => r.status !== undefined);

/** A party's seats as the count stands: won, plus led while the count goes on. The chart, tiles, tables and sentences all count this. */
export const seatsCounted = (party: Pick<Party, 'seats' | 'leading'>): number => party.seats + (party.leading ?? 0);

/**
 * What a party held before in the ridings counted so far: on a night in progress, the previous winners of the
 * ridings that have reported (won or led), so that a change is never a partial count against a whole House;
 * once every riding is declared, the previous result's own total.
 */
export function previousSeatsSoFar(election: Election, partyId: string): number | undefined {
  if (!election.previous) return undefined;
  if (!isCounting(election)) return election.previous.parties.find((p) => p.id === partyId)?.seats ?? 0;
  return election.ridings.filter((r) => r.status !== 'pending' && r.previousWinner === partyId).length;
}

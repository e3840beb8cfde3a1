/**
 * Where a riding's count stands, from its data: no result yet, a lead while polls report, or declared, and
 * at which official stage (election night's preliminary count, validated by the returning officer, or
 * judicially certified after a recount). The one place the status is read: the seats, the map, the cards,
 * the totals and the headline all ask here.
 */
import type { Riding, RidingStatus } from '../data/electionSchema.ts';

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

/** What a seat or a map shape says in `data-status`: pending, leading or elected (validated and certified are elected). */
export type SeatStatus = 'pending' | 'leading' | 'elected';

export const seatStatus = (status: RidingStatus): SeatStatus => (status === 'pending' || status === 'leading' ? status : 'elected');

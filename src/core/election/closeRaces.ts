/** The closest ridings: smallest margin first, recounts flagged. */
import type { Election, Riding } from '../../data/electionSchema.ts';
import { isCounting } from '../../data/ridingStatus.ts';
import { ridingResult, type RidingResult } from './ridingResult.ts';

export interface CloseRace extends RidingResult {
  /** Decided by a judicial recount. */
  recounted: boolean;
}

export function closeRaces(election: Election, count = 10): CloseRace[] {
  // While the count goes on, ridings have counted more or fewer votes: a lead of 50 out of 400 is not close,
  // one of 50 out of 40,000 is. Closest by share of the votes counted, then; by votes once all are in.
  const gap = isCounting(election) ? (r: Riding) => (r.validVotes > 0 ? r.margin / r.validVotes : 0) : (r: Riding) => r.margin;
  return (
    election.ridings
      // A riding with no result yet has no race to show: its margin is 0 of 0 votes.
      .filter((r) => r.candidates.length > 1 && r.status !== 'pending')
      .sort((a, b) => gap(a) - gap(b) || a.id.localeCompare(b.id))
      .slice(0, count)
      .map((r) => ({ ...ridingResult(r), recounted: r.stage === 'judicially-certified' }))
  );
}

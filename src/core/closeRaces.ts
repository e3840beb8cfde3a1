/** The closest ridings: smallest margin first, recounts flagged. */
import type { Election } from '../data/electionSchema.ts';
import { ridingResult, type RidingResult } from './ridingResult.ts';

export interface CloseRace extends RidingResult {
  /** Decided by a judicial recount. */
  recounted: boolean;
}

export function closeRaces(election: Election, count = 10): CloseRace[] {
  return (
    election.ridings
      // A riding with no result yet has no race to show: its margin is 0 of 0 votes.
      .filter((r) => r.candidates.length > 1 && r.status !== 'pending')
      .sort((a, b) => a.margin - b.margin || a.id.localeCompare(b.id))
      .slice(0, count)
      .map((r) => ({ ...ridingResult(r), recounted: r.stage === 'judicially-certified' }))
  );
}

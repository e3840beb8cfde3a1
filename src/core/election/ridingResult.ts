/** One riding's result, ready to show: each candidate's share, the margin in votes and points, and any flip. */
import type { Candidate, Riding } from '../../data/electionSchema.ts';

interface CandidateResult extends Candidate {
  share: number;
}

export interface RidingResult {
  riding: Riding;
  candidates: CandidateResult[];
  /** Margin over the runner-up as a share of valid votes (percentage points / 100). */
  marginShare: number;
  runnerUp: CandidateResult | undefined;
  /** Whether the seat changed party since the previous election; undefined when unknown. */
  flipped: boolean | undefined;
}

export function ridingResult(riding: Riding): RidingResult {
  const total = riding.validVotes;
  const candidates = [...riding.candidates]
    .sort((a, b) => b.votes - a.votes)
    .map((c) => ({ ...c, share: total > 0 ? c.votes / total : 0 }));
  const winnerIndex = Math.max(
    0,
    candidates.findIndex((c) => c.party === riding.winner),
  );
  return {
    riding,
    candidates,
    marginShare: total > 0 ? riding.margin / total : 0,
    runnerUp: candidates.find((_, i) => i !== winnerIndex),
    // A riding with no result yet has neither kept nor changed hands.
    flipped: riding.previousWinner === undefined || riding.winner === undefined ? undefined : riding.previousWinner !== riding.winner,
  };
}

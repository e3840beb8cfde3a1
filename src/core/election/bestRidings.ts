/** Where a party did best: its ridings by share of the vote, with the place it came in each. */
import type { Election, Riding } from '../../data/electionSchema.ts';

export interface PartyRidingShowing {
  riding: Riding;
  votes: number;
  /** Share of the riding's valid votes, 0–1. */
  share: number;
  /** 1 = won, 2 = runner-up… */
  place: number;
}

export function bestRidings(election: Election, partyId: string, count = 10): PartyRidingShowing[] {
  const showings: PartyRidingShowing[] = [];
  for (const riding of election.ridings) {
    const at = riding.candidates.findIndex((c) => c.party === partyId);
    const candidate = riding.candidates[at];
    if (!candidate || riding.validVotes === 0) continue;
    // Candidates are in vote order; ties share the better place.
    const place = 1 + riding.candidates.filter((c) => c.votes > candidate.votes).length;
    showings.push({ riding, votes: candidate.votes, share: candidate.votes / riding.validVotes, place });
  }
  return showings.sort((a, b) => b.share - a.share || a.riding.id.localeCompare(b.riding.id)).slice(0, count);
}

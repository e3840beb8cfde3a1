/** The ridings that changed hands in the last refresh of the same election; empty until one does. */
import { useState } from 'react';
import { changedRidings } from '../../core/election/changedRidings.ts';
import type { Election } from '../../data/electionSchema.ts';

const NONE: ReadonlySet<string> = new Set();

export function useChangedRidings(election: Election): ReadonlySet<string> {
  const [seen, setSeen] = useState(election);
  const [changed, setChanged] = useState(NONE);
  // Adjusting state while rendering (React's pattern for "compared with the last props").
  if (seen !== election) {
    setSeen(election);
    setChanged(seen.id === election.id ? changedRidings(seen, election) : NONE);
  }
  return changed;
}

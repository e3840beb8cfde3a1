/**
 * A party's profile (core/partyProfile: its coalitions, provinces and ridings won), worked out where it is
 * shown: in the party's chunks (PartyHeadline, BelowChart), not in the code every page loads first.
 */
import { useMemo } from 'react';
import { partyProfile } from '../../core/partyProfile.ts';
import type { Election } from '../../data/electionSchema.ts';

export function usePartyProfile(election: Election, partyId: string | undefined) {
  return useMemo(() => (partyId === undefined ? undefined : partyProfile(election, partyId)), [election, partyId]);
}

/**
 * A party's profile (core/partyProfile: its coalitions, provinces and ridings won), worked out where it is
 * shown: in the party's chunks (PartyHeadline, BelowChart), not in the code every page loads first. Once per
 * loaded file and party: the headline and the panels below ask for the same one.
 */
import { useMemo } from 'react';
import { partyProfile, type PartyProfile } from '../../core/election/partyProfile.ts';
import type { Election } from '../../data/electionSchema.ts';

const profiles = new WeakMap<Election, Map<string, PartyProfile | undefined>>();

function profileOf(election: Election, partyId: string): PartyProfile | undefined {
  let known = profiles.get(election);
  if (!known) profiles.set(election, (known = new Map()));
  if (!known.has(partyId)) known.set(partyId, partyProfile(election, partyId));
  return known.get(partyId);
}

export function usePartyProfile(election: Election, partyId: string | undefined) {
  return useMemo(() => (partyId === undefined ? undefined : profileOf(election, partyId)), [election, partyId]);
}

/**
 * The 2021 result transposed onto the 343 districts of the 2023 representation
 * order (Elections Canada's transposition of votes, as published by
 * ThreeFortyThree Canada): each district's notional winner and the votes.
 */
import { partyOfTranspositionCode } from './parties.ts';

interface TranspositionRow {
  ridingCode: number;
  voteDistribution: { partyCode: string; votes: number }[];
  validVotes: number;
}

export interface Transposed2021 {
  /** District number → party id of the notional 2021 winner. */
  winners: Map<string, string>;
  /** Party id → votes, summed over all districts. */
  votes: Map<string, number>;
  validVotes: number;
}

export function readTransposed2021(json: unknown): Transposed2021 {
  if (!Array.isArray(json)) throw new Error('2021 transposition: expected an array of districts');
  const winners = new Map<string, string>();
  const votes = new Map<string, number>();
  let validVotes = 0;
  for (const row of json as TranspositionRow[]) {
    const district = String(row.ridingCode);
    let best = { party: '', votes: -1 };
    for (const { partyCode, votes: v } of row.voteDistribution) {
      const party = partyOfTranspositionCode(partyCode);
      votes.set(party, (votes.get(party) ?? 0) + v);
      if (v > best.votes) best = { party, votes: v };
    }
    if (winners.has(district)) throw new Error(`2021 transposition: district ${district} appears twice`);
    winners.set(district, best.party);
    validVotes += row.validVotes;
  }
  return { winners, votes, validVotes };
}

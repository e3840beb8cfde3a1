/**
 * The election as the results file has it now: each riding of the base file (the election's own JSON, which
 * names its ridings, parties and previous result) with the file's latest count, and where that count stands.
 * A riding the file does not list yet, or lists with no vote, has no result; a preliminary count is a lead
 * until all its polls report (when the file says so) or the returning officer validates it. Party totals are
 * counted again. The caller validates the result with the app's own schema before writing it.
 */
import type { Election, Riding } from '../../src/data/electionSchema.ts';
import { assembleRiding } from '../dataset/assembleElection.ts';
import { finalRowsByDistrict } from '../dataset/readCandidatesTsv.ts';
import { EventResultsError, type NightRow } from './eventResults.ts';

const share = (part: number, whole: number) => (whole === 0 ? 0 : Number((part / whole).toFixed(6)));

/** A riding before its first poll reports: its candidates, no vote, no one ahead. */
function noResult(riding: Riding, polls: NightRow['polls']): Riding {
  return {
    ...riding,
    stage: 'preliminary',
    status: 'pending',
    polls,
    winner: undefined,
    margin: 0,
    validVotes: 0,
    candidates: riding.candidates.map((c) => ({ ...c, votes: 0 })),
  };
}

export function nightElection(rows: readonly NightRow[], base: Election, updated: string): Election {
  const latest = finalRowsByDistrict(rows);
  const known = new Set(base.ridings.map((r) => r.id));
  for (const district of latest.keys())
    if (!known.has(district)) throw new EventResultsError(`district ${district} is not a riding of ${base.id}`);
  const ridings: Riding[] = base.ridings.map((riding) => {
    const found = latest.get(riding.id);
    if (!found) return noResult(riding, undefined);
    const polls = found[0]!.polls;
    const counted = { ...assembleRiding(riding.id, found, riding.previousWinner), ...(polls ? { polls } : {}) };
    if (counted.stage !== 'preliminary') return counted;
    if (counted.validVotes === 0) return noResult(riding, polls);
    const allIn = polls !== undefined && polls.total > 0 && polls.reporting >= polls.total;
    return allIn ? counted : { ...counted, status: 'leading' };
  });
  const totalVotes = ridings.reduce((sum, r) => sum + r.validVotes, 0);
  const votes = new Map<string, number>();
  for (const r of ridings) for (const c of r.candidates) votes.set(c.party, (votes.get(c.party) ?? 0) + c.votes);
  const held = (party: string, status: Riding['status']) => ridings.filter((r) => r.status === status && r.winner === party).length;
  return {
    ...base,
    updated,
    totalVotes,
    parties: base.parties.map((p) => ({
      ...p,
      seats: held(p.id, undefined),
      leading: held(p.id, 'leading'),
      votes: votes.get(p.id) ?? 0,
      voteShare: share(votes.get(p.id) ?? 0, totalVotes),
    })),
    ridings,
  };
}

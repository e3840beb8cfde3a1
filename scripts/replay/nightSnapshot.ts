/**
 * An election night, simulated from its final result: the data as it stood at a moment `t` of the night
 * (0 = the first polls close, 1 = every riding reported). Ridings start reporting when their polls close
 * (Newfoundland first, the Maritimes half an hour later, most of the country at 21:30 ET, British Columbia
 * and Yukon last), their counts grow in steps of polls toward the final figures, and in some the runner-up
 * leads early and loses the lead before the end. At t ≥ 1 the night has ended at exactly the final result.
 * Pure and deterministic (a riding's timing and course come from its district number), for `npm run replay`
 * and the tests.
 */
import type { Election, Riding } from '../../src/data/electionSchema.ts';

/** When each region's polls close, as a share of the night from 19:00 ET to 01:00 ET (2025's hours). */
const POLL_CLOSE: Readonly<Record<string, number>> = {
  nl: 0, // 19:00 ET (20:30 NDT)
  pe: 1 / 12, // 19:30 ET (20:30 ADT)
  ns: 1 / 12,
  nb: 1 / 12,
  qc: 5 / 12, // 21:30 ET
  on: 5 / 12,
  mb: 5 / 12, // 20:30 CDT
  sk: 5 / 12, // 19:30 CST
  ab: 5 / 12, // 19:30 MDT
  nt: 5 / 12,
  nu: 5 / 12,
  bc: 1 / 2, // 22:00 ET (19:00 PDT)
  yt: 1 / 2,
};

/** A number in [0, 1) from a riding's id and a salt: its course through the night, the same every run. */
function unitHash(id: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

/** Where one riding's count stands at `t`: the polls in of its total. */
export function pollsAt(riding: Pick<Riding, 'id' | 'region'>, t: number): { reporting: number; total: number } {
  const total = 120 + Math.floor(unitHash(riding.id, 1) * 140);
  const start = (POLL_CLOSE[riding.region] ?? 5 / 12) + unitHash(riding.id, 2) * 0.05;
  const length = 0.25 + unitHash(riding.id, 3) * 0.2;
  const share = Math.min(1, Math.max(0, (t - start) / length));
  return { reporting: Math.floor(share * total), total };
}

/** In about one riding in six, the runner-up's early polls come in first: it leads, then loses the lead. */
const leadChanges = (id: string) => unitHash(id, 4) < 0.17;

/**
 * A riding's count at `t`: its polls, and each candidate's votes (in the order given) grown toward the final
 * figures; in a riding where the lead changes hands, the runner-up's early polls weigh more, evening out.
 */
export function countAt(
  riding: Pick<Riding, 'id' | 'region'>,
  finalVotes: readonly number[],
  t: number,
): { polls: { reporting: number; total: number }; votes: number[] } {
  const polls = pollsAt(riding, t);
  const share = polls.reporting / polls.total;
  if (share >= 1) return { polls, votes: [...finalVotes] };
  const runnerUp = leadChanges(riding.id) ? [...finalVotes.keys()].sort((a, b) => finalVotes[b]! - finalVotes[a]!)[1] : undefined;
  const votes = finalVotes.map((v, i) => Math.floor(v * share * (i === runnerUp ? 1 + 0.6 * (1 - share) : 1)));
  return { polls, votes };
}

function ridingAt(final: Riding, t: number): Riding {
  const { polls, votes } = countAt(
    final,
    final.candidates.map((c) => c.votes),
    t,
  );
  if (polls.reporting >= polls.total) return { ...final, stage: 'preliminary', polls };
  const candidates = final.candidates.map((c, i) => ({ ...c, votes: votes[i]! }));
  const validVotes = candidates.reduce((sum, c) => sum + c.votes, 0);
  if (validVotes === 0) {
    return { ...final, winner: undefined, stage: 'preliminary', status: 'pending', polls, margin: 0, validVotes: 0, candidates };
  }
  const [first, second] = [...candidates].sort((a, b) => b.votes - a.votes);
  return {
    ...final,
    stage: 'preliminary',
    status: 'leading',
    polls,
    winner: first!.party,
    margin: first!.votes - (second?.votes ?? 0),
    validVotes,
    candidates,
  };
}

export function nightSnapshot(final: Election, t: number): Election {
  if (t >= 1) return final;
  const ridings = final.ridings.map((r) => ridingAt(r, t));
  const votes = new Map<string, number>();
  for (const r of ridings) for (const c of r.candidates) votes.set(c.party, (votes.get(c.party) ?? 0) + c.votes);
  const totalVotes = ridings.reduce((sum, r) => sum + r.validVotes, 0);
  const count = (party: string, status: Riding['status']) => ridings.filter((r) => r.status === status && r.winner === party).length;
  return {
    ...final,
    totalVotes,
    ridings,
    parties: final.parties.map((p) => ({
      ...p,
      seats: count(p.id, undefined),
      leading: count(p.id, 'leading'),
      votes: votes.get(p.id) ?? 0,
      voteShare: totalVotes === 0 ? 0 : (votes.get(p.id) ?? 0) / totalVotes,
    })),
  };
}

/** Ridings whose winner differs between two versions of the same election (a live refresh). */
import type { Election } from '../../data/electionSchema.ts';

export function changedRidings(before: Election, after: Election): Set<string> {
  const was = new Map(before.ridings.map((r) => [r.id, r.winner]));
  return new Set(after.ridings.filter((r) => was.get(r.id) !== r.winner).map((r) => r.id));
}

/** Builds the app's election JSON from the parsed sources (see src/data/electionSchema.ts for the format). */
import type { CandidateRow } from './readCandidatesTsv.ts';
import { OTHER, PARTIES, partyOfAffiliation } from './parties.ts';
import { REGIONS, regionOfDistrict } from './regions.ts';
import type { Transposed2021 } from './transposed2021.ts';

/** Elections Canada's exports write the em dash of official names as "--". */
export function officialName(name: string): string {
  return name.replace(/\s*--\s*/g, '—');
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Number((part / whole).toFixed(6)));

export function assembleRiding(district: string, rows: readonly CandidateRow[], previousWinner: string | undefined) {
  const candidates = rows
    .map((row) => {
      const party = partyOfAffiliation(row.affiliationEn);
      const affiliation =
        party === OTHER ? { affiliation: { en: row.affiliationEn || 'Independent', fr: row.affiliationFr || 'Indépendant(e)' } } : {};
      return { name: row.candidate, party, ...affiliation, votes: row.votes };
    })
    .sort((a, b) => b.votes - a.votes);
  const [first, second] = candidates;
  if (!first) throw new Error(`District ${district}: no candidates`);
  const head = rows[0]!;
  return {
    id: district,
    name: { en: officialName(head.nameEn), fr: officialName(head.nameFr) },
    region: regionOfDistrict(district),
    stage: head.stage,
    winner: first.party,
    margin: first.votes - (second?.votes ?? 0),
    validVotes: candidates.reduce((sum, c) => sum + c.votes, 0),
    candidates,
    ...(previousWinner ? { previousWinner } : {}),
  };
}

export interface ElectionMeta {
  id: string;
  name: { en: string; fr: string };
  /** Polling day, YYYY-MM-DD. */
  date: string;
  updated: string;
  sources: { title: string; publisher: string; licence: string; url?: string; files: string[] }[];
}

/** The previous election on the same ridings, when there is one, for "change since". */
export interface PreviousMeta {
  name: { en: string; fr: string };
  date: string;
  result: Transposed2021;
}

export function assembleElection(finalRows: ReadonlyMap<string, CandidateRow[]>, meta: ElectionMeta, previous?: PreviousMeta) {
  const ridings = [...finalRows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([district, rows]) => assembleRiding(district, rows, previous?.result.winners.get(district)));
  const totalVotes = ridings.reduce((sum, r) => sum + r.validVotes, 0);
  const votesOf = (id: string) => ridings.flatMap((r) => r.candidates).reduce((sum, c) => (c.party === id ? sum + c.votes : sum), 0);
  return {
    id: meta.id,
    name: meta.name,
    legislature: { en: 'House of Commons', fr: 'Chambre des communes' },
    date: meta.date,
    totalSeats: ridings.length,
    totalVotes,
    updated: meta.updated,
    sources: meta.sources,
    regions: REGIONS.map(({ id, name, abbreviation }) => ({ id, name, abbreviation })),
    parties: PARTIES.map((p) => {
      const votes = votesOf(p.id);
      return { ...p, seats: ridings.filter((r) => r.winner === p.id).length, votes, voteShare: share(votes, totalVotes) };
    }),
    ridings,
    ...(previous ? { previous: assemblePrevious(previous) } : {}),
  };
}

function assemblePrevious({ name, date, result }: PreviousMeta) {
  const seats = (id: string) => [...result.winners.values()].filter((w) => w === id).length;
  return {
    name,
    date,
    transposed: true,
    parties: PARTIES.map((p) => {
      const votes = result.votes.get(p.id) ?? 0;
      return { id: p.id, seats: seats(p.id), votes, voteShare: share(votes, result.validVotes) };
    }),
  };
}

/**
 * A small, made-up but valid election for unit tests: 7 seats, 3 parties
 * (one with no seat), 2 regions, and a previous result.
 */
import type { Election } from '../data/electionSchema.ts';

const riding = (id: string, region: string, votes: Record<string, number>, previousWinner?: string) => {
  const candidates = Object.entries(votes)
    .map(([party, v]) => ({ name: `Candidate ${party.toUpperCase()} ${id}`, party, votes: v }))
    .sort((a, b) => b.votes - a.votes);
  return {
    id,
    name: { en: `Riding ${id}`, fr: `Circonscription ${id}` },
    region,
    stage: 'validated' as const,
    winner: candidates[0]!.party,
    margin: candidates[0]!.votes - (candidates[1]?.votes ?? 0),
    validVotes: candidates.reduce((a, c) => a + c.votes, 0),
    candidates,
    ...(previousWinner ? { previousWinner } : {}),
  };
};

/** Each party's votes across the ridings, and all valid votes. */
function voteTotals(ridings: readonly { validVotes: number; candidates: readonly { party: string; votes: number }[] }[]) {
  const votes = (party: string) =>
    ridings
      .flatMap((r) => r.candidates)
      .filter((c) => c.party === party)
      .reduce((a, c) => a + c.votes, 0);
  return { votes, totalVotes: ridings.reduce((a, r) => a + r.validVotes, 0) };
}

export function sampleElection(): Election {
  const ridings = [
    riding('101', 'east', { red: 500, blue: 300, gold: 10 }, 'blue'),
    riding('102', 'east', { red: 400, blue: 390, gold: 20 }, 'red'),
    riding('103', 'east', { blue: 600, red: 100, gold: 5 }, 'blue'),
    riding('201', 'west', { blue: 700, red: 200, gold: 30 }, 'blue'),
    riding('202', 'west', { red: 450, blue: 449, gold: 40 }, 'blue'),
    riding('203', 'west', { red: 350, blue: 100, gold: 15 }, 'red'),
    riding('204', 'west', { blue: 800, red: 150, gold: 25 }, 'blue'),
  ];
  const { votes, totalVotes } = voteTotals(ridings);
  const party = (id: string, name: string, color: string, seatOrder: number) => ({
    id,
    name: { en: `${name} Party`, fr: `Parti ${name}` },
    shortName: { en: name, fr: name },
    color,
    seatOrder,
    seats: ridings.filter((r) => r.winner === id).length,
    votes: votes(id),
    voteShare: votes(id) / totalVotes,
  });
  return {
    id: 'sample',
    name: { en: 'Sample election', fr: 'Élection exemple' },
    legislature: { en: 'Assembly', fr: 'Assemblée' },
    date: '2025-01-01',
    totalSeats: 7,
    totalVotes,
    sources: [{ title: 'Made up for tests', publisher: 'Hemicycle', licence: 'CC0' }],
    regions: [
      { id: 'east', name: { en: 'East', fr: 'Est' }, abbreviation: { en: 'E', fr: 'E' } },
      { id: 'west', name: { en: 'West', fr: 'Ouest' }, abbreviation: { en: 'W', fr: 'O' } },
    ],
    parties: [party('red', 'Red', '#cc0000', 0), party('blue', 'Blue', '#0033aa', 2), party('gold', 'Gold', '#aa8800', 1)],
    ridings,
    previous: {
      name: { en: 'Last time', fr: 'La dernière fois' },
      date: '2021-01-01',
      transposed: false,
      parties: [
        { id: 'red', seats: 2, votes: 2000, voteShare: 0.4 },
        { id: 'blue', seats: 5, votes: 2500, voteShare: 0.5 },
      ],
    },
  };
}

/**
 * The same election on its night, counts in progress: riding 101 led by Red with 3 of 10 polls in, 202 with
 * no result yet (no winner, no vote), the rest declared on election night's preliminary count.
 */
export function sampleNight(): Election {
  const election = sampleElection();
  const ridings = election.ridings.map((r) => {
    const night = { ...r, stage: 'preliminary' as const };
    if (r.id === '101') return { ...night, status: 'leading' as const, polls: { reporting: 3, total: 10 } };
    if (r.id === '202')
      return {
        ...night,
        status: 'pending' as const,
        polls: { reporting: 0, total: 8 },
        winner: undefined,
        margin: 0,
        validVotes: 0,
        candidates: r.candidates.map((c) => ({ ...c, votes: 0 })),
      };
    return night;
  });
  const { votes, totalVotes } = voteTotals(ridings);
  const declared = (r: (typeof ridings)[number]) => r.status === undefined;
  return {
    ...election,
    totalVotes,
    ridings,
    parties: election.parties.map((p) => ({
      ...p,
      seats: ridings.filter((r) => declared(r) && r.winner === p.id).length,
      leading: ridings.filter((r) => r.status === 'leading' && r.winner === p.id).length,
      votes: votes(p.id),
      voteShare: votes(p.id) / totalVotes,
    })),
  };
}

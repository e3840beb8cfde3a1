/**
 * Random election nights (fast-check): a small House where each riding has no result yet, a lead or a declared
 * winner, in any mix, with one party usually ahead so that majorities are won, led and missed. Valid by
 * construction (randomNight.test.ts holds parseElection to it); the names say nothing of majorities, so any
 * such word a page shows is the page's own.
 */
import fc from 'fast-check';
import type { Election, Riding } from '../data/electionSchema.ts';

type NightStatus = 'pending' | 'leading' | 'elected';

const PARTIES = ['red', 'blue', 'gold', 'teal'] as const;
const COLOURS = ['#cc0000', '#0033aa', '#aa8800', '#008080'];

interface NightShape {
  parties: number;
  /** How far the night is: the share of ridings declared, on average (1: the final result). */
  done: number;
  ridings: { winner: number; runnerUp: number; course: number; margin: number; previous: number }[];
}

const shape: fc.Arbitrary<NightShape> = fc.integer({ min: 2, max: 4 }).chain((parties) =>
  fc.record({
    parties: fc.constant(parties),
    done: fc.constantFrom(0, 0.2, 0.5, 0.8, 0.95, 1),
    ridings: fc.array(
      fc.record({
        // The first party wins about half the ridings: its majority is won, led or missed by a seat or two.
        winner: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: parties - 1 }), weight: 2 }),
        runnerUp: fc.integer({ min: 0, max: parties - 1 }),
        // Where this riding's count is, against `done`: declared below it, then led, then no result yet.
        course: fc.integer({ min: 0, max: 99 }),
        // 0: a lead tied at the top is no lead in the schema, so a lead is by one vote at least.
        margin: fc.integer({ min: 1, max: 500 }),
        previous: fc.integer({ min: 0, max: parties - 1 }),
      }),
      { minLength: 3, maxLength: 41 },
    ),
  }),
);

const statusOf = (course: number, done: number): NightStatus =>
  course < done * 100 ? 'elected' : course < done * 100 + (100 - done * 100) / 2 ? 'leading' : 'pending';

export const randomNight: fc.Arbitrary<Election> = shape.map(({ parties: n, done, ridings: drawn }) => {
  const ids = PARTIES.slice(0, n);
  const ridings: Riding[] = drawn.map((d, i) => {
    const status = statusOf(d.course, done);
    const winner = ids[d.winner]!;
    const runnerUp = ids[d.runnerUp === d.winner ? (d.winner + 1) % n : d.runnerUp]!;
    const others = ids.filter((id) => id !== winner && id !== runnerUp);
    const base = 1000 + i;
    const candidates = [
      { name: `Candidate ${i} A`, party: winner, votes: base + d.margin },
      { name: `Candidate ${i} B`, party: runnerUp, votes: base },
      ...others.map((party, k) => ({ name: `Candidate ${i} ${k}`, party, votes: 100 + k })),
    ];
    const common = { id: String(1000 + i), name: { en: `Riding ${i}`, fr: `Circonscription ${i}` }, region: i % 2 ? 'east' : 'west' };
    const previousWinner = ids[d.previous]!;
    if (status === 'pending')
      return {
        ...common,
        stage: 'preliminary',
        status: 'pending',
        polls: { reporting: 0, total: 10 },
        margin: 0,
        validVotes: 0,
        candidates: candidates.map((c) => ({ ...c, votes: 0 })),
        previousWinner,
      };
    const validVotes = candidates.reduce((sum, c) => sum + c.votes, 0);
    return {
      ...common,
      stage: 'preliminary',
      ...(status === 'leading' ? { status: 'leading' as const, polls: { reporting: 4, total: 10 } } : {}),
      winner,
      margin: d.margin,
      validVotes,
      candidates,
      previousWinner,
    };
  });
  const votes = (id: string) => ridings.flatMap((r) => r.candidates).reduce((sum, c) => sum + (c.party === id ? c.votes : 0), 0);
  const totalVotes = ridings.reduce((sum, r) => sum + r.validVotes, 0);
  const count = (id: string, status: Riding['status']) => ridings.filter((r) => r.winner === id && r.status === status).length;
  return {
    id: 'night',
    name: { en: 'A night', fr: 'Une soirée' },
    legislature: { en: 'Assembly', fr: 'Assemblée' },
    date: '2025-04-28',
    updated: '2025-04-29T02:41:00Z',
    totalSeats: ridings.length,
    totalVotes,
    sources: [{ title: 'Made up for tests', publisher: 'Hemicycle', licence: 'CC0' }],
    regions: [
      { id: 'east', name: { en: 'East', fr: 'Est' }, abbreviation: { en: 'E', fr: 'E' } },
      { id: 'west', name: { en: 'West', fr: 'Ouest' }, abbreviation: { en: 'W', fr: 'O' } },
    ],
    parties: ids.map((id, i) => ({
      id,
      name: { en: `${id[0]!.toUpperCase()}${id.slice(1)} Party`, fr: `Parti ${id}` },
      shortName: { en: `${id[0]!.toUpperCase()}${id.slice(1)}`, fr: id },
      color: COLOURS[i]!,
      seatOrder: i,
      seats: count(id, undefined),
      leading: count(id, 'leading'),
      votes: votes(id),
      voteShare: totalVotes === 0 ? 0 : votes(id) / totalVotes,
    })),
    ridings,
    previous: {
      name: { en: 'Last time', fr: 'La dernière fois' },
      date: '2021-09-20',
      transposed: false,
      parties: ids.map((id) => ({ id, seats: ridings.filter((r) => r.previousWinner === id).length, votes: 1, voteShare: 1 / n })),
    },
  };
});

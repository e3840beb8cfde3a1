/**
 * Random but valid elections (fast-check), for the property tests that an unusual yet correct dataset never
 * breaks a page: long names with no place to break, many parties, very large counts, text in any script.
 * `parseElection` accepts every one (randomElection.test.ts holds it to that).
 */
import fc from 'fast-check';
import type { Election } from '../data/electionSchema.ts';

/** Text a page must wrap or cut: one long unbroken word, scripts written right to left, wide and combining glyphs. */
const AWKWARD = [
  'Supercalifragilisticexpialidociousandthensomemoretomakeitlongerthanaphoneiswide',
  'Parti démocratique des travailleuses et travailleurs de la Côte-Nord–Saguenay–Lac-Saint-Jean–Charlevoix',
  'حزب الشعب الديمقراطي المستقل',
  'מפלגת העבודה הישראלית',
  '中国人民政治协商会议全国委员会委员长',
  'Ευρωπαϊκή Λαϊκή Δεξιά Συμμαχία',
  'भारतीय राष्ट्रीय कांग्रेस पार्टी',
  'Z̷̢a̶l̴g̵o̸ ̷P̶a̵r̴t̷y̸',
  '🗳️🇨🇦👩🏽‍🌾🏳️‍🌈',
  'W'.repeat(120),
];

const text = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', minLength: 1, maxLength }), fc.string({ minLength: 1, maxLength }))
    .map((s) => s.trim().slice(0, 300))
    .filter((s) => s !== '');

const localized = (maxLength: number) =>
  fc
    .record({ en: text(maxLength), fr: fc.option(text(maxLength), { nil: undefined }) })
    .map(({ en, fr }) => (fr === undefined ? { en } : { en, fr }));

const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

interface Shape {
  partyCount: number;
  /** Each riding's winner, as an index into the parties. */
  winners: number[];
  regionCount: number;
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    partyCount: fc.integer({ min: 1, max: 40 }),
    seats: fc.integer({ min: 1, max: 450 }),
    regionCount: fc.integer({ min: 1, max: 14 }),
  })
  .chain(({ partyCount, seats, regionCount }) =>
    fc.record({
      partyCount: fc.constant(partyCount),
      winners: fc.array(fc.integer({ min: 0, max: partyCount - 1 }), { minLength: seats, maxLength: seats }),
      regionCount: fc.constant(regionCount),
    }),
  );

export const randomElection: fc.Arbitrary<Election> = shape.chain(({ partyCount, winners, regionCount }) => {
  const seats = winners.length;
  return fc
    .record({
      name: localized(120),
      legislature: localized(60),
      parties: fc.array(fc.record({ name: localized(120), shortName: localized(40), color: colour }), {
        minLength: partyCount,
        maxLength: partyCount,
      }),
      // Up to 10^9 votes for a candidate: totals in the hundreds of billions.
      votes: fc.array(fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), { minLength: 2, maxLength: 4 }), {
        minLength: seats,
        maxLength: seats,
      }),
      runnersUp: fc.array(fc.integer({ min: 0, max: partyCount - 1 }), { minLength: seats, maxLength: seats }),
      ridingNames: fc.array(localized(120), { minLength: seats, maxLength: seats }),
      candidateNames: fc.array(text(100), { minLength: seats * 4, maxLength: seats * 4 }),
      regions: fc.array(fc.record({ name: localized(80), abbreviation: localized(12) }), {
        minLength: regionCount,
        maxLength: regionCount,
      }),
      ridingRegions: fc.array(fc.integer({ min: 0, max: regionCount - 1 }), { minLength: seats, maxLength: seats }),
      seatOrder: fc.shuffledSubarray(
        Array.from({ length: partyCount }, (_, i) => i),
        { minLength: partyCount, maxLength: partyCount },
      ),
      withPrevious: fc.boolean(),
    })
    .map((r): Election => {
      const partyId = (i: number) => `p${i}`;
      const ridings = winners.map((winner, i) => {
        // The winner has the most votes; the others, fewer, each a party of the election.
        const [top, ...rest] = r.votes[i]!.toSorted((a, b) => b - a);
        const others = rest.map((v, k) => ({
          party: partyId(k === 0 ? r.runnersUp[i]! : (winner + k + 1) % partyCount),
          votes: Math.min(v, top! - 1),
        }));
        const candidates = [
          { party: partyId(winner), votes: top! },
          ...others.filter((c) => c.party !== partyId(winner) && c.votes > 0),
        ].map((c, k) => ({
          name: r.candidateNames[i * 4 + k]!,
          ...c,
        }));
        return {
          id: String(10001 + i),
          name: r.ridingNames[i]!,
          region: `r${r.ridingRegions[i]}`,
          stage: 'validated' as const,
          winner: partyId(winner),
          margin: candidates[0]!.votes - (candidates[1]?.votes ?? 0),
          validVotes: candidates.reduce((a, c) => a + c.votes, 0),
          candidates,
        };
      });
      const partyVotes = r.parties.map((_, i) =>
        ridings.flatMap((d) => d.candidates).reduce((a, c) => a + (c.party === partyId(i) ? c.votes : 0), 0),
      );
      const totalVotes = partyVotes.reduce((a, v) => a + v, 0);
      const parties = r.parties.map((p, i) => ({
        id: partyId(i),
        ...p,
        seatOrder: r.seatOrder[i]!,
        seats: winners.filter((w) => w === i).length,
        votes: partyVotes[i]!,
        voteShare: totalVotes === 0 ? 0 : partyVotes[i]! / totalVotes,
      }));
      return {
        id: 'random',
        name: r.name,
        legislature: r.legislature,
        date: '2030-05-06',
        totalSeats: seats,
        totalVotes,
        sources: [{ title: 'Generated for a property test', publisher: 'Hemicycle', licence: 'CC0' }],
        regions: r.regions.map((g, i) => ({ id: `r${i}`, ...g })),
        parties,
        ridings,
        ...(r.withPrevious
          ? {
              previous: {
                name: { en: 'Last time' },
                date: '2026-05-06',
                transposed: false,
                parties: parties.map((p) => ({ id: p.id, seats: p.seats, votes: p.votes, voteShare: p.voteShare })),
              },
            }
          : {}),
      };
    });
});

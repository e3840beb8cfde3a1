/**
 * A file of seats only (no ridings): the 2019 general election, its parties' seats and votes, with 2015 as its
 * previous result, from data/canada-history/seats-by-party.tsv (its sources in SOURCES.md there). The example
 * of what a newsroom or an encyclopedia has at hand for most elections: a table of parties and seats. Opened in
 * the app with `?election=canada-2019`.
 */
import { readFileSync } from 'node:fs';
import { parseElection, type Election } from '../../src/data/electionSchema.ts';
import { fractionOfPercent } from '../../src/features/make/readTable.ts';
import { PARTIES, type PartyInfo } from './parties.ts';

const TABLE = new URL('../../data/canada-history/seats-by-party.tsv', import.meta.url);

interface Row {
  election: string;
  date: string;
  totalSeats: number;
  party: string;
  seats: number;
  votes: number | undefined;
  share: number | undefined;
}

/** The table's rows; a blank figure is unknown, not zero. */
export function readSeatsByParty(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n');
  const columns = header!.split('\t');
  const expected = ['election', 'date', 'total_seats', 'party', 'seats', 'votes', 'vote_share_pct'];
  if (columns.join() !== expected.join()) throw new Error(`seats-by-party.tsv: expected the columns ${expected.join(', ')}`);
  const figure = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : Number(cell));
  return lines.map((line) => {
    const [election, date, total, party, seats, votes, share] = line.split('\t');
    return {
      election: election!,
      date: date!,
      totalSeats: Number(total),
      party: party!,
      seats: Number(seats),
      votes: figure(votes),
      share: figure(share),
    };
  });
}

/** The table names parties in full; the dataset's parties (parties.ts) by their English name, and independents apart. */
const INDEPENDENT: PartyInfo = {
  id: 'ind',
  name: { en: 'Independent', fr: 'Indépendant' },
  // Short enough for a wedge's label on a phone; the legend and the tables name it whole.
  shortName: { en: 'Ind.', fr: 'Ind.' },
  color: '#7a7a7a',
  // Seated last, as "other" is in 2025.
  seatOrder: PARTIES.length,
};
const partyOf = (name: string): PartyInfo => {
  const party = name === 'Independent' ? INDEPENDENT : PARTIES.find((p) => p.name.en === name);
  if (!party) throw new Error(`seats-by-party.tsv: no party is named "${name}"`);
  return party;
};

/** The published seats the file must reproduce (SOURCES.md). */
const EXPECTED_2019 = { lpc: 157, cpc: 121, bq: 32, ndp: 24, gpc: 3, ppc: 0, ind: 1 };

export function buildCanada2019(text: string = readFileSync(TABLE, 'utf8')): Election {
  const rows = readSeatsByParty(text);
  const of = (year: string) => rows.filter((r) => r.election === year);
  const [first] = of('2019');
  if (!first) throw new Error('seats-by-party.tsv has no 2019 rows');
  // Left to right as the 2025 dataset seats them; the independent last.
  const parties = of('2019')
    .map((r) => ({ row: r, party: partyOf(r.party) }))
    .sort((a, b) => a.party.seatOrder - b.party.seatOrder)
    .map(({ row, party }, seatOrder) => ({
      id: party.id,
      name: party.name,
      shortName: party.shortName,
      color: party.color,
      seatOrder,
      seats: row.seats,
      ...(row.votes === undefined ? {} : { votes: row.votes }),
      ...(row.share === undefined ? {} : { voteShare: fractionOfPercent(row.share) }),
    }));
  const seats = Object.fromEntries(parties.map((p) => [p.id, p.seats]));
  if (
    JSON.stringify(seats) !==
    JSON.stringify(Object.fromEntries(parties.map((p) => [p.id, EXPECTED_2019[p.id as keyof typeof EXPECTED_2019]])))
  )
    throw new Error(`2019 seats ${JSON.stringify(seats)} are not the published ${JSON.stringify(EXPECTED_2019)}`);
  const previous = of('2015');
  return parseElection({
    id: 'canada-2019',
    name: { en: '2019 Canadian federal election', fr: 'Élection fédérale canadienne de 2019' },
    legislature: { en: 'House of Commons', fr: 'Chambre des communes' },
    date: first.date,
    totalSeats: first.totalSeats,
    sources: [
      {
        title: '2019 seats by party ("Vote 2019 Live Results"); 2019 votes and shares, 2015 shares by party',
        publisher: 'CPAC; Elections Canada official voting results, as given in the encyclopedia article "2019 Canadian federal election"',
        licence: 'Facts (seat and vote counts), not text',
        url: 'https://www.cpac.ca/en/cpac-in-focus/vote-2019-live-results/',
        files: ['seats-by-party.tsv'],
      },
    ],
    parties,
    previous: {
      name: { en: '2015', fr: '2015' },
      date: previous[0]!.date,
      transposed: false,
      parties: previous.map((r) => ({
        id: partyOf(r.party).id,
        seats: r.seats,
        ...(r.votes === undefined ? {} : { votes: r.votes }),
        ...(r.share === undefined ? {} : { voteShare: fractionOfPercent(r.share) }),
      })),
    },
  });
}

/**
 * English interface text. This catalog defines the message keys and their
 * parameters; every other language is typed by it (see `Messages`).
 */
import type { Standing } from '../core/election/majorityStanding.ts';
import { NBSP, type Formatters } from './format.ts';

type F = Formatters;

export const en = {
  appName: 'Hemicycle',
  loading: 'Loading the results…',
  retry: 'Try again',
  // A number and its word stay on one line (NBSP): "169 seats", "3 short", "1 vote".
  seats: (f: F, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'seat' : 'seats'}`,
  majorityLabel: (f: F, n: number) => `${f.count(n)}${NBSP}seats for a majority`,
  majorityShort: 'for a majority',
  majorityNational: 'national majority',
  /** A coalition's block on the chart: "176 seats: a majority". */
  coalitionBlock: (f: F, p: { seats: number; short: number; standing: Standing }) =>
    p.short > 0
      ? `${f.count(p.seats)}\u00a0seats: ${f.count(p.short)}\u00a0short`
      : p.standing === 'majority'
        ? `${f.count(p.seats)}\u00a0seats: a majority`
        : `${f.count(p.seats)}\u00a0seats: a majority if the leads hold`,
  /** `bare`: a name as typed in the builder, said without an article, and no word on what government follows. */
  summaryMinority: (f: F, p: { party: string; seats: number; short: number; bare?: boolean }) =>
    p.bare
      ? `${p.party} won ${f.count(p.seats)}${NBSP}seats, ${f.count(p.short)}${NBSP}short of a majority.`
      : `The ${p.party} won ${f.count(p.seats)}${NBSP}seats, ${f.count(p.short)}${NBSP}short of a majority: a minority.`,
  summaryMajority: (f: F, p: { party: string; seats: number; surplus: number; bare?: boolean }) =>
    `${p.bare ? '' : 'The '}${p.party} won ${f.count(p.seats)}${NBSP}seats, a majority${p.surplus > 0 ? ` with ${f.count(p.surplus)}${NBSP}to spare` : ''}.`,
  /** A night in progress: who is ahead, in how many ridings, and how many are still to report (never "won"). */
  summaryCounting: (
    f: F,
    p: { party: string; seats: number; elected: number; standing: Standing; total: number; toReport: number; stillCounting: number },
  ) =>
    p.seats === 0
      ? `No results yet: ${f.count(p.total)} ridings to report.`
      : `The ${p.party} is ahead in ${f.count(p.seats)} of ${f.count(p.total)} ridings (${f.count(p.elected)} elected)${
          p.standing === 'ifLeadsHold'
            ? ', a majority if the leads hold'
            : p.standing === 'outOfReach'
              ? ', and can no longer win a majority'
              : ''
        }${
          p.toReport > 0
            ? `; ${f.count(p.toReport)} still to report`
            : p.stillCounting > 0
              ? `; ${f.count(p.stillCounting)} still counting`
              : ''
        }.`,
  /** A night in progress, once a party's declared seats alone make a majority. */
  summaryClinched: (f: F, p: { party: string; seats: number; threshold: number }) =>
    `The ${p.party} has won a majority: ${f.count(p.seats)}${NBSP}seats declared, ${f.count(p.threshold)} needed.`,
  /** The headline when the chart shows the previous result: says which result it reads. */
  summaryPrevious: (previous: string, sentence: string) => `${previous}: ${sentence}`,
  /** A party's page: its own result in a sentence, under its name (so the sentence does not repeat it). */
  partySummary: (
    f: F,
    p: {
      seats: number;
      total: number;
      change?: number | undefined;
      previous?: string | undefined;
      /** Unknown in a file that gives seats only: the sentence then ends with the seats. */
      voteShare: number | undefined;
      /** A night in progress: the seats only led, of `seats`; the change is against the ridings counted so far. */
      counting?: { leading: number } | undefined;
    },
  ) => {
    // On a night in progress the change is against what the party held in the ridings counted so far.
    const before = p.counting ? 'it held there in' : 'in';
    const change =
      p.change === undefined || p.previous === undefined
        ? ''
        : p.change === 0
          ? // None now and none before: "as in 2021", not "as many as" none.
            p.seats === 0
            ? `, as ${p.counting ? 'there ' : ''}in ${p.previous}`
            : `, as many as ${before} ${p.previous}`
          : `, ${f.count(Math.abs(p.change))} ${p.change > 0 ? 'more' : 'fewer'} than ${before} ${p.previous}`;
    const seats = p.counting
      ? p.seats === 0
        ? 'No seat yet'
        : `Ahead in ${f.count(p.seats)} of ${f.count(p.total)} ridings (${f.count(p.seats - p.counting.leading)} elected)`
      : p.seats === 0
        ? 'No seat'
        : `${f.count(p.seats)} of ${f.count(p.total)} seats`;
    if (p.voteShare === undefined) return `${seats}${change}.`;
    return `${seats}${change}, and ${f.percent(p.voteShare)} of the ${p.counting ? 'votes counted so far' : 'vote'}.`;
  },
  summaryTie: (f: F, p: { parties: string; seats: number }) =>
    `${p.parties} tied with ${f.count(p.seats)}${NBSP}seats each; no party has a majority.`,
  seatChartTitle: 'Seats won, by party',
  /** A night in progress: the chart and the tiles count leads too. */
  seatChartTitleCounting: 'Seats won and leading, by party',
  seatChartDescription: (f: F, p: { parties: string; threshold: number }) =>
    `${p.parties}. ${f.count(p.threshold)} seats are needed for a majority.`,
  partySeatsShort: (f: F, p: { party: string; seats: number }) => `${p.party} ${f.count(p.seats)}`,
  noSeats: 'no seat',
  /** A night in progress: the seats of ridings that have not reported, on the chart. */
  noResult: 'No result yet',
  vacant: 'Vacant',
  vacantSeat: 'Vacant seat: no member',
  seatDetail: {
    gain: (party: string) => `Gain from ${party}`,
    seatLabel: (f: F, p: { riding: string; party: string; margin: number }) =>
      `${p.riding}: ${p.party}, by ${f.count(p.margin)} ${p.margin === 1 ? 'vote' : 'votes'}`,
    previousSeatLabel: (p: { riding: string; party: string; election: string }) => `${p.riding}: ${p.party} in ${p.election}`,
    /** A night in progress: a riding still counting, and one with no result yet. */
    leadingLabel: (f: F, p: { riding: string; party: string; margin: number }) =>
      p.margin === 0
        ? `${p.riding}: ${p.party} tied for the lead`
        : `${p.riding}: ${p.party} leading by ${f.count(p.margin)} ${p.margin === 1 ? 'vote' : 'votes'}`,
    noResultLabel: (riding: string) => `${riding}: no result yet`,
  },
  settings: {
    label: 'Display settings',
    otherLanguage: 'Français',
    theme: 'Theme',
    themes: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  },
  riding: {
    pageTitle: (f: F, p: { riding: string; party: string; margin: number; election: string }) =>
      `${p.riding}: ${p.party} by ${f.count(p.margin)} ${p.margin === 1 ? 'vote' : 'votes'} · ${p.election}`,
    /** A night in progress: the riding has not reported. */
    pageTitleNoResult: (p: { riding: string; election: string }) => `${p.riding}: no result yet · ${p.election}`,
    search: 'Find a riding or candidate',
    // Short enough for a 360 px phone: a longer hint is cut off in the box.
    searchHint: 'e.g. Lévis, Poilievre',
  },
  scoreboard: {
    tileLabel: (
      f: F,
      p: {
        party: string;
        seats: number;
        leading: number;
        change: number | undefined;
        previous: string | undefined;
        voteShare: number | undefined;
      },
    ) =>
      [
        `${p.party}: ${f.count(p.seats)} ${p.seats === 1 ? 'seat' : 'seats'}`,
        p.leading > 0 ? `${f.count(p.leading)} of them leading` : '',
        p.change === undefined || !p.previous
          ? ''
          : p.change === 0
            ? `as many as in ${p.previous}`
            : `${f.count(Math.abs(p.change))} ${p.change > 0 ? 'more' : 'fewer'} than in ${p.previous}`,
        p.voteShare === undefined ? '' : `${f.percent(p.voteShare)} of the vote`,
      ]
        .filter(Boolean)
        .join(', '),
    /** While counting, the seats are won and led, and the change is in the ridings counted so far. */
    key: (previous: string | undefined, counting: boolean) =>
      `${counting ? 'Seats won or leading' : 'Seats'}${previous ? ` · change since ${previous}` : ''} · share of the vote`,
    /** Says "a majority" only once the declared seats make one; on leads, "if the leads hold" (majorityStanding). */
    race: (f: F, p: { parties: string; seats: number; elected: number; threshold: number; standing: Standing; counting: boolean }) =>
      p.standing === 'majority'
        ? p.counting
          ? `${p.parties}: ${f.count(p.elected)}\u00a0elected, a majority (${f.count(p.threshold)}\u00a0needed)`
          : `${p.parties}: ${f.count(p.seats)}\u00a0seats, a majority (${f.count(p.threshold)}\u00a0needed)`
        : p.standing === 'ifLeadsHold'
          ? `${p.parties}: ${f.count(p.seats)} won or leading (${f.count(p.elected)}\u00a0elected), a majority if the leads hold (${f.count(p.threshold)}\u00a0needed)`
          : p.counting && p.standing === 'outOfReach'
            ? `${p.parties}: ${f.count(p.seats)} won or leading; a majority (${f.count(p.threshold)}\u00a0seats) is out of reach`
            : `${p.parties}: ${f.count(p.seats)}${p.counting ? ' won or leading,' : ''} of the ${f.count(p.threshold)}\u00a0seats needed for a majority`,
    national: 'House of Commons',
    /** A night in progress: a tile's seats still counting, and the ridings with no result yet. */
    leading: (f: F, n: number) => `${f.count(n)} leading`,
    toReport: (f: F, n: number) => `${f.count(n)} ${n === 1 ? 'riding' : 'ridings'} to report`,
    /** Every riding has reported, some are still counting: as the headline says it. */
    stillCounting: (f: F, n: number) => `${f.count(n)} still counting`,
  },
  explore: {
    legendRegion: (region: string) => `Seats in ${region}`,
    regionTitle: (f: F, p: { region: string; seats: number }) =>
      `${p.region}: ${f.count(p.seats)}${NBSP}${p.seats === 1 ? 'seat' : 'seats'}`,
  },
  backToOverview: 'Back to the full result',
  mapPageTitle: (election: string) => `Ridings on the map · ${election}`,
  pageTitle: (election: string) => `${election} · Hemicycle`,
  /** A party's seats as the count stands: "144 seats", or on a night in progress "19 won or leading". */
  partySeats: (f: F, p: { seats: number; counting: boolean }) =>
    p.counting ? `${f.count(p.seats)}${NBSP}won or leading` : en.seats(f, p.seats),
  partyPageTitle: (f: F, p: { party: string; seats: number; counting: boolean; election: string }) =>
    `${p.party}: ${en.partySeats(f, p)} · ${p.election}`,
  /** The legend's way back from a party to all of them. */
  allParties: 'All parties',
  errorTitle: 'The results could not be shown',
  /** Said when even the error's own words cannot be fetched (the connection is down). */
  errorOffline: 'The page could not reach the site. Check your connection.',
};

export type Messages = typeof en;

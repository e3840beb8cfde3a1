/**
 * English interface text. This catalog defines the message keys and their
 * parameters; every other language is typed by it (see `Messages`).
 */
import type { Formatters } from './format.ts';

type F = Formatters;

export const en = {
  appName: 'Hemicycle',
  loading: 'Loading the results…',
  retry: 'Try again',
  seats: (f: F, n: number) => `${f.count(n)} ${f.plural(n) === 'one' ? 'seat' : 'seats'}`,
  majorityLabel: (f: F, n: number) => `${f.count(n)} seats for a majority`,
  summaryMinority: (f: F, p: { party: string; seats: number; short: number }) =>
    `The ${p.party} won ${f.count(p.seats)} seats, ${f.count(p.short)} short of a majority: a minority.`,
  summaryMajority: (f: F, p: { party: string; seats: number; surplus: number }) =>
    `The ${p.party} won ${f.count(p.seats)} seats, a majority${p.surplus > 0 ? ` with ${f.count(p.surplus)} to spare` : ''}.`,
  summaryTie: (f: F, p: { parties: string; seats: number }) =>
    `${p.parties} tied with ${f.count(p.seats)} seats each; no party has a majority.`,
  seatChartTitle: 'Seats won, by party',
  seatChartDescription: (f: F, p: { parties: string; threshold: number }) =>
    `${p.parties}. ${f.count(p.threshold)} seats are needed for a majority.`,
  partySeatsShort: (f: F, p: { party: string; seats: number }) => `${p.party} ${f.count(p.seats)}`,
  raceTitle: 'Race to a majority',
  seatsTitle: 'Seats and share of seats',
  votesTitle: 'Popular vote',
  changeTitle: (previous: string) => `Change in seats since ${previous}`,
  regionsTitle: 'Seats by province and territory',
  colParty: 'Party',
  colSeats: 'Seats',
  colSeatShare: 'Share of seats',
  colVotes: 'Votes',
  colVoteShare: 'Share of votes',
  colChange: 'Change',
  colRegion: 'Province or territory',
  colTotal: 'Total',
  noSeats: 'no seat',
  seatDetail: {
    margin: (f: F, votes: number) => `Margin: ${f.count(votes)} ${votes === 1 ? 'vote' : 'votes'}`,
    unopposed: 'Unopposed',
    stage: {
      preliminary: 'Preliminary result',
      validated: 'Validated result',
      'judicially-certified': 'Judicially certified after a recount',
    },
    seatLabel: (f: F, p: { riding: string; party: string; margin: number }) =>
      `${p.riding}: ${p.party}, by ${f.count(p.margin)} ${p.margin === 1 ? 'vote' : 'votes'}`,
  },
  updated: (f: F, iso: string) => `Data as of ${f.dateTime(iso)}`,
  sourcesTitle: 'Sources',
  unknownParty: (id: string) => `There is no party “${id}” in this election.`,
  backToOverview: 'Back to the full result',
  errorTitle: 'The results could not be shown',
  errorDataIntro: (f: F, n: number) => `The data file has ${f.count(n)} ${n === 1 ? 'problem' : 'problems'}:`,
  errorMore: (f: F, n: number) => `…and ${f.count(n)} more.`,
  errorLoad: {
    network: 'The data could not be reached. Check your connection.',
    timeout: (f: F, seconds: number) => `The data took longer than ${f.count(seconds)} seconds to arrive.`,
    http: (status: number) => `The server answered with an error (HTTP ${status}).`,
    empty: 'The data file is empty.',
    html: 'The server sent a web page instead of the data file.',
    json: (detail: string) => `The data file is not valid JSON (${detail}).`,
    unknown: 'Something went wrong while showing the results.',
  },
  errorFile: (url: string) => `File: ${url}`,
};

export type Messages = typeof en;

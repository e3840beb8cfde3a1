/**
 * English interface text. This catalog defines the message keys and their
 * parameters; every other language is typed by it (see `Messages`).
 */
import { DATA_PROBLEMS_EN, dataGotEn, type DataProblemTexts } from '../data/dataProblems.ts';
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
  coalitionBlock: (f: F, p: { seats: number; short: number }) =>
    p.short > 0 ? `${f.count(p.seats)}\u00a0seats: ${f.count(p.short)}\u00a0short` : `${f.count(p.seats)}\u00a0seats: a majority`,
  summaryMinority: (f: F, p: { party: string; seats: number; short: number }) =>
    `The ${p.party} won ${f.count(p.seats)}${NBSP}seats, ${f.count(p.short)}${NBSP}short of a majority: a minority.`,
  summaryMajority: (f: F, p: { party: string; seats: number; surplus: number }) =>
    `The ${p.party} won ${f.count(p.seats)}${NBSP}seats, a majority${p.surplus > 0 ? ` with ${f.count(p.surplus)}${NBSP}to spare` : ''}.`,
  /** The headline when the chart shows the previous result: says which result it reads. */
  summaryPrevious: (previous: string, sentence: string) => `${previous}: ${sentence}`,
  /** A party's page: its own result in a sentence, under its name (so the sentence does not repeat it). */
  partySummary: (
    f: F,
    p: { seats: number; total: number; change?: number | undefined; previous?: string | undefined; voteShare: number },
  ) =>
    `${p.seats === 0 ? 'No seat' : `${f.count(p.seats)} of ${f.count(p.total)} seats`}${
      p.change === undefined || p.previous === undefined
        ? ''
        : p.change === 0
          ? `, as many as in ${p.previous}`
          : `, ${f.count(Math.abs(p.change))} ${p.change > 0 ? 'more' : 'fewer'} than in ${p.previous}`
    }, and ${f.percent(p.voteShare)} of the vote.`,
  summaryTie: (f: F, p: { parties: string; seats: number }) =>
    `${p.parties} tied with ${f.count(p.seats)}${NBSP}seats each; no party has a majority.`,
  seatChartTitle: 'Seats won, by party',
  seatChartDescription: (f: F, p: { parties: string; threshold: number }) =>
    `${p.parties}. ${f.count(p.threshold)} seats are needed for a majority.`,
  partySeatsShort: (f: F, p: { party: string; seats: number }) => `${p.party} ${f.count(p.seats)}`,
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
    margin: (f: F, votes: number) => `Margin: ${f.count(votes)}${NBSP}${votes === 1 ? 'vote' : 'votes'}`,
    unopposed: 'Unopposed',
    stage: {
      preliminary: 'Preliminary result',
      validated: 'Validated result',
      'judicially-certified': 'Judicially certified after a recount',
    },
    marginFull: (f: F, p: { votes: number; share: number }) =>
      `Margin: ${f.count(p.votes)}${NBSP}${p.votes === 1 ? 'vote' : 'votes'} (${f.points(p.share)}${NBSP}pts)`,
    previous: (p: { election: string; party: string }) => `${p.election}: ${p.party}`,
    gain: (party: string) => `Gain from ${party}`,
    hold: 'Held',
    candidates: 'Candidates',
    more: (f: F, n: number) => `and ${f.count(n)}${NBSP}more`,
    open: 'Open the riding',
    close: 'Close',
    seatLabel: (f: F, p: { riding: string; party: string; margin: number }) =>
      `${p.riding}: ${p.party}, by ${f.count(p.margin)} ${p.margin === 1 ? 'vote' : 'votes'}`,
    previousSeatLabel: (p: { riding: string; party: string; election: string }) => `${p.riding}: ${p.party} in ${p.election}`,
  },
  updated: (f: F, iso: string) => `Data as of ${f.dateTime(iso)}`,
  sourcesTitle: 'Sources and licences',
  /** The words around a source's title, which the footer shows as published (a link when it has an address). */
  sourceCitation: (p: { publisher: string; licence: string }) => ({ before: '', after: `. ${p.publisher}. ${p.licence}.` }),
  unknownParty: (id: string) => `There is no party “${id}” in this election.`,
  unknownPage: 'There is no such page.',
  /** What the link asks that the page cannot show, and what it shows instead (resolveView's `unknown`). */
  urlNotice: {
    partnerUnknown: (id: string) => `There is no party “${id}” in this election: the coalition leaves it out.`,
    partnerSeatless: (party: string) => `The ${party} won no seat: the coalition leaves it out.`,
    noPrevious: 'This election has no previous result to show on its seats: the seats shown are this election’s.',
    param: (setting: string) => `The link’s “${setting}” is not a setting of this page: it is left out.`,
    notParty: (setting: string) => `The link’s “${setting}” does not name a party: it is left out.`,
    choices: (choices: string) => `Settings it knows: ${choices}.`,
    withoutIt: 'The same page without it',
  },
  embedCredit: (election: string) => `Hemicycle · ${election}: full${NBSP}results${NBSP}↗`,
  /** The embed's footer: who published the figures, and when the election was. */
  /** The source with the date of its figures (when the data says when it was taken), else of the election. */
  embedSource: (publishers: string, date: string, asOf?: string) =>
    asOf ? `Source: ${publishers} · results as of ${asOf}` : `Source: ${publishers} · ${date}`,
  settings: {
    label: 'Display settings',
    language: 'Language',
    otherLanguage: 'Français',
    theme: 'Theme',
    themes: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  },
  riding: {
    pageTitle: (f: F, p: { riding: string; party: string; margin: number; election: string }) =>
      `${p.riding}: ${p.party} by ${f.count(p.margin)} ${p.margin === 1 ? 'vote' : 'votes'} · ${p.election}`,
    colCandidate: 'Candidate',
    unknown: (id: string) => `There is no riding “${id}” in this election.`,
    search: 'Find a riding',
    // Short enough for a 360 px phone: a longer hint is cut off in the box.
    searchHint: 'Type a name, e.g. Lévis',
    noMatch: (query: string) => `No riding matches “${query}”.`,
    results: (f: F, n: number) => `${f.count(n)}${NBSP}${n === 1 ? 'riding' : 'ridings'} found`,
  },
  closeRaces: {
    title: 'Closest races',
    winner: 'Winner',
    over: (party: string) => `over ${party}`,
    recount: 'Judicial recount',
  },
  scoreboard: {
    title: 'Seats won, by party',
    tileLabel: (
      f: F,
      p: { party: string; seats: number; change: number | undefined; previous: string | undefined; voteShare: number | undefined },
    ) =>
      [
        `${p.party}: ${f.count(p.seats)} ${p.seats === 1 ? 'seat' : 'seats'}`,
        p.change === undefined || !p.previous
          ? ''
          : p.change === 0
            ? `as many as in ${p.previous}`
            : `${f.count(Math.abs(p.change))} ${p.change > 0 ? 'more' : 'fewer'} than in ${p.previous}`,
        p.voteShare === undefined ? '' : `${f.percent(p.voteShare)} of the vote`,
      ]
        .filter(Boolean)
        .join(', '),
    key: (previous: string | undefined) =>
      previous ? `Seats · change since ${previous} · share of the vote` : 'Seats · share of the vote',
    race: (f: F, p: { parties: string; seats: number; threshold: number; short: number }) =>
      p.short > 0
        ? `${p.parties}: ${f.count(p.seats)} of the ${f.count(p.threshold)}\u00a0seats needed for a majority`
        : `${p.parties}: ${f.count(p.seats)}\u00a0seats, a majority (${f.count(p.threshold)}\u00a0needed)`,
    national: 'House of Commons',
  },
  seatTable: {
    show: 'Show the seats as a table',
    hide: 'Hide the table of seats',
    caption: (f: F, n: number) => `Every seat: ${f.count(n)} ridings, by party`,
  },
  explore: {
    allRegions: 'All provinces and territories',
    legendRegion: (region: string) => `Seats in ${region}`,
    shown: 'Seats shown',
    current: 'Result',
    changes: (previous: string) => `Changes since ${previous}`,
    previous: (previous: string) => `Result in ${previous}`,
    panelsCurrent: (year: string) => `The tables below give the ${year} result.`,
    order: 'Seat order',
    orders: { result: 'Winner left, runner-up right', spectrum: 'Political order, left to right' },
    flipNote: (previous: string) => `A dot marks a riding that changed hands since ${previous}.`,
    /** Says what "transposed" means, under the switch whose labels use it. */
    transposedNote: (p: { previous: string; year: string; current: string }) =>
      `${p.previous}: the ${p.year} votes regrouped into the new ridings of ${p.current} (Elections${NBSP}Canada’s figures).`,
    regionTitle: (f: F, p: { region: string; seats: number }) =>
      `${p.region}: ${f.count(p.seats)}${NBSP}${p.seats === 1 ? 'seat' : 'seats'}`,
    regionCaption: (region: string) => `Seats and share of votes in ${region}`,
    unknownRegion: (id: string) => `There is no province or territory “${id}” in this election.`,
  },
  changes: {
    title: (previous: string) => `Gains and losses since ${previous}`,
    summary: (f: F, p: { flipped: number; total: number }) => `${f.count(p.flipped)} of ${f.count(p.total)}${NBSP}ridings changed hands.`,
    net: 'Net',
    flows: 'Ridings won and lost',
    won: (f: F, n: number, from: string) => `Won ${f.count(n)}: ${from}`,
    lost: (f: F, n: number, to: string) => `Lost ${f.count(n)}: ${to}`,
    flow: (p: { party: string; seats: string }) => `${p.party}\u00a0${p.seats}`,
  },
  coalition: {
    title: 'Coalitions',
    pick: (f: F, threshold: number) => `Pick parties: together, do they reach ${f.count(threshold)}${NBSP}seats?`,
    none: 'No party picked.',
    total: (f: F, p: { parties: string; seats: number }) => `${p.parties}: ${f.count(p.seats)}${NBSP}${p.seats === 1 ? 'seat' : 'seats'}.`,
    clear: 'Clear',
    minimalTitle: 'Every minimal majority coalition',
    minimalHint: 'Each party in one is needed: without any of them, it falls short.',
  },
  live: {
    every: (f: F, seconds: number) => `Live: refreshed every ${f.count(seconds)}${NBSP}s`,
    clamped: (f: F, p: { asked: number; min: number; max: number }) =>
      p.asked < p.min
        ? `(not every ${f.count(p.asked)}${NBSP}s: ${f.count(p.min)}${NBSP}s is the shortest interval)`
        : `(not every ${f.count(p.asked)}${NBSP}s: ${f.count(p.max)}${NBSP}s is the longest interval)`,
    updated: (time: string) => `last update ${time}`,
    failed: (reason: string) => `The latest refresh failed (${reason}); showing the last good result.`,
  },
  backToOverview: 'Back to the full result',
  pageTitle: (election: string) => `${election} · Hemicycle`,
  partyPageTitle: (f: F, p: { party: string; seats: number; election: string }) =>
    `${p.party}: ${f.count(p.seats)} ${f.plural(p.seats) === 'one' ? 'seat' : 'seats'} · ${p.election}`,
  party: {
    seats: 'Seats',
    seatsOf: (f: F, p: { seats: number; total: number; share: number }) => `of ${f.count(p.total)} (${f.percent(p.share)})`,
    vote: 'Popular vote',
    votes: (f: F, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'vote' : 'votes'}`,
    change: (previous: string) => `Change since ${previous}`,
    changeDetail: (f: F, p: { before: number; after: number }) => `${f.count(p.before)}${NBSP}→${NBSP}${f.count(p.after)}${NBSP}seats`,
    majority: 'Majority',
    short: (f: F, p: { short: number; threshold: number }) => `${f.count(p.short)}${NBSP}short of${NBSP}${f.count(p.threshold)}`,
    reached: (f: F, p: { surplus: number; threshold: number }) =>
      `Reached: ${f.count(p.threshold)}${NBSP}needed, ${f.count(p.surplus)}${NBSP}to spare`,
    coalitions: 'Majority coalitions that include this party',
    noCoalition: 'No combination of parties that includes this one needs it for a majority.',
    regionsTitle: (party: string) => `${party} seats by province and territory`,
    regionSeats: (f: F, p: { seats: number; total: number }) => `${f.count(p.seats)} of ${f.count(p.total)}`,
    ridingsTitle: (f: F, p: { party: string; count: number }) => `Ridings won (${f.count(p.count)}), closest first`,
    noRidings: (party: string) => `The ${party} won no riding.`,
    noSeat: (f: F, voteShare: number) => `Won no seat, with ${f.percent(voteShare)} of the vote.`,
    bestTitle: (party: string) => `Where the ${party} did best`,
    colPlace: 'Place',
    place: (f: F, n: number) => (n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${f.count(n)}th`),
    colRiding: 'Riding',
    colMargin: 'Margin',
    colRunnerUp: 'Runner\u2011up',
    marginPoints: (f: F, share: number) => `${f.points(share)}${NBSP}pts`,
    showAll: (f: F, n: number) => `Show all ${f.count(n)}`,
    showFewer: 'Show fewer',
    back: 'All parties',
  },
  errorTitle: 'The results could not be shown',
  errorDataIntro: (f: F, n: number) => `The data file has ${f.count(n)} ${n === 1 ? 'problem' : 'problems'}:`,
  errorMore: (f: F, n: number) => `…and ${f.count(n)} more.`,
  /** What is wrong with a dataset, by problem (src/data/dataProblems.ts), and what was found in its place. */
  dataProblems: DATA_PROBLEMS_EN as DataProblemTexts,
  dataGot: dataGotEn,
  /** Whose problem it is: the file's, for its publisher to fix. */
  errorDataWhose: 'The file is at fault, not your connection: whoever publishes it needs to correct it.',
  errorLoad: {
    network: 'The data could not be reached. Check your connection.',
    unreadable:
      'The server sent the data file in a form the browser cannot read (its encoding is wrong). Your connection works: the site’s server needs fixing.',
    timeout: (f: F, seconds: number) => `The data took longer than ${f.count(seconds)} seconds to arrive.`,
    http: (status: number) => `The server answered with an error (HTTP ${status}).`,
    empty: 'The data file is empty.',
    html: 'The server sent a web page instead of the data file.',
    json: (detail: string) => `The data file is not valid JSON (${detail}).`,
    noElection: (id: string) => `There is no election “${id}” on this site.`,
    elections: 'The elections here:',
    unknown: 'Something went wrong while showing the results.',
  },
  errorFile: (url: string) => `File: ${url}`,
};

export type Messages = typeof en;

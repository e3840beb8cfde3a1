/**
 * An election as the builder's chart, to start a chart from a published result: its parties in their political
 * order with their seats and colours, the House, its rule when it has its own, its name, date and sources, in
 * the reader's language. Only a settled result: a night in progress has no seats to give yet.
 */
import { sourcePublishers } from '../../core/election/sourcePublishers.ts';
import type { MadeChart } from '../../data/chartCode.ts';
import type { Election, Localized } from '../../data/electionSchema.ts';

export function chartOfElection(election: Election, text: (name: Localized) => string): MadeChart {
  return {
    title: text(election.name),
    notes: election.notes ? text(election.notes) : '',
    source: sourcePublishers(election.sources).join(', '),
    date: election.date ?? '',
    credit: election.credit ?? '',
    totalSeats: String(election.totalSeats),
    majority: election.majority === undefined ? '' : String(election.majority),
    parties: [...election.parties]
      .sort((a, b) => a.seatOrder - b.seatOrder)
      .map((p) => ({ name: text(p.name), shortName: text(p.shortName), seats: String(p.seats), color: p.color })),
  };
}

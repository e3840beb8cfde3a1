/**
 * The headline's sentence, said once: the page's first line and the link preview's description both read it
 * (so a preview never says more than the page, or less).
 */
import type { PartyResult } from '../core/election/partyResults.ts';
import { resultSummary, type ResultSummary } from '../core/election/resultSummary.ts';
import { seatCounts } from '../core/election/seating.ts';
import { isCounting } from '../data/ridingStatus.ts';
import type { Election } from '../data/electionSchema.ts';
import type { Formatters } from '../i18n/format.ts';
import type { Messages } from '../i18n/en.ts';

/** `previousSeats`: the seats of the previous result on the same ridings, when that is the result shown. */
export function resultSentence(
  { t, f }: { t: Messages; f: Formatters },
  election: Election,
  previousSeats?: ReadonlyMap<string, number>,
): { kind: ResultSummary['kind']; text: string } {
  const summary = resultSummary(election, previousSeats ? (p) => previousSeats.get(p.id) ?? 0 : undefined);
  // A chart made in the builder: its names as typed, without an article.
  const bare = election.origin === 'builder';
  const text =
    summary.kind === 'tie'
      ? t.summaryTie(f, { parties: summary.parties.map((p) => f.text(p.name)).join(', '), seats: summary.seats })
      : summary.kind === 'counting'
        ? t.summaryCounting(f, { ...summary, party: f.text(summary.party.name) })
        : summary.kind === 'clinched'
          ? t.summaryClinched(f, { ...summary, party: f.text(summary.party.name) })
          : summary.kind === 'minority'
            ? t.summaryMinority(f, { ...summary, party: f.text(summary.party.name), bare })
            : t.summaryMajority(f, { ...summary, party: f.text(summary.party.name), bare });
  return { kind: summary.kind, text };
}

export interface SummaryOf {
  /** A party's page: the sentence tells that party's result (the scoreboard and race bar tell the whole). */
  party?: PartyResult | undefined;
  /** The previous result on the same ridings is the one shown. */
  previous?: boolean | undefined;
}

/** The sentence under a page's headline (ResultSummaryLine) and in its picture: the party's, or the House's. */
export function summarySentence(
  i18n: { t: Messages; f: Formatters },
  election: Election,
  { party, previous }: SummaryOf,
): { kind: ResultSummary['kind'] | 'party'; text: string } {
  const { t, f } = i18n;
  if (party && !previous) {
    const text = t.partySummary(f, {
      seats: party.seats,
      total: election.totalSeats,
      change: party.seatChange,
      previous: election.previous && f.text(election.previous.name),
      voteShare: party.voteShare,
      counting: isCounting(election) ? { leading: party.leading } : undefined,
    });
    return { kind: 'party', text };
  }
  if (previous && election.previous) {
    const { kind, text } = resultSentence(i18n, election, seatCounts(election, 'previous'));
    return { kind, text: t.summaryPrevious(f.text(election.previous.name), text) };
  }
  return resultSentence(i18n, election);
}

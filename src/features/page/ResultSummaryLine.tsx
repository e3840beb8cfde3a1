/** The plain-language reading of the result, e.g. "The Liberal Party … 3 short of a majority". */
import { memo } from 'react';
import type { PartyResult } from '../../core/election/partyResults.ts';
import { isCounting } from '../../data/ridingStatus.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { resultSentence } from './resultSentence.ts';

interface ResultSummaryLineProps {
  election: Election;
  /** Seats of the result shown, when it is not this election's: the previous one on the same ridings. */
  previous?: { name: string; seats: ReadonlyMap<string, number> } | undefined;
  /** A party's page: the sentence tells that party's result (the scoreboard and race bar tell the whole). */
  party?: PartyResult | undefined;
}

export const ResultSummaryLine = memo(function ResultSummaryLine({ election, previous, party }: ResultSummaryLineProps) {
  const { t, f } = useI18n();
  if (party) {
    return (
      <p className="result-summary" data-summary="party">
        {t.partySummary(f, {
          seats: party.seats,
          total: election.totalSeats,
          change: party.seatChange,
          previous: election.previous && f.text(election.previous.name),
          voteShare: party.voteShare,
          counting: isCounting(election) ? { leading: party.leading } : undefined,
        })}
      </p>
    );
  }
  const summary = resultSentence({ t, f }, election, previous?.seats);
  const text = summary.text;
  return (
    <p className="result-summary" data-summary={summary.kind} data-result={previous ? 'previous' : 'current'}>
      {previous ? t.summaryPrevious(previous.name, text) : text}
    </p>
  );
});

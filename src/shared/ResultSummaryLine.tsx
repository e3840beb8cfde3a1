/** The plain-language reading of the result, e.g. "The Liberal Party … 3 short of a majority" (summarySentence). */
import { memo } from 'react';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { summarySentence, type SummaryOf } from './resultSentence.ts';

export const ResultSummaryLine = memo(function ResultSummaryLine({ election, party, previous }: { election: Election } & SummaryOf) {
  const i18n = useI18n();
  const { kind, text } = summarySentence(i18n, election, { party, previous });
  return (
    <p className="result-summary" data-summary={kind} data-result={kind === 'party' ? undefined : previous ? 'previous' : 'current'}>
      {text}
    </p>
  );
});

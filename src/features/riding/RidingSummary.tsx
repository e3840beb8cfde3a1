/** A riding page's headline sentence: who won it (or leads it), by how much and over whom; it comes with the riding's chunk. */
import { Fragment, useMemo } from 'react';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { isTiedLead } from '../../data/ridingStatus.ts';
import { ridingResult } from '../../core/election/ridingResult.ts';
import type { Election, Riding } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { RIDING_DETAIL_WORDS } from '../../i18n/words/ridingDetail.ts';
import { AppLink } from '../../url/AppLink.tsx';

export function RidingSummary({ election, riding, partyHref }: { election: Election; riding: Riding; partyHref: (id: string) => string }) {
  const { f } = useI18n();
  const words = useWords(RIDING_DETAIL_WORDS);
  const { candidates, runnerUp } = useMemo(() => ridingResult(riding), [riding]);
  const { partyName } = lookupOf(election);
  const [first] = candidates;
  const party = (id: string) => f.text(partyName(id));
  // The winner's party is a way to its page.
  const linked = (id: string) => <AppLink href={partyHref(id)}>{party(id)}</AppLink>;
  const sentence =
    riding.winner === undefined || !first
      ? words.summaryNone
      : !runnerUp
        ? words.summaryUnopposed(first.name, linked(first.party))
        : isTiedLead(riding)
          ? words.summaryTied(first.name, party(first.party), runnerUp.name, party(runnerUp.party))
          : words.summary(f, {
              leading: riding.status === 'leading',
              winner: first.name,
              party: linked(first.party),
              margin: riding.margin,
              runnerUp: runnerUp.name,
              runnerUpParty: party(runnerUp.party),
            });
  // A sentence with a link in it comes in parts: each part keyed by its place.
  return (
    <p className="result-summary" data-summary="riding">
      {Array.isArray(sentence) ? sentence.map((part, i) => <Fragment key={i}>{part}</Fragment>) : sentence}
    </p>
  );
}

/** A riding page's headline sentence (ridingSentence); it comes with the riding's chunk. */
import { Fragment, useMemo } from 'react';
import type { Election, Riding } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { AppLink } from '../../url/AppLink.tsx';
import { ridingSentence } from './ridingSentence.ts';

export function RidingSummary({ election, riding, partyHref }: { election: Election; riding: Riding; partyHref: (id: string) => string }) {
  const i18n = useI18n();
  // The winner's party is a way to its page.
  const sentence = useMemo(
    () => ridingSentence(i18n, election, riding, (name, id) => <AppLink href={partyHref(id)}>{name}</AppLink>),
    [i18n, election, riding, partyHref],
  );
  // A sentence with a link in it comes in parts: each part keyed by its place.
  return (
    <p className="result-summary" data-summary="riding">
      {typeof sentence === 'string' ? sentence : sentence.map((part, i) => <Fragment key={i}>{part}</Fragment>)}
    </p>
  );
}

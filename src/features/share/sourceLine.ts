/**
 * "Source: Elections Canada · results as of June 13, 2025" (or the election's date, when the data does not say
 * when it was taken): the line that goes with every published chart (embed footer, pictures).
 */
import { sourcePublishers } from '../../core/election/sourcePublishers.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import { EMBED_WORDS } from '../../i18n/words/embed.ts';

export const sourceLine = (
  { f }: I18n,
  election: Pick<Election, 'date' | 'updated'> & { sources: readonly { publisher: string }[] },
): string => {
  // A date is one piece: a narrow footer or picture breaks the line before it or after it, never inside.
  const day = (iso: string) => f.date(iso).replace(/ /g, '\u00a0');
  return EMBED_WORDS[f.lang].source(
    sourcePublishers(election.sources).join(', '),
    day(election.date),
    // The calendar day in UTC, as the election's date is written.
    election.updated && day(election.updated.slice(0, 10)),
  );
};

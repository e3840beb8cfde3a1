/**
 * "Source: Elections Canada · results as of June 13, 2025" (or the election's date, when the data does not say
 * when it was taken; and who made the chart, when it says): the line that goes with every published chart (embed
 * footer, pictures). A chart made in the builder says what it was given, and nothing in place of what it was not.
 */
import { sourcePublishers } from '../../core/election/sourcePublishers.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import { EMBED_WORDS } from '../../i18n/words/embed.ts';

export const sourceLine = (
  { f }: I18n,
  election: Pick<Election, 'date' | 'updated' | 'credit'> & { sources: readonly { publisher: string }[] },
): string => {
  // A date is one piece: a narrow footer or picture breaks the line before it or after it, never inside.
  const day = (iso: string) => f.date(iso).replace(/ /g, '\u00a0');
  // asOf: the calendar day in UTC, as the election's date is written.
  return EMBED_WORDS[f.lang].source({
    publishers: sourcePublishers(election.sources).join(', ') || undefined,
    date: election.date && day(election.date),
    asOf: election.updated && day(election.updated.slice(0, 10)),
    credit: election.credit,
  });
};

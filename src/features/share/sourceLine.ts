/**
 * "Source: Elections Canada · results as of June 13, 2025" (or the election's date, when the data does not say
 * when it was taken): the line that goes with every published chart (embed footer, pictures).
 */
import { sourcePublishers } from '../../core/sourcePublishers.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';

export const sourceLine = (
  { t, f }: I18n,
  election: Pick<Election, 'date' | 'updated'> & { sources: readonly { publisher: string }[] },
): string =>
  t.embedSource(
    sourcePublishers(election.sources).join(', '),
    f.date(election.date),
    // The calendar day in UTC, as the election's date is written.
    election.updated && f.date(election.updated.slice(0, 10)),
  );

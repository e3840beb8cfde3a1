/**
 * What the marks of seats that changed hands mean, said under the chart (ExploreBar) and in its picture
 * (viewPicture): a dot on the hemicycle, an outline on the map. Only where they are drawn: a view of the changes
 * or of the previous result, of a file with ridings (one given by party has no seat that changed hands).
 */
import type { Election } from '../data/electionSchema.ts';
import { hasRidings } from '../data/ridingStatus.ts';
import type { Formatters } from '../i18n/format.ts';
import type { EXPLORE_WORDS } from '../i18n/words/explore.ts';
import type { ResolvedView } from './resolveView.ts';

export function changesNote(
  words: (typeof EXPLORE_WORDS)['en'],
  f: Formatters,
  election: Election,
  view: Pick<ResolvedView, 'canShowPrevious' | 'seats'>,
  onMap: boolean,
): string | undefined {
  if (!view.canShowPrevious || view.seats === 'current' || !hasRidings(election) || !election.previous) return undefined;
  const previous = f.text(election.previous.name);
  return onMap ? words.flipNoteMap(previous) : words.flipNote(previous);
}

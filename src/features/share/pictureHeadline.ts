/**
 * What a picture of a view says it shows, as its headline: the party's or riding's title ("Conservative:
 * 144 seats · 2025 Canadian federal election"), a province's seats ("Seats in Quebec · …"), or the election.
 * The page's title without the app's name, which the picture's credit carries. One place for the download
 * and the build's link preview. The map's page (`/map`) says it shows the ridings on the map.
 */
import { partyResult } from '../../core/election/partyResults.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import { EXPLORE_WORDS } from '../../i18n/words/explore.ts';
import { MAP_WORDS } from '../../i18n/words/map.ts';
import { STATUS_WORDS } from '../../i18n/words/status.ts';
import { isCounting } from '../../data/ridingStatus.ts';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { viewTitle } from '../../shared/viewTitle.ts';

export function pictureHeadline(
  i18n: I18n,
  election: Election,
  {
    party,
    riding,
    region,
    route,
    seats = 'current',
  }: Pick<ResolvedView, 'party' | 'riding' | 'region' | 'route'> & Partial<Pick<ResolvedView, 'seats'>>,
): string {
  const { t, f } = i18n;
  // A night in progress: the picture says it is a count, and as of when, before all else.
  const live = isCounting(election) && STATUS_WORDS[f.lang].liveCount(election.updated && f.time(election.updated));
  const name = live ? `${live} · ${f.text(election.name)}` : f.text(election.name);
  // The result the picture shows when not this election's plain one: its changes, or the previous result.
  const previous = election.previous && f.text(election.previous.name);
  const explore = EXPLORE_WORDS[f.lang];
  const shown =
    previous && seats === 'changes' ? explore.changes(previous) : previous && seats === 'previous' ? explore.previous(previous) : undefined;
  if (route.page === 'map') {
    const parts = [MAP_WORDS[f.lang].title, region && t.explore.legendRegion(f.text(region.name)), shown, name];
    return parts.filter(Boolean).join(' · ');
  }
  if (shown && !party && !riding) return [region && t.explore.legendRegion(f.text(region.name)), shown, name].filter(Boolean).join(' · ');
  if (region) return `${t.explore.legendRegion(f.text(region.name))} · ${name}`;
  if (party || riding) {
    const title = viewTitle(i18n, election, party && partyResult(election, party.id), riding);
    return live ? `${live} · ${title}` : title;
  }
  return name;
}

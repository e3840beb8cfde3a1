/**
 * What a picture of a view says it shows, as its headline: the party's or riding's title ("Conservative:
 * 144 seats · 2025 Canadian federal election"), a province's seats ("Seats in Quebec · …"), or the election.
 * The page's title without the app's name, which the picture's credit carries. One place for the download
 * and the build's link preview.
 */
import { partyProfile } from '../../core/partyProfile.ts';
import { ridingResult } from '../../core/ridingResult.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import type { ResolvedView } from '../../views/resolveView.ts';
import { viewTitle } from '../../views/viewTitle.ts';

export function pictureHeadline(
  i18n: I18n,
  election: Election,
  { party, riding, region }: Pick<ResolvedView, 'party' | 'riding' | 'region'>,
): string {
  const { t, f } = i18n;
  const name = f.text(election.name);
  if (region) return `${t.explore.legendRegion(f.text(region.name))} · ${name}`;
  if (party || riding) return viewTitle(i18n, election, party && partyProfile(election, party.id), riding && ridingResult(riding));
  return name;
}

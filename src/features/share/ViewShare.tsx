/** The share bar of a view: what its picture says and what its embed is, worked out from the view shown. */
import { useMemo } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageView } from '../../shared/pageView.ts';
import { useOfferedChartPicture, type ChartPicture } from '../../shared/chartPicture.ts';
import { hemicyclePicture } from '../hemicycle/hemicyclePicture.ts';
import { pictureHeadline } from './pictureHeadline.ts';
import { ShareBar } from './ShareBar.tsx';
import { useShareMessages } from './shareMessages.ts';
import { sourceLine } from './sourceLine.ts';
import { isCounting } from '../../data/ridingStatus.ts';
import { chartOfElection } from '../make/chartOfElection.ts';
import { routePath } from '../../url/routes.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';

/** The builder with this result in it, its chart in the link like any the builder makes. */
async function openInBuilder(election: Election, { f }: I18n) {
  const { encodeChart } = await import('../../data/chartCode.ts');
  const code = await encodeChart(chartOfElection(election, (name) => f.text(name)));
  location.assign(`${routePath({ page: 'make' }, false, f.lang)}?chart=${code}`);
}

interface ViewShareProps {
  election: Election;
  /** What the page shows, and its links. */
  view: PageView;
  /** The page's title, for the embed snippet. */
  title: string;
  /** Offer to open the result in the builder (not from the builder itself). */
  withBuilder?: boolean;
}

export function ViewShare({ election, view: shown, title, withBuilder = true }: ViewShareProps) {
  const i18n = useI18n();
  const shareText = useShareMessages();
  const onMap = shown.route.page === 'map';
  // What a downloaded picture is of and says: one object, for the memo. Worked out when a picture is made,
  // not on every party click (a party's title needs its whole profile).
  const { party, riding, region } = shown;
  // The map's picture is the map's as drawn (its shapes depend on its width); the hemicycle's, the view's.
  const mapPictureRef = useOfferedChartPicture();
  const picture = useMemo(
    () => ({
      subject: () => {
        const chart: ChartPicture | undefined = onMap
          ? mapPictureRef?.current
          : (palette) => hemicyclePicture(i18n, election, shown, palette);
        return chart && { i18n, election, view: shown, chart };
      },
      headline: () => pictureHeadline(i18n, election, shown),
      source: () => sourceLine(i18n, election),
      accent: shown.party?.color,
      made: election.origin === 'builder',
    }),
    [i18n, election, shown, onMap, mapPictureRef],
  );
  return (
    <ShareBar
      // The reader it is sent to sees it in their own theme: the sharer's is theirs alone.
      shareHref={shown.url.hrefWith({ theme: 'auto' })}
      embedHref={shown.url.embedHrefFor(shown.route)}
      // The view in the name, as in the URL: canada-2025-map-qc-changes.
      fileName={[election.id, party?.id, riding?.id, onMap && 'map', region?.id, shown.seats !== 'current' && shown.seats]
        .filter(Boolean)
        .join('-')}
      // The iframe's accessible name: the map's page title says it is the map already.
      title={onMap ? title : shareText.embedTitle(title)}
      picture={picture}
      // A settled result only: a night in progress has no seats to give the builder yet.
      onOpenInBuilder={withBuilder && !isCounting(election) ? () => void openInBuilder(election, i18n) : undefined}
    />
  );
}

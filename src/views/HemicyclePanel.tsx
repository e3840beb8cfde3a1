/** The hemicycle with everything that acts on it: explore controls, legend, table view and sharing. */
import { useCallback, useMemo } from 'react';
import type { Election } from '../data/electionSchema.ts';
import { pictureHeadline } from '../features/share/pictureHeadline.ts';
import { sourceLine } from '../features/share/sourceLine.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { View } from '../url/useView.ts';
import { ExploreBar } from './ExploreBar.tsx';
import { PartyLegend } from './PartyLegend.tsx';
import type { ResolvedView } from './resolveView.ts';
import { SeatChart } from './SeatChart.tsx';
import { SeatTable } from './SeatTable.tsx';
import { ShareBar } from '../features/share/ShareBar.tsx';
import { useLegendCounts } from './useLegendCounts.ts';
import { useShareMessages } from '../features/share/shareMessages.ts';

interface HemicyclePanelProps {
  election: Election;
  /** The view the URL shows now, and what it shows: the chart follows it at once. */
  urgent: View;
  now: ResolvedView;
  /** The same a moment later (useDeferredValue): the controls around the chart follow it, so a click redraws the chart first. */
  view: View;
  shown: ResolvedView;
  /** The page's title, for the embed snippet. */
  title: string;
  /** Opens a riding (Enter or click on its seat). */
  onOpenRiding: (ridingId: string) => void;
}

export function HemicyclePanel({ election, urgent, now, view, shown, title, onOpenRiding }: HemicyclePanelProps) {
  const i18n = useI18n();
  const shareText = useShareMessages();
  const { t } = i18n;
  // What a downloaded picture says besides the chart and its legend (ShareBar): one object, for the memo. Worked
  // out when a picture is made, not on every party click (a party's title needs its whole profile).
  const { party, riding, region } = shown;
  const picture = useMemo(
    () => ({
      headline: () => pictureHeadline(i18n, election, { party, riding, region }),
      source: () => sourceLine(i18n, election),
      accent: party?.color,
    }),
    [i18n, election, party, riding, region],
  );
  // The legend follows the deferred view, as the other controls do.
  const legend = useLegendCounts(election, shown);
  const partyHref = useCallback((id: string) => view.hrefFor({ page: 'party', partyId: id }), [view]);
  const ridingHref = useCallback((id: string) => urgent.hrefFor({ page: 'riding', ridingId: id }), [urgent]);
  return (
    <section className="panel hemicycle-panel" aria-label={t.seatChartTitle}>
      <SeatChart election={election} view={now} onOpenRiding={onOpenRiding} ridingHref={ridingHref} />
      <ExploreBar election={election} view={view} province={urgent.params.province} canShowPrevious={shown.canShowPrevious} />
      <PartyLegend
        parties={legend.parties}
        current={shown.party?.id}
        overviewHref={view.hrefFor({ page: 'overview' })}
        hrefFor={partyHref}
        seats={legend.seats}
        caption={legend.caption}
      />
      <SeatTable election={election} />
      <ShareBar
        embedHref={view.embedHrefFor(shown.route)}
        fileName={[election.id, shown.party?.id, shown.riding?.id].filter(Boolean).join('-')}
        title={shareText.embedTitle(title)}
        picture={picture}
      />
    </section>
  );
}

/** The hemicycle with everything that acts on it: explore controls, legend, table view and sharing. */
import { useCallback, useMemo } from 'react';
import { hasPreviousSeats } from '../core/seatPlan.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { Route } from '../url/routes.ts';
import type { View } from '../url/useView.ts';
import { ExploreBar } from './ExploreBar.tsx';
import { PartyLegend } from './PartyLegend.tsx';
import { SeatChart } from './SeatChart.tsx';
import { SeatTable } from './SeatTable.tsx';
import { ShareBar } from './ShareBar.tsx';
import { shownRoute } from './shownRoute.ts';
import { useLegendCounts } from './useLegendCounts.ts';

interface HemicyclePanelProps {
  election: Election;
  /** The view the URL shows now: the chart follows it at once. */
  urgent: View;
  /** The same a moment later (useDeferredValue): the controls around the chart follow it, so a click redraws the chart first. */
  view: View;
  /** The route the chart shows (an unknown party or riding falls back to the overview). */
  chartRoute: Route;
  /** The page's title, for the embed snippet. */
  title: string;
  /** Opens a riding (Enter or click on its seat). */
  onOpenRiding: (ridingId: string) => void;
}

export function HemicyclePanel({ election, urgent, view, chartRoute, title, onOpenRiding }: HemicyclePanelProps) {
  const { t } = useI18n();
  const canShowPrevious = useMemo(() => election.previous !== undefined && hasPreviousSeats(election), [election]);
  const shownNow = canShowPrevious ? urgent.params.seats : 'current';
  const shown = canShowPrevious ? view.params.seats : 'current';
  // The legend follows the deferred view, as the other controls do.
  const legend = useLegendCounts(election, { ...view.params, seats: shown });
  const current = useMemo(() => shownRoute(election, view.route), [election, view.route]);
  const partyId = current.page === 'party' ? current.partyId : undefined;
  const ridingId = current.page === 'riding' ? current.ridingId : undefined;
  const partyHref = useCallback((id: string) => view.hrefFor({ page: 'party', partyId: id }), [view]);
  const ridingHref = useCallback((id: string) => urgent.hrefFor({ page: 'riding', ridingId: id }), [urgent]);
  return (
    <section className="panel hemicycle-panel" aria-label={t.seatChartTitle}>
      <SeatChart
        election={election}
        party={chartRoute.page === 'party' ? chartRoute.partyId : undefined}
        riding={chartRoute.page === 'riding' ? chartRoute.ridingId : undefined}
        region={urgent.params.province}
        coalition={urgent.params.coalition}
        shown={shownNow}
        ordering={urgent.params.order}
        onOpenRiding={onOpenRiding}
        ridingHref={ridingHref}
      />
      <ExploreBar election={election} view={view} province={urgent.params.province} canShowPrevious={canShowPrevious} />
      <PartyLegend
        parties={legend.parties}
        current={partyId}
        overviewHref={view.hrefFor({ page: 'overview' })}
        hrefFor={partyHref}
        seats={legend.seats}
        caption={legend.caption}
      />
      <SeatTable election={election} />
      <ShareBar
        embedHref={view.embedHrefFor(current)}
        fileName={[election.id, partyId, ridingId].filter(Boolean).join('-')}
        title={t.share.embedTitle(title)}
      />
    </section>
  );
}

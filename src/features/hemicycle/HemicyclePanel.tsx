/** The hemicycle with everything that acts on it: explore controls, legend, table view and sharing. */
import { Suspense, useCallback } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { lazyNamed } from '../../shared/lazyNamed.ts';
import { PartyLegend } from './PartyLegend.tsx';
import type { PageView } from '../../shared/pageView.ts';
import { SeatChart } from './SeatChart.tsx';
import { useViewLegend } from '../../shared/viewLegend.ts';
import { hasRidings, isCounting } from '../../data/ridingStatus.ts';
import { useAfterChart } from '../../shared/ServedDrawn.ts';

// Requested as soon as this module runs, alongside the data: they are one chunk (vite.config.ts, chartToolsGroup).
const exploreModule = import('./ExploreBar.tsx');
const tableModule = import('./SeatTable.tsx');
const shareModule = import('../share/ViewShare.tsx');
const ExploreBar = lazyNamed(() => exploreModule, 'ExploreBar');
const SeatTable = lazyNamed(() => tableModule, 'SeatTable');
const ViewShare = lazyNamed(() => shareModule, 'ViewShare');

interface HemicyclePanelProps {
  election: Election;
  /** What the URL shows now: the chart follows it at once. */
  now: PageView;
  /** The same a moment later (useDeferredPageView): the controls around the chart follow it, so a click redraws the chart first. */
  view: PageView;
  /** The page's title, for the embed snippet. */
  title: string;
  /** Opens a riding (Enter or click on its seat). */
  onOpenRiding: (ridingId: string) => void;
}

export function HemicyclePanel({ election, now, view, title, onOpenRiding }: HemicyclePanelProps) {
  const { t } = useI18n();
  // Drawn afresh, the tools come in a transition once their chunk is here, so nothing flashes in their place;
  // a prerendered page keeps their HTML meanwhile (Suspense).
  const tools = useAfterChart();
  // The legend follows the deferred view, as the other controls do.
  const legend = useViewLegend(election, view);
  const partyHref = useCallback((id: string) => view.url.hrefFor({ page: 'party', partyId: id }), [view]);
  const ridingHref = useCallback((id: string) => now.url.hrefFor({ page: 'riding', ridingId: id }), [now]);
  return (
    <section className="panel hemicycle-panel" aria-label={isCounting(election) ? t.seatChartTitleCounting : t.seatChartTitle}>
      {/* Benches' code comes in a chunk of its own, the first time a link asks for them. */}
      <Suspense fallback={<div className="hemicycle" />}>
        <SeatChart election={election} view={now} onOpenRiding={onOpenRiding} ridingHref={ridingHref} />
      </Suspense>
      {tools && (
        <Suspense fallback={null}>
          <ExploreBar
            election={election}
            view={view}
            province={now.region?.id}
            // The switch to the map, where there are ridings to draw.
            chart={view.route.page === 'overview' && hasRidings(election) ? 'seats' : undefined}
          />
        </Suspense>
      )}
      <PartyLegend legend={legend} current={view.party?.id} overviewHref={view.url.hrefFor({ page: 'overview' })} hrefFor={partyHref} />
      {tools && (
        <Suspense fallback={null}>
          {hasRidings(election) && <SeatTable election={election} ridingHref={ridingHref} />}
          <ViewShare election={election} view={view} title={title} />
        </Suspense>
      )}
    </section>
  );
}

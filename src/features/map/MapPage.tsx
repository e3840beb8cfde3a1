/**
 * The map as the page's chart (`/map`): the riding map with what acts on the hemicycle on other pages, the
 * controls (province, changes, previous result), the legend, the table of ridings and the share bar with its
 * picture and embed. What the page shows comes from resolveView, as for the hemicycle.
 */
import { useCallback } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { ExploreBar } from '../hemicycle/ExploreBar.tsx';
import { SeatTable } from '../hemicycle/SeatTable.tsx';
import { ViewShare } from '../share/ViewShare.tsx';
import { PartyLegend } from '../hemicycle/PartyLegend.tsx';
import type { PageView } from '../../shared/pageView.ts';
import { useViewLegend } from '../../shared/viewLegend.ts';
import { MapPanel } from './MapPanel.tsx';
import { ChartPictureProvider, useChartPictureSlot } from '../../shared/chartPicture.ts';

interface MapPageProps {
  election: Election;
  /** What the URL shows now (the province picker is a form control, the riding links follow it), and the same a moment later. */
  now: PageView;
  view: PageView;
  /** The page's title, for the embed snippet. */
  title: string;
  onOpenRiding: (ridingId: string) => void;
}

export function MapPage({ election, now, view, title, onOpenRiding }: MapPageProps) {
  const legend = useViewLegend(election, view);
  const partyHref = useCallback((id: string) => view.url.hrefFor({ page: 'party', partyId: id }), [view]);
  const ridingHref = useCallback((id: string) => now.url.hrefFor({ page: 'riding', ridingId: id }), [now]);
  const picture = useChartPictureSlot();
  return (
    <ChartPictureProvider value={picture}>
      <MapPanel
        election={election}
        view={view}
        onOpenRiding={onOpenRiding}
        ridingHref={ridingHref}
        controls={
          <>
            <ExploreBar election={election} view={view} province={now.region?.id} chart="map" />
            <PartyLegend legend={legend} current={undefined} overviewHref={view.url.hrefFor({ page: 'overview' })} hrefFor={partyHref} />
          </>
        }
      >
        <SeatTable election={election} ridingHref={ridingHref} byRegion />
        <ViewShare election={election} view={view} title={title} />
      </MapPanel>
    </ChartPictureProvider>
  );
}

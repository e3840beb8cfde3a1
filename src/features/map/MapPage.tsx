/**
 * The map as the page's chart (`/map`): the riding map with what acts on the hemicycle on other pages, the
 * controls (province, changes, previous result), the legend, the table of ridings and the share bar with its
 * picture and embed. What the page shows comes from resolveView, as for the hemicycle.
 */
import { useCallback } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import type { View } from '../../url/useView.ts';
import { ExploreBar, SeatTable, ViewShare } from '../hemicycle/chartTools.ts';
import { PartyLegend } from '../hemicycle/PartyLegend.tsx';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { useLegendCounts } from '../hemicycle/useLegendCounts.ts';
import { MapPanel } from './MapPanel.tsx';

interface MapPageProps {
  election: Election;
  /** The URL as it is now (the province picker is a form control), and the same a moment later. */
  urgent: View;
  now: ResolvedView;
  view: View;
  shown: ResolvedView;
  /** The page's title, for the embed snippet. */
  title: string;
  onOpenRiding: (ridingId: string) => void;
}

export function MapPage({ election, urgent, now, view, shown, title, onOpenRiding }: MapPageProps) {
  const legend = useLegendCounts(election, shown);
  const partyHref = useCallback((id: string) => view.hrefFor({ page: 'party', partyId: id }), [view]);
  const ridingHref = useCallback((id: string) => urgent.hrefFor({ page: 'riding', ridingId: id }), [urgent]);
  return (
    <MapPanel
      election={election}
      view={view}
      shown={shown}
      onOpenRiding={onOpenRiding}
      ridingHref={ridingHref}
      controls={
        <>
          <ExploreBar election={election} view={view} province={now.region?.id} shown={shown} chart="map" />
          <PartyLegend
            parties={legend.parties}
            current={undefined}
            overviewHref={view.hrefFor({ page: 'overview' })}
            hrefFor={partyHref}
            seats={legend.seats}
            caption={legend.caption}
          />
        </>
      }
    >
      <SeatTable election={election} ridingHref={ridingHref} byRegion />
      <ViewShare election={election} view={view} shown={shown} title={title} />
    </MapPanel>
  );
}

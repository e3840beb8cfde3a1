/** The hemicycle with everything that acts on it: explore controls, legend, table view and sharing. */
import { useMemo } from 'react';
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

interface HemicyclePanelProps {
  election: Election;
  view: View;
  /** The route actually shown (an unknown party or riding falls back to the overview). */
  current: Route;
  regionId: string | undefined;
  /** The page's title, for the embed snippet. */
  title: string;
}

export function HemicyclePanel({ election, view, current, regionId, title }: HemicyclePanelProps) {
  const { t } = useI18n();
  const { params } = view;
  const canShowPrevious = useMemo(() => election.previous !== undefined && hasPreviousSeats(election), [election]);
  const shown = canShowPrevious ? params.seats : 'current';
  const previousSeats = useMemo(() => new Map(election.previous?.parties.map((p) => [p.id, p.seats])), [election]);
  const partyId = current.page === 'party' ? current.partyId : undefined;
  const ridingId = current.page === 'riding' ? current.ridingId : undefined;
  return (
    <section className="panel hemicycle-panel" aria-label={t.seatChartTitle}>
      <SeatChart
        election={election}
        party={partyId}
        riding={ridingId}
        region={regionId}
        coalition={params.coalition}
        shown={shown}
        onOpenRiding={(id) => view.navigate({ page: 'riding', ridingId: id })}
      />
      <ExploreBar election={election} view={view} canShowPrevious={canShowPrevious} />
      <PartyLegend
        parties={election.parties}
        current={partyId}
        overviewHref={view.hrefFor({ page: 'overview' })}
        hrefFor={(id) => view.hrefFor({ page: 'party', partyId: id })}
        seats={shown === 'previous' ? previousSeats : undefined}
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

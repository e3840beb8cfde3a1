/**
 * The panels under the chart: a province's table, coalitions, a party's
 * ridings, the riding map, the breakdowns, the changes and the closest races. They render
 * just after the chart, and ship as a chunk of their own, fetched while the
 * data loads: the first screen's JavaScript does not wait for them.
 */
import { useMemo } from 'react';
import { partyResults } from '../../core/election/partyResults.ts';
import type { RegionResult } from '../../core/election/regionResult.ts';
import { seatsByRegion } from '../../core/election/seatsByRegion.ts';
import type { Election } from '../../data/electionSchema.ts';
import { formatViewParams } from '../../url/routes.ts';
import { useWords } from '../../i18n/I18nContext.tsx';
import { EXPLORE_WORDS } from '../../i18n/words/explore.ts';
import type { View } from '../../url/useView.ts';
import { MapPanel } from '../map/MapPanel.tsx';
import { CloseRaces } from '../riding/CloseRaces.tsx';
import { CoalitionPanel } from '../coalition/CoalitionPanel.tsx';
import { PartyBreakdowns } from '../party/PartyBreakdowns.tsx';
import { PartyWins } from '../party/PartyWins.tsx';
import { usePartyProfile } from '../party/usePartyProfile.ts';
import { ProvincePanel } from '../province/ProvincePanel.tsx';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { SeatChangesTable } from '../change/SeatChangesTable.tsx';

// The sources under the page come with the panels above them.
export { SourcesFooter } from './SourcesFooter.tsx';

interface BelowChartProps {
  election: Election;
  /** The URL as it is now (the coalition picker is a form control). */
  urgent: View;
  /** The same a moment later, as the other panels follow it. */
  view: View;
  /** What the URL shows now (resolveView): the coalition picker follows it. */
  now: ResolvedView;
  province: RegionResult | undefined;
  ridingHref: (ridingId: string) => string;
  /** What the page shows (resolveView): the map keeps the same party, province or coalition bright. */
  shown: ResolvedView;
  onOpenRiding: (ridingId: string) => void;
}

export default function BelowChart({ election, urgent, now, view, province, ridingHref, shown, onOpenRiding }: BelowChartProps) {
  const exploreWords = useWords(EXPLORE_WORDS);
  const results = useMemo(() => partyResults(election), [election]);
  const profile = usePartyProfile(election, shown.party?.id);
  const regions = useMemo(() => seatsByRegion(election), [election]);
  const seatless = profile !== undefined && profile.result.seats === 0;
  return (
    <>
      {/* The chart and scoreboard show the previous result; these tables stay on this election's, and say so. */}
      {shown.result === 'previous' && (
        <p className="panels-note" data-note="current-result">
          {exploreWords.panelsCurrent(election.date.slice(0, 4))}
        </p>
      )}
      {province && <ProvincePanel election={election} result={province} clearHref={view.hrefWith({ province: undefined })} />}
      {/* A party with no seat: where it did best comes first; coalitions are the House's question, not its. */}
      {seatless && <PartyWins election={election} profile={profile} ridingHref={ridingHref} />}
      <CoalitionPanel election={election} view={urgent} picked={now.coalition} />
      {profile && !seatless && <PartyWins election={election} profile={profile} ridingHref={ridingHref} />}
      {/* On the map's own page the map is the chart above. */}
      {shown.route.page !== 'map' && (
        <MapPanel election={election} view={view} shown={shown} onOpenRiding={onOpenRiding} ridingHref={ridingHref} />
      )}
      <PartyBreakdowns election={election} results={results} regions={regions} />
      <SeatChangesTable election={election} />
      <CloseRaces election={election} query={formatViewParams(view.params)} />
    </>
  );
}

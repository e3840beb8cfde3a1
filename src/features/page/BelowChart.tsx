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
import { hasRidings } from '../../data/ridingStatus.ts';
import { formatViewParams } from '../../url/routes.ts';
import { useWords } from '../../i18n/I18nContext.tsx';
import { EXPLORE_WORDS } from '../../i18n/words/explore.ts';
import { MapPanel } from '../map/MapPanel.tsx';
import { CloseRaces } from '../riding/CloseRaces.tsx';
import { CoalitionPanel } from '../coalition/CoalitionPanel.tsx';
import { PartyBreakdowns } from '../party/PartyBreakdowns.tsx';
import { PartyWins } from '../party/PartyWins.tsx';
import { usePartyProfile } from '../party/usePartyProfile.ts';
import { ProvincePanel } from '../province/ProvincePanel.tsx';
import type { PageView } from '../../shared/pageView.ts';
import { SeatChangesTable } from '../change/SeatChangesTable.tsx';

// The sources under the page come with the panels above them.
export { SourcesFooter } from './SourcesFooter.tsx';

interface BelowChartProps {
  election: Election;
  /** What the page shows, a moment after the chart (useDeferredPageView): the panels follow it. */
  view: PageView;
  /** The same as the URL is now: the coalition picker is a form control. */
  now: PageView;
  province: RegionResult | undefined;
  ridingHref: (ridingId: string) => string;
  onOpenRiding: (ridingId: string) => void;
}

export default function BelowChart({ election, now, view, province, ridingHref, onOpenRiding }: BelowChartProps) {
  const exploreWords = useWords(EXPLORE_WORDS);
  const results = useMemo(() => partyResults(election), [election]);
  const profile = usePartyProfile(election, view.party?.id);
  const regions = useMemo(() => seatsByRegion(election), [election]);
  const seatless = profile !== undefined && profile.result.seats === 0;
  const ridings = hasRidings(election);
  return (
    <>
      {/* The chart and scoreboard show the previous result; these tables stay on this election's, and say so. */}
      {view.result === 'previous' && (
        <p className="panels-note" data-note="current-result">
          {exploreWords.panelsCurrent(election.date?.slice(0, 4))}
        </p>
      )}
      {province && <ProvincePanel election={election} result={province} clearHref={view.url.hrefWith({ province: undefined })} />}
      {/* A party with no seat: where it did best comes first; coalitions are the House's question, not its. */}
      {seatless && ridings && <PartyWins election={election} profile={profile} ridingHref={ridingHref} />}
      <CoalitionPanel election={election} view={now} />
      {profile && !seatless && ridings && <PartyWins election={election} profile={profile} ridingHref={ridingHref} />}
      {/* On the map's own page the map is the chart above; a file of seats only has no ridings to map. */}
      {view.route.page !== 'map' && ridings && (
        <MapPanel election={election} view={view} onOpenRiding={onOpenRiding} ridingHref={ridingHref} />
      )}
      <PartyBreakdowns election={election} results={results} regions={regions} />
      <SeatChangesTable election={election} />
      <CloseRaces election={election} query={formatViewParams(view.url.params)} />
    </>
  );
}

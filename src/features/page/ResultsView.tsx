/** An election for one URL: the overview, or a party's or a riding's view on top of it. */
import { lazy, memo, Suspense, useCallback, useMemo, useRef } from 'react';
import { partyResult } from '../../core/election/partyResults.ts';
import { regionResult } from '../../core/election/regionResult.ts';
import { hasRidings, isCounting } from '../../data/ridingStatus.ts';
import { scoreboard } from '../../core/election/scoreboard.ts';
import { Scoreboard } from '../scoreboard/Scoreboard.tsx';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { AppLink } from '../../url/AppLink.tsx';
import type { View } from '../../url/useView.ts';
import { HemicyclePanel } from '../hemicycle/HemicyclePanel.tsx';
import { shownParams } from '../../shared/resolveView.ts';
import { useDeferredPageView } from '../../shared/pageView.ts';
import { lazyNamed } from '../../shared/lazyNamed.ts';
import { NotFoundNotice } from '../problems/NotFoundNotice.tsx';
import { useAfterChart } from '../../shared/ServedDrawn.ts';
import { ResultSummaryLine } from '../../shared/ResultSummaryLine.tsx';
import { SettingsBar } from '../../shared/SettingsBar.tsx';
import { useDocumentTitle } from '../../shared/useDocumentTitle.ts';
import { viewTitle } from '../../shared/viewTitle.ts';
import { useTakeFocus } from '../../shared/useTakeFocus.ts';

// Requested as soon as this module runs, alongside the data, so they are here when the chart is.
const belowChartModule = import('./BelowChart.tsx');
const BelowChart = lazy(() => belowChartModule);
const SourcesFooter = lazyNamed(() => belowChartModule, 'SourcesFooter');
const partyModule = import('../party/PartyPanel.tsx');
const PartyHeadline = lazyNamed(() => partyModule, 'PartyHeadline');
const ridingModule = import('../riding/RidingPanel.tsx');
const searchModule = import('../search/RidingSearch.tsx');
const RidingSearch = lazyNamed(() => searchModule, 'RidingSearch');
// The map page's chart: fetched only on that page.
const MapPage = lazyNamed(() => import('../map/MapPage.tsx'), 'MapPage');
const RidingPanel = lazyNamed(() => ridingModule, 'RidingPanel');
const RidingSummary = lazyNamed(() => ridingModule, 'RidingSummary');
// The key of a night in progress: its own small chunk, as in the embed.
const StatusKey = lazyNamed(() => import('../live/StatusKey.tsx'), 'StatusKey');

/**
 * The chart follows the URL at once; the panels around it follow a moment
 * later (useDeferredPageView), so a party click redraws the seats in the first
 * frame and the party's tables just after, without holding the chart back.
 */
export const ResultsView = memo(function ResultsView({ election, view: url }: { election: Election; view: View }) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const { now, shown } = useDeferredPageView(election, url);
  const view = shown.url;
  // Drawn afresh, the seats paint first and the panels below the chart render just after, in a transition;
  // a prerendered page already holds them.
  const belowChart = useAfterChart();
  const { route } = view;
  const province = useMemo(() => (shown.region ? regionResult(election, shown.region.id) : undefined), [election, shown.region]);
  // The party's result, for its headline; the rest of its profile comes with its panels' chunks (usePartyProfile).
  const profile = useMemo(() => (shown.party ? partyResult(election, shown.party.id) : undefined), [election, shown.party]);
  const { riding } = shown;
  const home = view.hrefFor({ page: 'overview' });
  // The page as it was opened: a party or riding reached from it (not opened cold) takes the focus.
  const coldRoute = useRef(JSON.stringify(route));
  const takeFocus = JSON.stringify(route) !== coldRoute.current;
  const electionName = f.text(election.name);
  const ridingTitle = useTakeFocus<HTMLHeadingElement>(riding?.id ?? '', takeFocus && riding !== undefined);
  // From the URL as it is now, not the deferred view: a seat clicked just after a change keeps that change.
  const openRiding = useCallback((id: string) => url.navigate({ page: 'riding', ridingId: id }), [url]);
  const coalitionHref = useCallback((parties: string[]) => view.hrefWith({ coalition: parties }), [view]);
  // The scoreboard tells the result the chart shows: the previous one, a province's, a coalition's race.
  const showPrevious = shown.result === 'previous';
  const board = useMemo(
    () => scoreboard(election, { result: shown.result, region: shown.region?.id, lead: shown.coalition, seating: shown.seating }),
    [election, shown.result, shown.region, shown.coalition, shown.seating],
  );
  const partyHref = useCallback((id: string) => view.hrefFor({ page: 'party', partyId: id }), [view]);
  const ridingHref = useCallback((id: string) => view.hrefFor({ page: 'riding', ridingId: id }), [view]);
  const onMap = now.route.page === 'map';
  // A party with no seat: its page leads with its own figures, not the House's scoreboard over a greyed chart.
  const seatless = profile !== undefined && profile.seats === 0 && !showPrevious;
  const partyHeadline = profile && (
    <Suspense fallback={null}>
      <PartyHeadline election={election} party={profile.party} coalitionHref={coalitionHref} takeFocus={takeFocus} />
    </Suspense>
  );
  const title = viewTitle(i18n, election, profile, riding, shown.route.page === 'map');
  useDocumentTitle(title);
  return (
    <>
      <header className="page-header">
        <SettingsBar view={view} />
        {/* A party's or a riding's page is about it: its name is the headline, the election what it is part of. */}
        <p className="eyebrow">
          {/* A no-break space before the dot: a narrow screen breaks the line after it, not before. */}
          {profile || riding ? electionName : f.text(election.legislature)}
          {election.date && (
            <>
              {'\u00a0· '}
              <time dateTime={election.date}>{f.date(election.date)}</time>
            </>
          )}
        </p>
        {riding ? (
          // A riding's page leads with the riding and its own result, not the House's. Reached from the page (a
          // seat, the search), its name takes the focus; its sentence's line is kept until its chunk is here.
          <>
            <h1 id="riding-title" tabIndex={-1} ref={ridingTitle}>
              {f.text(riding.name)}
            </h1>
            <Suspense fallback={<p className="result-summary" />}>
              <RidingSummary election={election} riding={riding} partyHref={partyHref} />
            </Suspense>
          </>
        ) : (
          <>
            <h1>{profile ? f.text(profile.party.name) : electionName}</h1>
            <ResultSummaryLine election={election} previous={showPrevious && election.previous !== undefined} party={profile} />
          </>
        )}
        {/* Search finds ridings: a file of seats only has none. Until its chunk is here (it comes with the data),
            the box as it will be, so nothing moves. */}
        {hasRidings(election) && (
          <Suspense
            fallback={
              <div className="riding-search">
                <label htmlFor="riding-search-waiting">{t.riding.search}</label>
                <input id="riding-search-waiting" type="search" placeholder={t.riding.searchHint} readOnly />
              </div>
            }
          >
            <RidingSearch election={election} onChoose={openRiding} />
          </Suspense>
        )}
        {/* A riding's page leads with the riding: a shared riding link is opened for that riding. */}
        {!riding && !seatless && (
          <Scoreboard
            board={board}
            previousName={election.previous ? f.text(election.previous.name) : undefined}
            regionName={province ? f.text(province.region.name) : undefined}
            current={shown.party?.id}
            hrefFor={partyHref}
          />
        )}
        {/* A night in progress: what solid, pale and empty seats mean, read before the chart. Its line is kept
            until its chunk is here, so the chart does not move. */}
        {isCounting(election) && (
          <Suspense fallback={<ul className="status-key" />}>
            <StatusKey election={election} />
          </Suspense>
        )}
      </header>
      {/* A seatless party's figures lead across the page, over a chart that has none of its seats. */}
      <main className={profile && !seatless ? 'with-aside' : undefined}>
        {(profile || riding) && (
          <AppLink href={home} className="back-link">
            ← {t.backToOverview}
          </AppLink>
        )}
        <NotFoundNotice unknown={shown.unknown} homeHref={home} shownHref={view.hrefWith(shownParams(shown))} />
        {seatless && partyHeadline}
        {riding && (
          <Suspense fallback={null}>
            <RidingPanel election={election} riding={riding} electionId={shown.electionId} />
          </Suspense>
        )}
        {onMap ? (
          // Its box until its chunk is here, so nothing below moves when it is drawn.
          <Suspense fallback={<section className="panel map-panel map-waiting" />}>
            <MapPage election={election} now={now} view={shown} title={title} onOpenRiding={openRiding} />
          </Suspense>
        ) : (
          <HemicyclePanel election={election} now={now} view={shown} title={title} onOpenRiding={openRiding} />
        )}
        {/* After the chart: beside it on a wide screen, just under it on a phone, so choosing a party keeps the chart in view. */}
        {!seatless && partyHeadline}
        {belowChart && (
          <Suspense fallback={null}>
            <BelowChart election={election} now={now} view={shown} province={province} ridingHref={ridingHref} onOpenRiding={openRiding} />
          </Suspense>
        )}
      </main>
      {belowChart && (
        <Suspense fallback={null}>
          <SourcesFooter election={election} />
        </Suspense>
      )}
    </>
  );
});

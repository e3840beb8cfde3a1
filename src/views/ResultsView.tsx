/** An election for one URL: the overview, or a party's view on top of it. */
import { useMemo } from 'react';
import { partyProfile } from '../core/partyProfile.ts';
import { partyResults } from '../core/partyResults.ts';
import { seatsByRegion } from '../core/seatsByRegion.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { View } from '../url/useView.ts';
import { NotFoundPanel } from './NotFoundPanel.tsx';
import { PartyBreakdowns } from './PartyBreakdowns.tsx';
import { PartyLegend } from './PartyLegend.tsx';
import { PartyHeadline, PartyWins } from './PartyPanel.tsx';
import { RaceToMajority } from './RaceToMajority.tsx';
import { ResultSummaryLine } from './ResultSummaryLine.tsx';
import { SeatChart } from './SeatChart.tsx';
import { SeatTable } from './SeatTable.tsx';
import { SettingsBar } from './SettingsBar.tsx';
import { ShareBar } from './ShareBar.tsx';
import { SourcesFooter } from './SourcesFooter.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';

export function ResultsView({ election, view }: { election: Election; view: View }) {
  const { t, f } = useI18n();
  const results = useMemo(() => partyResults(election), [election]);
  const regions = useMemo(() => seatsByRegion(election), [election]);
  const partyId = view.route.page === 'party' ? view.route.partyId : undefined;
  const profile = useMemo(() => (partyId ? partyProfile(election, partyId) : undefined), [election, partyId]);
  const home = view.hrefFor({ page: 'overview' });
  const electionName = f.text(election.name);
  useDocumentTitle(
    profile
      ? t.partyPageTitle(f, { party: f.text(profile.party.shortName), seats: profile.result.seats, election: electionName })
      : t.pageTitle(electionName),
  );
  return (
    <>
      <header className="page-header">
        <SettingsBar view={view} />
        <p className="eyebrow">
          {f.text(election.legislature)} · <time dateTime={election.date}>{f.date(election.date)}</time>
        </p>
        <h1>{electionName}</h1>
        <ResultSummaryLine election={election} />
      </header>
      <main>
        {view.route.page === 'not-found' && <NotFoundPanel homeHref={home} />}
        {partyId && !profile && <NotFoundPanel partyId={partyId} homeHref={home} />}
        {profile && <PartyHeadline election={election} profile={profile} />}
        <section className="panel hemicycle-panel" aria-label={t.seatChartTitle}>
          <SeatChart election={election} highlight={profile?.party.id} />
          <PartyLegend
            parties={election.parties}
            current={profile?.party.id}
            overviewHref={home}
            hrefFor={(id) => view.hrefFor({ page: 'party', partyId: id })}
          />
          <SeatTable election={election} />
          <ShareBar
            embedHref={view.embedHrefFor(profile ? { page: 'party', partyId: profile.party.id } : { page: 'overview' })}
            fileName={profile ? `${election.id}-${profile.party.id}` : election.id}
            title={t.share.embedTitle(profile ? `${f.text(profile.party.shortName)} · ${electionName}` : electionName)}
          />
        </section>
        {profile && <PartyWins election={election} profile={profile} />}
        <RaceToMajority results={results} totalSeats={election.totalSeats} />
        <PartyBreakdowns election={election} results={results} regions={regions} />
      </main>
      <SourcesFooter election={election} />
    </>
  );
}

/** An election for one URL: the overview, or a party's or a riding's view on top of it. */
import { useMemo } from 'react';
import { partyProfile } from '../core/partyProfile.ts';
import { partyResults } from '../core/partyResults.ts';
import { ridingResult } from '../core/ridingResult.ts';
import { seatsByRegion } from '../core/seatsByRegion.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { View } from '../url/useView.ts';
import { CloseRaces } from './CloseRaces.tsx';
import { NotFoundPanel } from './NotFoundPanel.tsx';
import { PartyBreakdowns } from './PartyBreakdowns.tsx';
import { PartyLegend } from './PartyLegend.tsx';
import { PartyHeadline, PartyWins } from './PartyPanel.tsx';
import { RaceToMajority } from './RaceToMajority.tsx';
import { ResultSummaryLine } from './ResultSummaryLine.tsx';
import { RidingPanel } from './RidingPanel.tsx';
import { RidingSearch } from './RidingSearch.tsx';
import { SeatChart } from './SeatChart.tsx';
import { SeatTable } from './SeatTable.tsx';
import { SettingsBar } from './SettingsBar.tsx';
import { ShareBar } from './ShareBar.tsx';
import { SourcesFooter } from './SourcesFooter.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { viewTitle } from './viewTitle.ts';

export function ResultsView({ election, view }: { election: Election; view: View }) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const { route } = view;
  const results = useMemo(() => partyResults(election), [election]);
  const regions = useMemo(() => seatsByRegion(election), [election]);
  const partyId = route.page === 'party' ? route.partyId : undefined;
  const ridingId = route.page === 'riding' ? route.ridingId : undefined;
  const profile = useMemo(() => (partyId ? partyProfile(election, partyId) : undefined), [election, partyId]);
  const riding = useMemo(() => {
    const found = ridingId ? election.ridings.find((r) => r.id === ridingId) : undefined;
    return found ? ridingResult(found) : undefined;
  }, [election, ridingId]);
  const home = view.hrefFor({ page: 'overview' });
  const electionName = f.text(election.name);
  const current = profile
    ? { page: 'party' as const, partyId: profile.party.id }
    : riding
      ? { page: 'riding' as const, ridingId: riding.riding.id }
      : { page: 'overview' as const };
  const title = viewTitle(i18n, election, profile, riding);
  useDocumentTitle(title);
  return (
    <>
      <header className="page-header">
        <SettingsBar view={view} />
        <p className="eyebrow">
          {f.text(election.legislature)} · <time dateTime={election.date}>{f.date(election.date)}</time>
        </p>
        <h1>{electionName}</h1>
        <ResultSummaryLine election={election} />
        <RidingSearch election={election} onChoose={(id) => view.navigate({ page: 'riding', ridingId: id })} />
      </header>
      <main>
        {route.page === 'not-found' && <NotFoundPanel homeHref={home} />}
        {partyId && !profile && <NotFoundPanel partyId={partyId} homeHref={home} />}
        {ridingId && !riding && <NotFoundPanel message={t.riding.unknown(ridingId)} homeHref={home} />}
        {profile && <PartyHeadline election={election} profile={profile} />}
        {riding && <RidingPanel election={election} result={riding} view={view} />}
        <section className="panel hemicycle-panel" aria-label={t.seatChartTitle}>
          <SeatChart
            election={election}
            party={profile?.party.id}
            riding={riding?.riding.id}
            onOpenRiding={(id) => view.navigate({ page: 'riding', ridingId: id })}
          />
          <PartyLegend
            parties={election.parties}
            current={profile?.party.id}
            overviewHref={home}
            hrefFor={(id) => view.hrefFor({ page: 'party', partyId: id })}
          />
          <SeatTable election={election} />
          <ShareBar
            embedHref={view.embedHrefFor(current)}
            fileName={[election.id, profile?.party.id, riding?.riding.id].filter(Boolean).join('-')}
            title={t.share.embedTitle(title)}
          />
        </section>
        {profile && <PartyWins election={election} profile={profile} />}
        <RaceToMajority results={results} totalSeats={election.totalSeats} />
        <PartyBreakdowns election={election} results={results} regions={regions} />
        <CloseRaces election={election} hrefFor={(id) => view.hrefFor({ page: 'riding', ridingId: id })} />
      </main>
      <SourcesFooter election={election} />
    </>
  );
}

/** The overview of an election: summary, hemicycle, race to a majority and party breakdowns. */
import { useMemo } from 'react';
import { partyResults } from '../core/partyResults.ts';
import { seatsByRegion } from '../core/seatsByRegion.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { View } from '../url/useView.ts';
import { PartyBreakdowns } from './PartyBreakdowns.tsx';
import { PartyLegend } from './PartyLegend.tsx';
import { RaceToMajority } from './RaceToMajority.tsx';
import { ResultSummaryLine } from './ResultSummaryLine.tsx';
import { SeatChart } from './SeatChart.tsx';
import { SourcesFooter } from './SourcesFooter.tsx';
import { UnknownPartyPanel } from './UnknownPartyPanel.tsx';

export function ResultsView({ election, view }: { election: Election; view: View }) {
  const { f } = useI18n();
  const results = useMemo(() => partyResults(election), [election]);
  const regions = useMemo(() => seatsByRegion(election), [election]);
  const partyId = view.route.page === 'party' ? view.route.partyId : undefined;
  const known = partyId === undefined || election.parties.some((p) => p.id === partyId);
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          {f.text(election.legislature)} · <time dateTime={election.date}>{f.date(election.date)}</time>
        </p>
        <h1>{f.text(election.name)}</h1>
        <ResultSummaryLine election={election} />
      </header>
      <main>
        {!known && <UnknownPartyPanel partyId={partyId ?? ''} homeHref={view.hrefFor({ page: 'overview' })} />}
        <section className="panel hemicycle-panel">
          <SeatChart election={election} highlight={known ? partyId : undefined} />
          <PartyLegend parties={election.parties} current={partyId} hrefFor={(id) => view.hrefFor({ page: 'party', partyId: id })} />
        </section>
        <RaceToMajority results={results} totalSeats={election.totalSeats} />
        <PartyBreakdowns election={election} results={results} regions={regions} />
      </main>
      <SourcesFooter election={election} />
    </>
  );
}

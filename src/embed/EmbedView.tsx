/**
 * What an iframe shows: a title and the sentence of the result, the hemicycle
 * with the majority line, the legend, and a footer with the source, the date
 * and the credit. `?plain=1` leaves out the title and the footer, for a host
 * that writes its own.
 */
import { memo, Suspense, useMemo } from 'react';
import type { Election } from '../data/electionSchema.ts';
import { sourceLine } from '../features/share/sourceLine.ts';
import { useI18n, useWords } from '../i18n/I18nContext.tsx';
import { EMBED_WORDS } from '../i18n/words/embed.ts';
import type { View } from '../url/useView.ts';
import { NotFoundNotice } from '../features/problems/NotFoundNotice.tsx';
import { PartyLegend } from '../features/hemicycle/PartyLegend.tsx';
import { ResultSummaryLine } from '../shared/ResultSummaryLine.tsx';
import { shownParams } from '../shared/resolveView.ts';
import { pageViewOf } from '../shared/pageView.ts';
import { SeatChart } from '../features/hemicycle/SeatChart.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useViewLegend } from '../shared/viewLegend.ts';
import { lazyNamed } from '../shared/lazyNamed.ts';
import { MajorityAfter } from '../shared/MajorityAfter.tsx';
import { isCounting, seatsCounted } from '../data/ridingStatus.ts';

// `/embed/map`: the riding map in place of the hemicycle, fetched only by a frame that shows it.
const MapPanel = lazyNamed(() => import('../features/map/MapPanel.tsx'), 'MapPanel');
// A night in progress: what the seats' looks mean. Fetched only by a frame whose election is still counting.
const StatusKey = lazyNamed(() => import('../features/live/StatusKey.tsx'), 'StatusKey');

export const EmbedView = memo(function EmbedView({ election, view }: { election: Election; view: View }) {
  const i18n = useI18n();
  const embedWords = useWords(EMBED_WORDS);
  const { t, f } = i18n;
  const shown = useMemo(() => pageViewOf(election, view), [election, view]);
  const { party } = shown;
  const legend = useViewLegend(election, shown);
  const overview = view.embedHrefFor({ page: 'overview' });
  // While counting, its seats are won or led: said so, as the party's page title says it.
  const heading = party
    ? `${f.text(party.name)}\u00a0· ${t.partySeats(f, { seats: seatsCounted(party), counting: isCounting(election) })}`
    : f.text(election.name);
  // The built page's title is English; the frame's title follows its language (screen readers announce it).
  useDocumentTitle(heading);
  // A chart made in the builder leads back to it (its link keeps the chart), and says what it is.
  const made = election.origin === 'builder';
  // The same view in the app: the builder's embed (`/embed/make`) leads back to the builder, with its chart.
  const fullView = view.hrefFor(shown.route);
  const openRiding = (id: string) => view.navigate({ page: 'riding', ridingId: id });
  const ridingHref = (id: string) => view.embedHrefFor({ page: 'riding', ridingId: id });
  return (
    <>
      {!view.plain && (
        <div className="embed-header">
          <h1 className="embed-title">
            {heading}
            <MajorityAfter election={election} />
          </h1>
          <ResultSummaryLine election={election} />
        </div>
      )}
      <NotFoundNotice unknown={shown.unknown} homeHref={overview} shownHref={view.hrefWith(shownParams(shown))} />
      {shown.route.page === 'map' ? (
        <Suspense fallback={<section className="panel map-panel map-waiting" />}>
          <MapPanel election={election} view={shown} onOpenRiding={openRiding} ridingHref={ridingHref} withInsets={false} />
        </Suspense>
      ) : (
        // Benches' code comes in a chunk of its own, the first time a link asks for them.
        <Suspense fallback={<div className="hemicycle" />}>
          <SeatChart election={election} view={shown} onOpenRiding={openRiding} ridingHref={ridingHref} />
        </Suspense>
      )}
      <PartyLegend
        legend={legend}
        current={party?.id}
        overviewHref={overview}
        hrefFor={(id) => view.embedHrefFor({ page: 'party', partyId: id })}
      />
      {isCounting(election) && (
        <Suspense fallback={null}>
          <StatusKey election={election} />
        </Suspense>
      )}
      {!view.plain && election.notes && <p className="embed-notes">{f.text(election.notes)}</p>}
      {!view.plain && (
        <footer className="embed-footer">
          <span className="embed-source">{sourceLine(i18n, election)}</span>
          <a className="embed-credit" href={fullView} target="_blank" rel="noopener">
            {made ? `${embedWords.made} · ${embedWords.edit}` : embedWords.credit(f.text(election.name))}
          </a>
        </footer>
      )}
    </>
  );
});

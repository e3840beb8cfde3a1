/**
 * The builder's preview: the real chart of what is typed, as its embed and pictures show it (headline with the
 * majority, the sentence of the result, seats with their labels and majority line, legend, notes and the
 * source line), drawn by the components every page draws with.
 */
import { Suspense, useMemo } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { pageViewOf, type PageView } from '../../shared/pageView.ts';
import { useViewLegend } from '../../shared/viewLegend.ts';
import { MajorityAfter } from '../../shared/MajorityAfter.tsx';
import type { View } from '../../url/useView.ts';
import { PartyLegend } from '../hemicycle/PartyLegend.tsx';
import { SeatChart } from '../hemicycle/SeatChart.tsx';
import { ResultSummaryLine } from '../../shared/ResultSummaryLine.tsx';
import { sourceLine } from '../share/sourceLine.ts';

interface MadePreviewProps {
  /** The chart drawn: as typed, or the last that read (stale). */
  election: Election;
  stale: boolean;
  view: View;
}

export function useMadeView(election: Election | undefined, view: View): PageView | undefined {
  return useMemo(() => election && pageViewOf(election, view), [election, view]);
}

export function MadePreview({ election, stale, view }: MadePreviewProps) {
  const i18n = useI18n();
  const { f } = i18n;
  const words = useWords(MAKE_WORDS);
  const shown = useMadeView(election, view)!;
  const legend = useViewLegend(election, shown);
  return (
    <section className={`panel made-preview${stale ? ' made-stale' : ''}`} aria-labelledby="made-title" data-stale={stale || undefined}>
      {stale && <p className="made-stale-note">{words.previewStale}</p>}
      <h2 id="made-title" className="made-title">
        {f.text(election.name)}
        <MajorityAfter election={election} />
      </h2>
      <ResultSummaryLine election={election} />
      <Suspense fallback={<div className="hemicycle" />}>
        <SeatChart election={election} view={shown} />
      </Suspense>
      <PartyLegend
        legend={legend}
        overviewHref={view.hrefFor({ page: 'make' })}
        hrefFor={(id) => view.hrefFor({ page: 'party', partyId: id })}
      />
      {election.notes && <p className="made-notes">{f.text(election.notes)}</p>}
      <p className="made-source muted">{sourceLine(i18n, election)}</p>
    </section>
  );
}

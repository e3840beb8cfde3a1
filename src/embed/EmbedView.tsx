/** What an iframe shows: title, hemicycle with the majority line, legend, and the credit. */
import { memo, useMemo } from 'react';
import { majorityThreshold } from '../core/majority.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { View } from '../url/useView.ts';
import { NotFoundPanels } from '../views/NotFoundPanel.tsx';
import { PartyLegend } from '../views/PartyLegend.tsx';
import { resolveView } from '../views/resolveView.ts';
import { SeatChart } from '../views/SeatChart.tsx';
import { useDocumentTitle } from '../views/useDocumentTitle.ts';
import { useLegendCounts } from '../views/useLegendCounts.ts';

export const EmbedView = memo(function EmbedView({ election, view }: { election: Election; view: View }) {
  const { t, f } = useI18n();
  const shown = useMemo(() => resolveView(election, view.route, view.params), [election, view.route, view.params]);
  const { party } = shown;
  const legend = useLegendCounts(election, shown);
  const overview = view.embedHrefFor({ page: 'overview' });
  const heading = party ? `${f.text(party.name)} · ${t.seats(f, party.seats)}` : f.text(election.name);
  // The built page's title is English; the frame's title follows its language (screen readers announce it).
  useDocumentTitle(heading);
  const fullView = view.hrefFor(party ? { page: 'party', partyId: party.id } : { page: 'overview' });
  return (
    <>
      <h1 className="embed-title">
        {heading}
        <span className="embed-majority"> · {t.majorityLabel(f, majorityThreshold(election.totalSeats))}</span>
      </h1>
      <NotFoundPanels unknown={shown.unknown} homeHref={overview} withoutRegionHref={view.hrefWith({ province: undefined })} />
      <SeatChart
        election={election}
        view={shown}
        onOpenRiding={(id) => view.navigate({ page: 'riding', ridingId: id })}
        ridingHref={(id) => view.embedHrefFor({ page: 'riding', ridingId: id })}
      />
      <PartyLegend
        parties={legend.parties}
        current={party?.id}
        overviewHref={overview}
        hrefFor={(id) => view.embedHrefFor({ page: 'party', partyId: id })}
        seats={legend.seats}
        caption={legend.caption}
      />
      <p className="embed-credit">
        <a href={fullView} target="_blank" rel="noopener">
          {t.embedCredit(f.text(election.name))}
        </a>
      </p>
    </>
  );
});

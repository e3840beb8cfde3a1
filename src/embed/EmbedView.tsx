/** What an iframe shows: title, hemicycle with the majority line, legend, and the credit. */
import { memo } from 'react';
import { majorityThreshold } from '../core/majority.ts';
import { hasPreviousSeats } from '../core/seatPlan.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { View } from '../url/useView.ts';
import { NotFoundPanel } from '../views/NotFoundPanel.tsx';
import { PartyLegend } from '../views/PartyLegend.tsx';
import { SeatChart } from '../views/SeatChart.tsx';
import { useDocumentTitle } from '../views/useDocumentTitle.ts';
import { useLegendCounts } from '../views/useLegendCounts.ts';

export const EmbedView = memo(function EmbedView({ election, view }: { election: Election; view: View }) {
  const { t, f } = useI18n();
  const partyId = view.route.page === 'party' ? view.route.partyId : undefined;
  const party = election.parties.find((p) => p.id === partyId);
  const ridingId = view.route.page === 'riding' ? view.route.ridingId : undefined;
  const province = view.params.province;
  const shown = hasPreviousSeats(election) ? view.params.seats : 'current';
  const legend = useLegendCounts(election, { ...view.params, seats: shown });
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
      {(view.route.page === 'not-found' || (partyId && !party)) && <NotFoundPanel partyId={partyId} homeHref={overview} />}
      {ridingId && !election.ridings.some((r) => r.id === ridingId) && (
        <NotFoundPanel message={t.riding.unknown(ridingId)} homeHref={overview} />
      )}
      {province && !legend.region && (
        <NotFoundPanel message={t.explore.unknownRegion(province)} homeHref={view.hrefWith({ province: undefined })} />
      )}
      <SeatChart
        election={election}
        party={party?.id}
        riding={ridingId}
        region={province}
        coalition={view.params.coalition}
        shown={shown}
        ordering={view.params.order}
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

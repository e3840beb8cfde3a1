/** The hemicycle of an election, with the seat detail card. */
import { Suspense, useCallback, useMemo } from 'react';
import { Hemicycle } from '../../charts/Hemicycle.tsx';
import { majorityLine, majorityThreshold } from '../../core/majority.ts';
import { seatHighlight } from '../../core/seatHighlight.ts';
import { buildSeatPlan, UNREPORTED, type PlanSeat } from '../../core/seatPlan.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { LabelPart } from '../../core/labelText.ts';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { prefetchSeatDetail, SeatDetail } from '../riding/LazySeatDetail.ts';
import { seatLabeler } from './seatLabeler.ts';
import { useChangedRidings } from '../live/useChangedRidings.ts';
import { lookupOf } from '../../core/electionLookup.ts';

interface SeatChartProps {
  election: Election;
  /**
   * What the page shows (resolveView): the party, riding or province kept bright (a riding is also ringed),
   * the coalition seated first, which result and changes, and the seating order.
   */
  view: ResolvedView;
  /** Opens a riding (Enter or click on its seat). */
  onOpenRiding?: ((ridingId: string) => void) | undefined;
  /** The link to a riding's page, offered in a card pinned open by a tap. */
  ridingHref?: ((ridingId: string) => string) | undefined;
}

export function SeatChart({ election, view, onOpenRiding, ridingHref }: SeatChartProps) {
  const { seats: shown, result, coalition: lead, ordering } = view;
  const party = view.party?.id;
  const riding = view.riding?.id;
  const region = view.region?.id;
  const i18n = useI18n();
  const { t, f } = i18n;
  const plain = useMemo(() => buildSeatPlan(election), [election]);
  const seats = useMemo(
    () =>
      result === 'current' && lead.length === 0 && ordering === 'result' ? plain : buildSeatPlan(election, { result, lead, ordering }),
    [plain, election, result, lead, ordering],
  );
  // Seats keep the document order of the plain result, so that moving between results animates.
  const documentOrder = useMemo(() => {
    const order = new Map(plain.map((s) => [s.riding ?? s.index, s.index]));
    return (seat: PlanSeat) => order.get(seat.riding ?? seat.index) ?? seat.index;
  }, [plain]);
  const updated = useChangedRidings(election);
  const threshold = majorityThreshold(election.totalSeats);
  const lookups = lookupOf(election);
  const highlight = useMemo(
    () => seatHighlight({ party, riding, region, coalition: lead }, lookups),
    [party, riding, region, lead, lookups],
  );
  const marked = riding === undefined ? undefined : seats.find((s) => s.riding === riding)?.index;
  const onActivate = useCallback((seat: PlanSeat) => seat.riding && onOpenRiding?.(seat.riding), [onOpenRiding]);
  const majority = useMemo(
    () => ({ line: majorityLine(seats, threshold), figure: f.count(threshold), caption: region ? t.majorityNational : t.majorityShort }),
    [seats, threshold, f, t, region],
  );

  const seatLabel = useMemo(() => seatLabeler(i18n, election, result, shown), [i18n, election, result, shown]);
  const renderDetail = useCallback(
    (seat: PlanSeat, close?: () => void) => {
      const riding = seat.riding ? lookups.ridings.get(seat.riding) : undefined;
      if (!riding) return null;
      return (
        <Suspense fallback={null}>
          <SeatDetail election={election} riding={riding} href={close && ridingHref?.(riding.id)} onClose={close} />
        </Suspense>
      );
    },
    [lookups, election, ridingHref],
  );

  const seatCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const seat of seats) counts.set(seat.party, (counts.get(seat.party) ?? 0) + 1);
    return counts;
  }, [seats]);
  // "Liberal 169"; neighbours gathered: "Bloc 22 · NDP 7"; a coalition: "Liberal + NDP 176 seats: a majority".
  const wedgeLabel = useCallback(
    (ids: readonly string[], n: number): LabelPart[] => {
      const name = (id: string) => (id === UNREPORTED ? t.noResult : f.text(lookups.partyName(id)));
      if (lead.length > 0 && ids.every((id) => lead.includes(id))) {
        return [
          { text: `${ids.map(name).join(' + ')} ` },
          { text: t.coalitionBlock(f, { seats: n, short: Math.max(0, threshold - n) }), strong: true },
        ];
      }
      return ids.flatMap((id, i) => [
        { text: `${i > 0 ? ' · ' : ''}${name(id)}\u00a0` },
        { text: f.count(seatCounts.get(id) ?? 0), strong: true },
      ]);
    },
    [f, t, lookups, lead, threshold, seatCounts],
  );
  const description = t.seatChartDescription(f, {
    // The counts were taken left to right along the seats: their order is the chart's.
    parties: [...seatCounts]
      .map(([id, seats]) => t.partySeatsShort(f, { party: id === UNREPORTED ? t.noResult : f.text(lookups.partyName(id)), seats }))
      .join(', '),
    threshold,
  });
  return (
    // What is shown, as resolved from the URL: tests hold it to what the link asked, or to a message saying why not.
    <div
      className="seat-chart"
      data-result={result}
      data-shown-seats={view.seats}
      data-shown-order={view.ordering}
      data-shown-province={view.region?.id}
      data-shown-coalition={view.coalition.join(',') || undefined}
    >
      <Hemicycle
        seats={seats}
        colors={lookups.colors}
        majority={majority}
        wedgeLabel={wedgeLabel}
        lead={lead}
        highlight={highlight}
        marked={marked}
        onActivate={onActivate}
        flipMarks={shown !== 'current'}
        updated={updated}
        documentOrder={documentOrder}
        seatLabel={seatLabel}
        renderDetail={renderDetail}
        onPointerEnter={prefetchSeatDetail}
        onFocus={prefetchSeatDetail}
        title={result === 'previous' && election.previous ? `${t.seatChartTitle} · ${f.text(election.previous.name)}` : t.seatChartTitle}
        description={description}
      />
    </div>
  );
}

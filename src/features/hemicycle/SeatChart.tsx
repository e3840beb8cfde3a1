/** The hemicycle of an election, with the seat detail card. */
import { Suspense, useCallback } from 'react';
import { Hemicycle } from '../../charts/Hemicycle.tsx';
import { UNREPORTED, type PlanSeat } from '../../core/picture/seatPlan.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { prefetchSeatDetail, SeatDetail } from '../riding/LazySeatDetail.ts';
import { useHemicycleModel } from './useHemicycleModel.ts';
import { useChangedRidings } from '../live/useChangedRidings.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';

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
  const { model, highlight, marked } = useHemicycleModel(election, view);
  const updated = useChangedRidings(election);
  const onActivate = useCallback((seat: PlanSeat) => seat.riding && onOpenRiding?.(seat.riding), [onOpenRiding]);
  const renderDetail = useCallback(
    (seat: PlanSeat, close?: () => void) => {
      const riding = seat.riding ? lookupOf(election).ridings.get(seat.riding) : undefined;
      // A seat without a riding (an election given by party only) has its party's card, or the vacant seat's.
      if (!riding && seat.party === UNREPORTED) return null;
      return (
        <Suspense fallback={null}>
          <SeatDetail
            election={election}
            riding={riding}
            seat={{ party: seat.party, seats: model.seats.filter((s) => s.party === seat.party).length }}
            href={riding && close && ridingHref?.(riding.id)}
            onClose={close}
          />
        </Suspense>
      );
    },
    [election, ridingHref, model.seats],
  );
  return (
    // What is shown, as resolved from the URL: tests hold it to what the link asked, or to a message saying why not.
    <div
      className="seat-chart"
      data-result={view.result}
      data-shown-seats={view.seats}
      data-shown-order={view.ordering}
      data-shown-province={view.region?.id}
      data-shown-coalition={view.coalition.join(',') || undefined}
    >
      <Hemicycle
        model={model}
        highlight={highlight}
        marked={marked}
        onActivate={onActivate}
        updated={updated}
        renderDetail={renderDetail}
        onPointerEnter={prefetchSeatDetail}
        onFocus={prefetchSeatDetail}
      />
    </div>
  );
}

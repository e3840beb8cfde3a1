/** The hemicycle of an election, measured to its container, with the seat detail card. */
import { useCallback, useMemo } from 'react';
import { Hemicycle } from '../charts/Hemicycle.tsx';
import { useChartWidth } from '../charts/useChartWidth.ts';
import { majorityLine, majorityThreshold } from '../core/majority.ts';
import { buildSeatPlan, partiesInSeatOrder, type PlanSeat } from '../core/seatPlan.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { SeatDetail } from './SeatDetail.tsx';

interface SeatChartProps {
  election: Election;
  /** Party whose seats stay bright. */
  party?: string | undefined;
  /** Riding whose seat stays bright and ringed. */
  riding?: string | undefined;
  /** Opens a riding (Enter or click on its seat). */
  onOpenRiding?: ((ridingId: string) => void) | undefined;
}

export function SeatChart({ election, party, riding, onOpenRiding }: SeatChartProps) {
  const { t, f } = useI18n();
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const seats = useMemo(() => buildSeatPlan(election), [election]);
  const threshold = majorityThreshold(election.totalSeats);
  const lookups = useMemo(
    () => ({
      colors: new Map(election.parties.map((p) => [p.id, p.color])),
      parties: new Map(election.parties.map((p) => [p.id, p])),
      ridings: new Map(election.ridings.map((r) => [r.id, r])),
    }),
    [election],
  );
  const highlight = useMemo(() => {
    if (riding !== undefined) return (seat: PlanSeat) => seat.riding === riding;
    if (party !== undefined) return (seat: PlanSeat) => seat.party === party;
    return undefined;
  }, [party, riding]);
  const marked = riding === undefined ? undefined : seats.find((s) => s.riding === riding)?.index;
  const onActivate = useCallback((seat: PlanSeat) => seat.riding && onOpenRiding?.(seat.riding), [onOpenRiding]);
  const majority = useMemo(() => ({ line: majorityLine(seats, threshold), label: f.count(threshold) }), [seats, threshold, f]);

  const seatLabel = useCallback(
    (seat: PlanSeat) => {
      const party = lookups.parties.get(seat.party);
      const riding = seat.riding ? lookups.ridings.get(seat.riding) : undefined;
      const partyName = party ? f.text(party.shortName) : seat.party;
      return riding ? t.seatDetail.seatLabel(f, { riding: f.text(riding.name), party: partyName, margin: riding.margin }) : partyName;
    },
    [lookups, t, f],
  );
  const renderDetail = useCallback(
    (seat: PlanSeat) => {
      const riding = seat.riding ? lookups.ridings.get(seat.riding) : undefined;
      return riding ? <SeatDetail election={election} riding={riding} /> : null;
    },
    [lookups, election],
  );

  const description = t.seatChartDescription(f, {
    parties: partiesInSeatOrder(election.parties)
      .filter((p) => p.seats > 0)
      .map((p) => t.partySeatsShort(f, { party: f.text(p.shortName), seats: p.seats }))
      .join(', '),
    threshold,
  });
  return (
    <div ref={ref} className="seat-chart">
      <Hemicycle
        seats={seats}
        colors={lookups.colors}
        width={width}
        majority={majority}
        highlight={highlight}
        marked={marked}
        onActivate={onActivate}
        seatLabel={seatLabel}
        renderDetail={renderDetail}
        title={t.seatChartTitle}
        description={description}
      />
    </div>
  );
}

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
  highlight?: string | undefined;
}

export function SeatChart({ election, highlight }: SeatChartProps) {
  const { t, f } = useI18n();
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const seats = useMemo(() => buildSeatPlan(election), [election]);
  const threshold = majorityThreshold(election.totalSeats);
  const lookups = useMemo(
    () => ({
      colors: new Map(election.parties.map((p) => [p.id, p.color])),
      parties: new Map(election.parties.map((p) => [p.id, p])),
      ridings: new Map(election.ridings.map((r) => [r.id, r])),
      regions: new Map(election.regions.map((r) => [r.id, r])),
    }),
    [election],
  );
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
      if (!riding) return null;
      const region = lookups.regions.get(riding.region);
      return (
        <SeatDetail riding={riding} region={region ? f.text(region.name) : riding.region} party={lookups.parties.get(riding.winner)} />
      );
    },
    [lookups, f],
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
        seatLabel={seatLabel}
        renderDetail={renderDetail}
        title={t.seatChartTitle}
        description={description}
      />
    </div>
  );
}

/**
 * What a party legend shows for the chart beside it: the parties in the chart's seating order, each with the
 * seats its wedge holds (a picked province's, the previous result's, or its own, won and, on a night in
 * progress, led), and a caption naming the province. Said once for the app's legend, the embed's and the
 * pictures', so all agree with their charts.
 */
import { useMemo } from 'react';
import { legendSeats } from '../core/election/legendSeats.ts';
import type { Election, Party } from '../data/electionSchema.ts';
import { seatsCounted } from '../data/ridingStatus.ts';
import { useI18n, type I18n } from '../i18n/I18nContext.tsx';
import type { ResolvedView } from './resolveView.ts';

export interface ViewLegend {
  entries: readonly { party: Party; seats: number }[];
  /** What the seats count when they are not each party's total ("Seats in Quebec"). */
  caption: string | undefined;
  /** Seats with no member in the result drawn (a file's `vacant`): the empty seats the legend explains. */
  vacant: number;
}

type LegendView = Pick<ResolvedView, 'region' | 'result' | 'seating'>;

export function viewLegend({ t, f }: I18n, election: Election, { region, result, seating }: LegendView): ViewLegend {
  const seats = legendSeats(election, region?.id, result);
  return {
    entries: seating.parties.map((party) => ({ party, seats: seats ? (seats.get(party.id) ?? 0) : seatsCounted(party) })),
    caption: region && t.explore.legendRegion(f.text(region.name)),
    vacant: result === 'current' && !region ? (election.vacant ?? 0) : 0,
  };
}

export function useViewLegend(election: Election, { region, result, seating }: LegendView): ViewLegend {
  const i18n = useI18n();
  return useMemo(() => viewLegend(i18n, election, { region, result, seating }), [i18n, election, region, result, seating]);
}

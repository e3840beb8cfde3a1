/**
 * What a party legend shows for the chart beside it: the parties in the
 * chart's seating order, and a picked province's seats (with a caption naming
 * it), the previous result's, or each party's own.
 * Shared by the app and the embed, so both legends agree with their charts.
 */
import { useMemo } from 'react';
import { legendSeats } from '../../core/election/legendSeats.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { ResolvedView } from '../../shared/resolveView.ts';

export function useLegendCounts(election: Election, { region, result, seating }: ResolvedView) {
  const { t, f } = useI18n();
  const seats = useMemo(() => legendSeats(election, region?.id, result), [election, region, result]);
  return { seats, parties: seating.parties, caption: region && t.explore.legendRegion(f.text(region.name)) };
}

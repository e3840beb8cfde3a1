/**
 * What a party legend counts for the chart beside it: a picked province's
 * seats (and a caption naming it), the previous result's, or each party's own.
 * Shared by the app and the embed, so both legends agree with their charts.
 */
import { useMemo } from 'react';
import { legendSeats } from '../core/legendSeats.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { SeatsShown } from '../url/routes.ts';

export function useLegendCounts(election: Election, province: string | undefined, shown: SeatsShown) {
  const { t, f } = useI18n();
  const region = election.regions.find((r) => r.id === province);
  const result = shown === 'previous' ? 'previous' : 'current';
  const seats = useMemo(() => legendSeats(election, region?.id, result), [election, region, result]);
  return { region, seats, caption: region && t.explore.legendRegion(f.text(region.name)) };
}

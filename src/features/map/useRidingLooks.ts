/**
 * How each riding of the map looks for a view: coloured by the party the view shows (this election's winner,
 * or last time's with `?seats=previous`), outlined when it changed hands with `?seats=changes`, and kept
 * bright for the view's party, province or coalition as the hemicycle's seats are (core/seatHighlight).
 */
import { useCallback, useMemo } from 'react';
import { ridingStatus } from '../../data/ridingStatus.ts';
import { seatHighlight } from '../../core/picture/seatHighlight.ts';
import type { Election } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { seatLabeler } from '../hemicycle/seatLabeler.ts';
import type { RidingLook } from './RidingMap.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';

export function useRidingLooks(i18n: I18n, election: Election, shown: ResolvedView): (ridingId: string) => RidingLook {
  const lookups = lookupOf(election);
  const { party, riding, region, coalition, result, seats } = shown;
  const bright = useMemo(
    () => seatHighlight({ party: party?.id, riding: riding?.id, region: region?.id, coalition }, lookups),
    [party, riding, region, coalition, lookups],
  );
  const label = useMemo(() => seatLabeler(i18n, election, result, seats), [i18n, election, result, seats]);
  return useCallback(
    (id: string): RidingLook => {
      const r = lookups.ridings.get(id);
      const drawn = result === 'previous' ? r?.previousWinner : r?.winner;
      const flipped = r?.winner !== undefined && r.previousWinner !== undefined && r.previousWinner !== r.winner;
      const seat = { riding: id, party: drawn ?? '', flipped };
      return {
        party: drawn,
        color: (drawn && lookups.parties.get(drawn)?.color) || '#888',
        dimmed: bright !== undefined && !bright(seat),
        flipped: seats !== 'current' && flipped,
        label: r ? label(seat) : id,
        status: r && result !== 'previous' ? ridingStatus(r) : 'elected',
      };
    },
    [lookups, result, seats, bright, label],
  );
}

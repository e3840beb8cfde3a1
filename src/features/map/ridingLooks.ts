/**
 * How each riding of the map looks for a view: coloured by the party the view shows (this election's winner,
 * or last time's with `?seats=previous`), outlined when it changed hands with `?seats=changes`, and kept
 * bright for the view's party, province or coalition as the hemicycle's seats are (core/seatHighlight).
 * Pure: the map on the page and its picture take their looks from here.
 */
import { useMemo } from 'react';
import { ridingStatus } from '../../data/ridingStatus.ts';
import { seatHighlight } from '../../core/picture/seatHighlight.ts';
import type { Election, RidingStatus } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import type { Formatters } from '../../i18n/format.ts';
import type { ResolvedView } from '../../shared/resolveView.ts';
import { seatLabeler } from '../hemicycle/seatLabeler.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';

export interface RidingLook {
  /** The party the riding is drawn for (its winner, or its winner last time). */
  party: string | undefined;
  color: string;
  dimmed: boolean;
  /** Changed hands: outlined. */
  flipped: boolean;
  /** Where its count stands (a night in progress: `leading` pale, `none` blank). */
  status: RidingStatus;
  label: string;
}

type LookedView = Pick<ResolvedView, 'party' | 'riding' | 'region' | 'coalition' | 'result' | 'seats'>;

export function ridingLooks(i18n: I18n, election: Election, shown: LookedView): (ridingId: string) => RidingLook {
  const lookups = lookupOf(election);
  const { party, riding, region, coalition, result, seats } = shown;
  const bright = seatHighlight({ party: party?.id, riding: riding?.id, region: region?.id, coalition }, lookups);
  const label = seatLabeler(i18n, election, result, seats);
  return (id: string): RidingLook => {
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
  };
}

/** The looks of the view, worked out again only when what they depend on changes. */
export function useRidingLooks(i18n: I18n, election: Election, shown: LookedView): (ridingId: string) => RidingLook {
  const { party, riding, region, coalition, result, seats } = shown;
  return useMemo(
    () => ridingLooks(i18n, election, { party, riding, region, coalition, result, seats }),
    [i18n, election, party, riding, region, coalition, result, seats],
  );
}

/** Each province's short name by its code (a riding's first two digits), from the election's regions: the cartogram names its groups. */
export function provinceNamer(election: Election, f: Formatters): (province: string) => string | undefined {
  const names = new Map<string, string>();
  const { regions } = lookupOf(election);
  for (const r of election.ridings) {
    const region = regions.get(r.region);
    if (region && !names.has(r.id.slice(0, 2))) names.set(r.id.slice(0, 2), f.text(region.abbreviation));
  }
  return (province: string) => names.get(province);
}

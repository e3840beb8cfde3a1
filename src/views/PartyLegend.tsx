/** The parties in seating order with their seats; each links to its party view. */
import { memo } from 'react';
import { AppLink } from '../url/AppLink.tsx';
import { partiesInSeatOrder } from '../core/seatPlan.ts';
import type { Party } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface PartyLegendProps {
  parties: readonly Party[];
  hrefFor: (partyId: string) => string;
  overviewHref: string;
  current?: string | undefined;
  /** Seats to show per party when the chart shows another result than the parties' own (e.g. the previous one). */
  seats?: ReadonlyMap<string, number> | undefined;
}

export const PartyLegend = memo(function PartyLegend({ parties, hrefFor, overviewHref, current, seats }: PartyLegendProps) {
  const { t, f } = useI18n();
  return (
    <ul className="legend">
      {current && (
        <li>
          <AppLink href={overviewHref} className="legend-all">
            {t.party.back}
          </AppLink>
        </li>
      )}
      {partiesInSeatOrder(parties).map((p) => {
        const n = seats ? (seats.get(p.id) ?? 0) : p.seats;
        return (
          <li key={p.id}>
            <AppLink href={hrefFor(p.id)} aria-current={current === p.id ? 'page' : undefined} data-party={p.id}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              <span className="legend-name">{f.text(p.shortName)}</span>{' '}
              <span className="legend-seats">{n > 0 ? f.count(n) : t.noSeats}</span>
            </AppLink>
          </li>
        );
      })}
    </ul>
  );
});

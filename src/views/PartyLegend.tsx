/** The parties in seating order with their seats; each links to its party view. */
import { Link } from 'wouter';
import { partiesInSeatOrder } from '../core/seatPlan.ts';
import type { Party } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface PartyLegendProps {
  parties: readonly Party[];
  hrefFor: (partyId: string) => string;
  overviewHref: string;
  current?: string | undefined;
}

export function PartyLegend({ parties, hrefFor, overviewHref, current }: PartyLegendProps) {
  const { t, f } = useI18n();
  return (
    <ul className="legend">
      {current && (
        <li>
          <Link href={overviewHref} className="legend-all">
            {t.party.back}
          </Link>
        </li>
      )}
      {partiesInSeatOrder(parties).map((p) => (
        <li key={p.id}>
          <Link href={hrefFor(p.id)} aria-current={current === p.id ? 'page' : undefined} data-party={p.id}>
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
            <span className="legend-name">{f.text(p.shortName)}</span>{' '}
            <span className="legend-seats">{p.seats > 0 ? f.count(p.seats) : t.noSeats}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

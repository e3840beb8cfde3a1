/** The parties in the chart's seating order with their seats; each links to its party view. */
import { memo, useId } from 'react';
import { AppLink } from '../../url/AppLink.tsx';
import type { Party } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { Swatch } from '../../charts/Swatch.tsx';
import { seatsCounted } from '../../data/ridingStatus.ts';

interface PartyLegendProps {
  /** In the chart's seating order. */
  parties: readonly Party[];
  hrefFor: (partyId: string) => string;
  overviewHref: string;
  current?: string | undefined;
  /** Seats to show per party when the chart shows less or other than the parties' own totals (a region, the previous result). */
  seats?: ReadonlyMap<string, number> | undefined;
  /** Says what the seats count, when they are not the totals. */
  caption?: string | undefined;
}

export const PartyLegend = memo(function PartyLegend({ parties, hrefFor, overviewHref, current, seats, caption }: PartyLegendProps) {
  const { t, f } = useI18n();
  const captionId = useId();
  return (
    <>
      {caption && (
        <p id={captionId} className="legend-caption">
          {caption}
        </p>
      )}
      <ul className="legend" aria-labelledby={caption ? captionId : undefined}>
        {current && (
          <li>
            <AppLink href={overviewHref} className="legend-all">
              {t.allParties}
            </AppLink>
          </li>
        )}
        {parties.map((p) => {
          // Won and, on a night in progress, led: the seats its wedge holds.
          const n = seats ? (seats.get(p.id) ?? 0) : seatsCounted(p);
          return (
            <li key={p.id}>
              <AppLink href={hrefFor(p.id)} aria-current={current === p.id ? 'page' : undefined} data-party={p.id} data-seat-count={n}>
                <Swatch color={p.color} />
                <span className="legend-name">{f.text(p.shortName)}</span>{' '}
                <span className="legend-seats">{n > 0 ? f.count(n) : t.noSeats}</span>
              </AppLink>
            </li>
          );
        })}
      </ul>
    </>
  );
});

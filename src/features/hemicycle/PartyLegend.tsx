/** The parties in the chart's seating order with their seats (viewLegend); each links to its party view. */
import { memo, useId } from 'react';
import { AppLink } from '../../url/AppLink.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { Swatch } from '../../charts/Swatch.tsx';
import type { ViewLegend } from '../../shared/viewLegend.ts';

interface PartyLegendProps {
  /** The parties in the chart's seating order with their seats, and what the seats count (viewLegend). */
  legend: ViewLegend;
  hrefFor: (partyId: string) => string;
  overviewHref: string;
  current?: string | undefined;
}

export const PartyLegend = memo(function PartyLegend({ legend, hrefFor, overviewHref, current }: PartyLegendProps) {
  const { t, f } = useI18n();
  const captionId = useId();
  const { entries, caption, vacant } = legend;
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
        {entries.map(({ party: p, seats: n }) => {
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
        {/* No party's: the empty seats, explained, not a link. */}
        {vacant > 0 && (
          <li className="legend-vacant" data-seat-count={vacant}>
            <Swatch color={undefined} shape="ring" />
            <span className="legend-name">{t.vacant}</span> <span className="legend-seats">{f.count(vacant)}</span>
          </li>
        )}
      </ul>
    </>
  );
});

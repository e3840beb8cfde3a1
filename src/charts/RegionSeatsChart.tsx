/**
 * Seats by region: one stacked bar per province or territory, parties in
 * seating order. d3-shape's stack computes the segments; each bar is its
 * region's seats, whole, so a province of 4 seats or a territory of 1 reads as
 * well as Ontario's 122 (the total column gives the sizes).
 */
import { TableFrame } from './TableFrame.tsx';
import { linearScale } from '../core/picture/linearScale.ts';
import { stack } from 'd3-shape';
import type { RegionSeats } from '../core/election/seatsByRegion.ts';

interface RegionSeatsChartProps {
  caption: string;
  rows: readonly RegionSeats[];
  /** Parties in seating order: id, colour and accessible name. */
  parties: readonly { id: string; color: string; name: string }[];
  regionLabel: (row: RegionSeats) => { short: string; full: string };
  columns: { region: string; seats: string; total: string };
  /** Accessible text for one region, e.g. "Quebec: Liberal 44, Bloc 22 …". */
  describe: (row: RegionSeats) => string;
}

/** Narrowest segment, in % of the bar's cell, that gets a count of `digits` written on it: room for its figures. */
const labelMinWidth = (digits: number) => 2 + 6 * digits;

export function RegionSeatsChart({ caption, rows, parties, regionLabel, columns, describe }: RegionSeatsChartProps) {
  const layers = stack<RegionSeats>()
    .keys(parties.map((p) => p.id))
    .value((row, key) => row.byParty.get(key) ?? 0)(rows);
  return (
    <TableFrame
      className="bar-table region-table"
      caption={caption}
      head={
        <thead>
          <tr>
            <th scope="col">{columns.region}</th>
            <th scope="col">{columns.seats}</th>
            <th scope="col" className="num">
              {columns.total}
            </th>
          </tr>
        </thead>
      }
    >
      {rows.map((row, i) => {
        const label = regionLabel(row);
        const x = linearScale([0, Math.max(row.total, 1)], [0, 100]);
        return (
          <tr key={row.region.id} data-region={row.region.id}>
            <th scope="row">
              <abbr title={label.full}>{label.short}</abbr>
            </th>
            <td className="bar-cell">
              <svg width="100%" height="20" role="img" aria-label={describe(row)}>
                {layers.map((layer, j) => {
                  const [x0, x1] = layer[i] ?? [0, 0];
                  if (x1 <= x0) return null;
                  const width = x(x1) - x(x0);
                  // Counts written on wide enough segments, so the bar does not rely on colour alone. The party
                  // colour as `color`: the theme's shade of it fills the segment and picks the ink (hemicycle.css: .party-fill, .segment-label).
                  return (
                    <g key={layer.key} data-party={layer.key} color={parties[j]?.color ?? '#888888'}>
                      <rect className="party-fill" x={`${x(x0)}%`} width={`${width}%`} y="1" height="18" />
                      {width >= labelMinWidth(String(x1 - x0).length) && (
                        <text x={`${x(x0) + width / 2}%`} y="14" textAnchor="middle" className="segment-label">
                          {x1 - x0}
                        </text>
                      )}
                    </g>
                  );
                })}
              </svg>
            </td>
            <td className="num">{row.total}</td>
          </tr>
        );
      })}
    </TableFrame>
  );
}

/**
 * A table whose value column carries a bar: the figures stay text (readable,
 * selectable, announced by screen readers) and d3 scales the bars. Handles
 * signed values with a zero line for "change" tables.
 */
import { TableFrame } from './TableFrame.tsx';
import { extent } from 'd3-array';
import { linearScale } from '../core/picture/linearScale.ts';
import type { ReactNode } from 'react';

interface BarRow {
  id: string;
  label: ReactNode;
  value: number;
  /** The figure as shown, e.g. "43.8%". */
  display: string;
  /** Further columns after the bar, e.g. the vote count. */
  extra?: readonly string[];
  color: string;
}

interface BarTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly BarRow[];
  /** Upper end of the scale; defaults to the largest value. */
  max?: number;
  className?: string;
  /** What a row is, for its data attribute: `data-party` or `data-region`. */
  rowKind?: 'party' | 'region';
}

export function BarTable({ caption, columns, rows, max, className, rowKind = 'party' }: BarTableProps) {
  const [low = 0, high = 0] = extent(rows, (r) => r.value);
  const lo = Math.min(0, low);
  const hi = Math.max(0, max ?? high);
  const x = linearScale([lo, hi === lo ? lo + 1 : hi], [0, 100]);
  const zero = x(0);
  return (
    <TableFrame
      className={`bar-table ${className ?? ''}`}
      caption={caption}
      head={
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i === 0 ? undefined : 'num'} colSpan={i === 1 ? 2 : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
      }
    >
      {rows.map((row) => (
        <tr key={row.id} {...{ [`data-${rowKind}`]: row.id }}>
          <th scope="row">{row.label}</th>
          <td className="bar-cell" aria-hidden="true">
            <svg width="100%" height="14">
              {lo < 0 && <line className="zero-line" x1={`${zero}%`} x2={`${zero}%`} y1="0" y2="14" />}
              <rect
                x={`${Math.min(zero, x(row.value))}%`}
                width={`${Math.abs(x(row.value) - zero)}%`}
                y="2"
                height="10"
                className="party-fill"
                color={row.color}
              />
            </svg>
          </td>
          <td className="num" data-value={row.value}>
            {row.display}
          </td>
          {row.extra?.map((e, i) => (
            <td key={i} className="num">
              {e}
            </td>
          ))}
        </tr>
      ))}
    </TableFrame>
  );
}

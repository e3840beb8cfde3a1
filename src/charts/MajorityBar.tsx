/**
 * Race to a majority: the parties' seats stacked left to right, largest first,
 * with a marker where the majority threshold falls. Positions are percentages
 * from a linear scale (d3-array sums the stack), so the bar fills any width without measuring it.
 */
import { cumsum } from 'd3-array';
import { linearScale } from '../core/linearScale.ts';

export interface MajorityBarSegment {
  id: string;
  label: string;
  seats: number;
  color: string;
}

interface MajorityBarProps {
  segments: readonly MajorityBarSegment[];
  total: number;
  threshold: number;
  /** e.g. "172 seats for a majority". */
  thresholdLabel: string;
  /** Accessible summary of the bar. */
  description: string;
}

export function MajorityBar({ segments, total, threshold, thresholdLabel, description }: MajorityBarProps) {
  const x = linearScale([0, total], [0, 100]);
  const ends = cumsum(segments, (s) => s.seats);
  const at = x(threshold);
  return (
    <figure className="majority-bar" data-majority-bar="">
      <div className="majority-bar-label" style={{ left: `${at}%` }} data-side={at < 30 ? 'right' : at > 70 ? 'left' : 'center'}>
        {thresholdLabel}
      </div>
      <svg width="100%" height="40" role="img" aria-label={description}>
        {segments.map((s, i) => (
          <rect
            key={s.id}
            data-party={s.id}
            x={`${x((ends[i] ?? 0) - s.seats)}%`}
            width={`${x(s.seats)}%`}
            y="6"
            height="28"
            fill={s.color}
            className="majority-bar-segment"
          />
        ))}
        <line className="majority-bar-marker" x1={`${at}%`} x2={`${at}%`} y1="0" y2="40" />
      </svg>
      <ul className="majority-bar-keys">
        {segments
          .filter((s) => s.seats > 0)
          .map((s) => (
            <li key={s.id}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
      </ul>
    </figure>
  );
}

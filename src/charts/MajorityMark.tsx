/** The majority line across the hemicycle, with the seat count it stands for above it. */
import type { MajorityLine } from '../core/majority.ts';
import type { HemicycleFrame } from '../core/hemicycleFrame.ts';

export function MajorityMark({ line, label, frame }: { line: MajorityLine; label: string; frame: HemicycleFrame }) {
  return (
    <g className="majority-line" data-majority={label}>
      <line {...line} strokeWidth={1.5 * frame.unitsPerPx} />
      <text x={line.x2} y={line.y2 - frame.fontSize * 0.5} fontSize={frame.fontSize} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

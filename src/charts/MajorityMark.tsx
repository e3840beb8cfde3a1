/**
 * The majority line across the hemicycle (stepping around a column of seats
 * when the threshold splits it), and its label in the hollow of the arc:
 * the seats needed, large, and what they are, small. The line keeps its width
 * on screen (non-scaling stroke); the label is laid out for each class of
 * width (widthClasses), so it keeps its size too.
 */
import type { MajorityLine } from '../core/majority.ts';
import { unitsPerPxAt } from '../core/hemicycleFrame.ts';
import { WIDTH_CLASSES } from '../core/widthClasses.ts';

/** Label sizes in CSS pixels. */
const MAJORITY_FIGURE_PX = 20;
const MAJORITY_CAPTION_PX = 12;

interface MajorityMarkProps {
  line: MajorityLine;
  /** The seats needed, e.g. "172": also the `data-majority` contract. */
  figure: string;
  /** What they are, e.g. "for a majority". */
  caption: string;
}

export function MajorityMark({ line, figure, caption }: MajorityMarkProps) {
  return (
    <g className="majority-line" data-majority={figure}>
      <polyline points={line.points.map((p) => p.join(',')).join(' ')} strokeWidth={2} vectorEffect="non-scaling-stroke" fill="none" />
      {WIDTH_CLASSES.map(({ name, refPx }) => {
        const u = unitsPerPxAt(refPx);
        const captionY = -4 * u;
        return (
          <g key={name} data-width-class={name}>
            <text
              className="majority-figure"
              x={0}
              y={captionY - (MAJORITY_CAPTION_PX + 4) * u}
              fontSize={MAJORITY_FIGURE_PX * u}
              textAnchor="middle"
            >
              {figure}
            </text>
            <text className="majority-caption" x={0} y={captionY} fontSize={MAJORITY_CAPTION_PX * u} textAnchor="middle">
              {caption}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * The majority line across the hemicycle (the layout's boundary: straight, in
 * the gutter the layout leaves at the threshold), and its label in the hollow of the arc:
 * the seats needed, large, and what they are, small. The line keeps its width
 * on screen (non-scaling stroke); the label is laid out for each class of
 * width (core/hemicycleModel), so it keeps its size too.
 */
import type { HemicycleModel } from '../core/picture/hemicycleModel.ts';

export function MajorityMark({ majority, classes }: Pick<HemicycleModel, 'majority' | 'classes'>) {
  const { line, figure, caption } = majority;
  return (
    // The figure is also the `data-majority` contract.
    <g className="majority-line" data-majority={figure}>
      <polyline points={line.points.map((p) => p.join(',')).join(' ')} strokeWidth={2} vectorEffect="non-scaling-stroke" fill="none" />
      {classes.map((c) => (
        <g key={c.name} data-width-class={c.name}>
          <text className="majority-figure" x={c.figure.x} y={c.figure.y} fontSize={c.figure.fontSize} textAnchor="middle">
            {figure}
          </text>
          <text className="majority-caption" x={c.caption.x} y={c.caption.y} fontSize={c.caption.fontSize} textAnchor="middle">
            {caption}
          </text>
        </g>
      ))}
    </g>
  );
}

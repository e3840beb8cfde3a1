/** The wedge labels drawn on the hemicycle: "Liberal 169", the figure in bold. Placed by `core/wedgeLabels`. */
import { memo } from 'react';
import type { LabelPart } from '../core/picture/labelText.ts';
import type { WedgeLabel } from '../core/picture/wedgeLabels.ts';

interface WedgeLabelsProps {
  /** The class of width they are laid out for: CSS shows the one that fits. */
  widthClass: string;
  /** Placed labels with their text, already fitted to the chart (core/labelText). */
  labels: readonly (WedgeLabel & { parts: readonly LabelPart[] })[];
  /** Font size in frame units. */
  fontSize: number;
}

export const WedgeLabels = memo(function WedgeLabels({ widthClass, labels, fontSize }: WedgeLabelsProps) {
  return (
    <g className="wedge-labels" data-width-class={widthClass} fontSize={fontSize} aria-hidden="true">
      {labels.map((label) => (
        <text
          key={label.ids.join('+')}
          data-wedge-label={label.ids.join(' ')}
          x={label.x}
          // The box's top plus the ascent: the text sits inside the box it was placed with.
          y={label.y + fontSize * 0.95}
          textAnchor={label.anchor}
        >
          {label.parts.map((part, i) => (
            <tspan key={i} fontWeight={part.strong ? 700 : undefined}>
              {part.text}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
});

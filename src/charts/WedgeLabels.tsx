/** The wedge labels drawn on the hemicycle: "Liberal 169", the figure in bold. Placed by `core/wedgeLabels`. */
import type { LabelPart } from '../core/labelText.ts';
import type { WedgeLabel } from '../core/wedgeLabels.ts';

interface WedgeLabelsProps {
  /** The class of width they are laid out for: CSS shows the one that fits. */
  widthClass: string;
  labels: readonly WedgeLabel[];
  text: (ids: readonly string[], seats: number) => readonly LabelPart[];
  /** Font size in frame units. */
  fontSize: number;
}

export function WedgeLabels({ widthClass, labels, text, fontSize }: WedgeLabelsProps) {
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
          {text(label.ids, label.seats).map((part, i) => (
            <tspan key={i} fontWeight={part.strong ? 700 : undefined}>
              {part.text}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

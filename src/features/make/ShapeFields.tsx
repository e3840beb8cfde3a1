/**
 * The chart's shape and seat order: the settings every chart's link has (`?layout=`, `?arc=`, `?rows=`,
 * `?order=`), so the builder writes them to its address like the chart, and its embed and downloads follow.
 */
import { useId } from 'react';
import { useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import type { ViewParams } from '../../url/routes.ts';

interface ShapeFieldsProps {
  params: ViewParams;
  /** Changes settings in place (the address is replaced, not pushed). */
  onChange: (change: Partial<ViewParams>) => void;
}

export function ShapeFields({ params, onChange }: ShapeFieldsProps) {
  const words = useWords(MAKE_WORDS);
  const id = useId();
  const benches = params.layout === 'benches';
  return (
    <fieldset className="make-fields make-shape">
      <legend>{words.shape}</legend>
      <Choices
        name={`${id}-layout`}
        label={words.layout}
        choices={(['arc', 'benches'] as const).map((layout) => ({
          label: words.layouts[layout],
          checked: params.layout === layout,
          pick: () => onChange({ layout, order: layout === 'benches' ? 'result' : params.order }),
        }))}
      />
      {!benches && (
        <div className="make-field">
          <label htmlFor={`${id}-arc`}>{words.arc}</label>
          <span className="make-range">
            <input
              id={`${id}-arc`}
              type="range"
              min={60}
              max={360}
              step={10}
              value={params.arc}
              onChange={(e) => onChange({ arc: Number(e.target.value) })}
            />
            <output htmlFor={`${id}-arc`}>{params.arc}°</output>
          </span>
        </div>
      )}
      <div className="make-field">
        <label htmlFor={`${id}-rows`}>{words.rows}</label>
        <input
          id={`${id}-rows`}
          type="number"
          min={1}
          max={100}
          value={params.rows ?? ''}
          aria-describedby={`${id}-rows-hint`}
          onChange={(e) => {
            const rows = Number(e.target.value);
            onChange({ rows: e.target.value !== '' && Number.isInteger(rows) && rows >= 1 && rows <= 100 ? rows : undefined });
          }}
        />
        <p className="field-note" id={`${id}-rows-hint`}>
          {words.rowsHint}
        </p>
      </div>
      {/* Benches seat the government facing the rest: their order is the result's. */}
      {!benches && (
        <Choices
          name={`${id}-order`}
          label={words.order}
          choices={(['result', 'spectrum'] as const).map((order) => ({
            label: words.orders[order],
            checked: params.order === order,
            pick: () => onChange({ order }),
          }))}
        />
      )}
    </fieldset>
  );
}

/** A setting's choices as radio buttons under its label. */
function Choices({
  name,
  label,
  choices,
}: {
  name: string;
  label: string;
  choices: { label: string; checked: boolean; pick: () => void }[];
}) {
  return (
    <div className="make-field" role="radiogroup" aria-labelledby={`${name}-label`}>
      <span id={`${name}-label`} className="field-label">
        {label}
      </span>
      {choices.map((choice) => (
        <label key={choice.label} className="make-choice">
          <input type="radio" name={name} checked={choice.checked} onChange={choice.pick} />
          {choice.label}
        </label>
      ))}
    </div>
  );
}

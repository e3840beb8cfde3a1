/**
 * The chart's shape and seat order: the settings every chart's link has (`?layout=`, `?arc=`, `?rows=`,
 * `?order=`), so the builder writes them to its address like the chart, and its embed and downloads follow.
 */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import type { ViewParams } from '../../url/routes.ts';

interface ShapeFieldsProps {
  params: ViewParams;
  /** The rows the chart's House can be drawn in (resolveView's rowsRange); none while there is no chart. */
  rowsRange: [number, number] | undefined;
  /** Changes settings in place (the address is replaced, not pushed). */
  onChange: (change: Partial<ViewParams>) => void;
}

export function ShapeFields({ params, rowsRange, onChange }: ShapeFieldsProps) {
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
      <RowsField id={`${id}-rows`} rows={params.rows} range={rowsRange} onChange={(rows) => onChange({ rows })} />
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

interface RowsFieldProps {
  id: string;
  rows: number | undefined;
  range: [number, number] | undefined;
  onChange: (rows: number | undefined) => void;
}

/**
 * The rows, as typed: within what the House can be drawn in, they go to the link; outside, they are said to be
 * out of range next to the field and the link keeps its rows, so no embed shows a setting it cannot draw.
 */
function RowsField({ id, rows, range, onChange }: RowsFieldProps) {
  const { f } = useI18n();
  const words = useWords(MAKE_WORDS);
  const [typed, setTyped] = useState(rows === undefined ? '' : String(rows));
  const value = Number(typed);
  const out = typed.trim() !== '' && range !== undefined && !(Number.isInteger(value) && value >= range[0] && value <= range[1]);
  return (
    <div className="make-field">
      <label htmlFor={id}>{words.rows}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={typed}
        aria-invalid={out || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const text = e.target.value;
          setTyped(text);
          const n = Number(text);
          if (text.trim() === '') onChange(undefined);
          else if (range && Number.isInteger(n) && n >= range[0] && n <= range[1]) onChange(n);
        }}
      />
      <p className={out ? 'field-problem' : 'field-note'} id={`${id}-hint`}>
        {range ? words.rowsHint(f, range) : words.rowsHintNone}
      </p>
    </div>
  );
}

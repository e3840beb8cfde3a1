/** The House (its seats and what a majority needs) and the chart's words (title, notes, source, date, credit). */
import { useId } from 'react';
import { majorityThreshold } from '../../core/election/majority.ts';
import type { MadeChart } from '../../data/chartCode.ts';
import type { ChartField, MadeReading } from '../../data/madeElection.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { FieldProblems } from './FieldProblems.tsx';
import { fieldState } from './fieldProblems.ts';

interface ChartFieldsProps {
  chart: MadeChart;
  reading: MadeReading;
  onChange: (change: Partial<MadeChart>) => void;
}

type TextField = Exclude<Extract<ChartField, keyof MadeChart>, 'parties'>;

export function HouseFields({ chart, reading, onChange }: ChartFieldsProps) {
  const { f } = useI18n();
  const words = useWords(MAKE_WORDS);
  const id = useId();
  const total = reading.total ?? reading.seated;
  return (
    <fieldset className="make-fields">
      <legend>{words.house}</legend>
      <Field
        id={`${id}-total`}
        field="totalSeats"
        label={words.totalSeats}
        hint={words.totalHint(f, reading.seated)}
        chart={chart}
        reading={reading}
        onChange={onChange}
        numeric
      />
      <Field
        id={`${id}-majority`}
        field="majority"
        label={words.majority}
        hint={words.majorityHint(f, total > 0 ? majorityThreshold(total) : undefined)}
        chart={chart}
        reading={reading}
        onChange={onChange}
      />
    </fieldset>
  );
}

export function TextFields({ chart, reading, onChange }: ChartFieldsProps) {
  const words = useWords(MAKE_WORDS);
  const id = useId();
  return (
    <fieldset className="make-fields">
      <legend>{words.texts}</legend>
      {(['title', 'notes', 'source', 'date', 'credit'] as const).map((field) => (
        <Field key={field} id={`${id}-${field}`} field={field} label={words[field]} chart={chart} reading={reading} onChange={onChange} />
      ))}
    </fieldset>
  );
}

interface FieldProps extends ChartFieldsProps {
  id: string;
  field: TextField;
  label: string;
  hint?: string;
  numeric?: boolean;
}

function Field({ id, field, label, hint, chart, reading, onChange, numeric }: FieldProps) {
  const state = fieldState(reading.problems, field);
  const hintId = `${id}-hint`;
  const describedBy = [hint && hintId, state['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: chart[field],
    'aria-invalid': state['aria-invalid'],
    'aria-describedby': describedBy,
  };
  return (
    <div className={`make-field make-${field}`}>
      <label htmlFor={id}>{label}</label>
      {field === 'notes' ? (
        <textarea {...common} rows={2} onChange={(e) => onChange({ [field]: e.target.value })} />
      ) : (
        <input
          {...common}
          type={field === 'date' ? 'date' : 'text'}
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
      {hint && (
        <p className="field-note" id={hintId}>
          {hint}
        </p>
      )}
      <FieldProblems problems={reading.problems} field={field} />
    </div>
  );
}

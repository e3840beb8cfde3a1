/**
 * The parties as rows: name, short name, seats and colour, each row moved up or down, removed (with a way back)
 * or added, by keyboard as by pointer (buttons, not dragging). A moved row keeps the focus on the button that
 * moved it, and what happened is said to screen readers. A table pasted into a name field is read as a table.
 */
import { useId, useState, type ClipboardEvent } from 'react';
import type { MadeParty } from '../../data/chartCode.ts';
import type { ChartProblem } from '../../data/madeElection.ts';
import type { MadeColour } from '../../data/madeColours.ts';
import { useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { FieldProblems } from './FieldProblems.tsx';
import { fieldState } from './fieldProblems.ts';
import { colourNote } from './colourNote.ts';

interface PartyRowsProps {
  parties: readonly MadeParty[];
  colours: readonly MadeColour[];
  problems: readonly ChartProblem[];
  onChange: (parties: MadeParty[]) => void;
  /** A table pasted into a field (tabs or lines in it): read as the parties. */
  onPasteTable: (text: string) => void;
}

/** A row's text fields, in order: each a label, an input and its problems. */
const TEXT_FIELDS = [
  { key: 'name', className: 'made-party-name', numeric: false },
  { key: 'shortName', className: 'made-party-short', numeric: false },
  { key: 'seats', className: 'made-party-seats', numeric: true },
] as const;

const ROW_FIELDS = ['name', 'shortName', 'seats', 'color'] as const;

let lastKey = 0;
const newKey = () => ++lastKey;

const BLANK: MadeParty = { name: '', shortName: '', seats: '', color: '' };

export function PartyRows({ parties, colours, problems, onChange, onPasteTable }: PartyRowsProps) {
  const words = useWords(MAKE_WORDS);
  const id = useId();
  // Stable keys for the rows, moved with them, so a moved row keeps its inputs (and the focus).
  const [keys, setKeys] = useState<number[]>(() => parties.map(newKey));
  if (keys.length !== parties.length) setKeys(parties.map(newKey));
  const [said, setSaid] = useState('');
  const [removed, setRemoved] = useState<{ party: MadeParty; at: number; key: number }>();

  const label = (party: MadeParty, row: number) => party.name.trim() || words.partyRow(row + 1);
  const update = (row: number, change: Partial<MadeParty>) => onChange(parties.map((p, i) => (i === row ? { ...p, ...change } : p)));
  const move = (row: number, by: -1 | 1) => {
    const to = row + by;
    // At an end the button stays (aria-disabled, so the focus is not lost) and does nothing.
    if (to < 0 || to >= parties.length) return;
    const order = parties.map((_, i) => i);
    [order[row], order[to]] = [order[to]!, order[row]!];
    setKeys(order.map((i) => keys[i]!));
    onChange(order.map((i) => parties[i]!));
    setSaid(words.moved(label(parties[row]!, row), to + 1, parties.length));
    // The same button in the row's new place.
    const key = keys[row]!;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-row-key="${key}"] [data-move="${by}"]`)?.focus());
  };
  const remove = (row: number) => {
    setRemoved({ party: parties[row]!, at: row, key: keys[row]! });
    setKeys(keys.filter((_, i) => i !== row));
    onChange(parties.filter((_, i) => i !== row));
    setSaid(words.removed(label(parties[row]!, row)));
    // The focus goes on to the row that takes its place (or the one before it; or the Add button when none is left).
    const next = Math.min(row, parties.length - 2);
    requestAnimationFrame(() => (document.getElementById(`${id}-name-${next}`) ?? document.getElementById(`${id}-add`))?.focus());
  };
  const undo = () => {
    if (!removed) return;
    const at = Math.min(removed.at, parties.length);
    setKeys([...keys.slice(0, at), removed.key, ...keys.slice(at)]);
    onChange([...parties.slice(0, at), removed.party, ...parties.slice(at)]);
    setRemoved(undefined);
    setSaid('');
  };
  const add = () => {
    setKeys([...keys, newKey()]);
    onChange([...parties, BLANK]);
    requestAnimationFrame(() => document.getElementById(`${id}-name-${parties.length}`)?.focus());
  };
  const pasted = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    onPasteTable(text);
  };

  return (
    <>
      <ol className="made-party-rows" aria-label={words.parties}>
        {parties.map((party, row) => {
          const key = keys[row] ?? row;
          const colour = colours[row];
          // Said of a party being typed, not of an empty row's palette colour.
          const note = colour && (party.name.trim() || party.color) ? colourNote(words, colour) : undefined;
          const field = (name: string) => `${id}-${name}-${row}`;
          return (
            <li key={key} className="made-party-row" data-row-key={key}>
              <span className="made-party-swatch" style={{ background: colour?.color }} aria-hidden="true" />
              {TEXT_FIELDS.map(({ key, className, numeric }) => (
                <div key={key} className={`made-party-field ${className}`}>
                  <label htmlFor={field(key)}>{words.columns[key]}</label>
                  <input
                    id={field(key)}
                    value={party[key]}
                    inputMode={numeric ? 'numeric' : undefined}
                    autoComplete="off"
                    onChange={(e) => update(row, { [key]: e.target.value })}
                    // A table pasted into a name is read as the table.
                    onPaste={key === 'name' ? pasted : undefined}
                    {...fieldState(problems, key, row)}
                  />
                </div>
              ))}
              <div className="made-party-field made-party-colour">
                <label htmlFor={field('colour')}>{words.columns.color}</label>
                <span className="colour-pair">
                  <input
                    id={field('colour')}
                    value={party.color}
                    placeholder={colour?.given ? undefined : colour?.color}
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(e) => update(row, { color: e.target.value })}
                    {...fieldState(problems, 'color', row)}
                    aria-describedby={
                      [note && `${field('colour')}-note`, fieldState(problems, 'color', row)['aria-describedby']]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                  />
                  <input
                    type="color"
                    aria-label={`${words.columns.color}, ${label(party, row)}`}
                    value={colour?.color ?? '#000000'}
                    onChange={(e) => update(row, { color: e.target.value })}
                  />
                </span>
              </div>
              {/* Under the row's fields, in their order: a sentence does not fit under a narrow field. */}
              {(note || problems.some((p) => 'row' in p && p.row === row)) && (
                <div className="made-party-notes">
                  {ROW_FIELDS.map((key) => (
                    <FieldProblems key={key} problems={problems} field={key} row={row} />
                  ))}
                  {note && (
                    <p className="field-note" id={`${field('colour')}-note`}>
                      {note}
                    </p>
                  )}
                </div>
              )}
              <div className="made-party-actions">
                <button
                  type="button"
                  className="secondary icon"
                  data-move="-1"
                  aria-disabled={row === 0 || undefined}
                  onClick={() => move(row, -1)}
                  aria-label={words.moveUp(label(party, row))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary icon"
                  data-move="1"
                  aria-disabled={row === parties.length - 1 || undefined}
                  onClick={() => move(row, 1)}
                  aria-label={words.moveDown(label(party, row))}
                >
                  ↓
                </button>
                <button type="button" className="secondary icon" onClick={() => remove(row)} aria-label={words.remove(label(party, row))}>
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="made-party-rows-end">
        <button type="button" className="secondary" id={`${id}-add`} onClick={add}>
          + {words.addParty}
        </button>
        <p role="status" className="make-said">
          {said}
          {removed && said && (
            <>
              {' '}
              <button type="button" className="secondary" onClick={undo}>
                {words.undoRemove}
              </button>
            </>
          )}
        </p>
      </div>
      <FieldProblems problems={problems} field="parties" />
    </>
  );
}

/**
 * Paste a table (from a spreadsheet or a web page) to fill the parties: what was read, and each line that could
 * not be, are said. The text stays in its box, so nothing pasted is lost when a line needs fixing.
 */
import { useId, useState } from 'react';
import type { MadeParty } from '../../data/chartCode.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { readTable, type ReadTable } from './readTable.ts';

/** The parties of a table, as the rows take them (every field as typed). */
function tableParties(table: ReadTable): MadeParty[] {
  return table.parties.map((p) => ({ name: p.name, shortName: p.shortName ?? '', seats: String(p.seats), color: p.color ?? '' }));
}

/**
 * A pasted table and what was read of it; the parties it gives replace the rows (none read: nothing is replaced),
 * and the rows they replaced are kept for Undo.
 */
export function usePastedTable(parties: readonly MadeParty[], onParties: (parties: readonly MadeParty[]) => void) {
  const [pasted, setPasted] = useState<{ text: string; read: ReadTable | undefined; before: readonly MadeParty[] | undefined }>({
    text: '',
    read: undefined,
    before: undefined,
  });
  return {
    ...pasted,
    setText: (text: string) => setPasted({ text, read: undefined, before: undefined }),
    use: (text: string) => {
      const read = readTable(text);
      const replaces = read.parties.length > 0;
      setPasted({ text, read, before: replaces ? parties : undefined });
      if (replaces) onParties(tableParties(read));
    },
    undo: () => {
      if (pasted.before) onParties(pasted.before);
      setPasted({ ...pasted, read: undefined, before: undefined });
    },
  };
}

interface PasteTableProps {
  text: string;
  read: ReadTable | undefined;
  /** The rows the table replaced: Undo brings them back. */
  before: readonly MadeParty[] | undefined;
  setText: (text: string) => void;
  use: (text: string) => void;
  undo: () => void;
}

export function PasteTable({ text, read, before, setText, use, undo }: PasteTableProps) {
  const { f } = useI18n();
  const words = useWords(MAKE_WORDS);
  const id = useId();
  return (
    <details className="paste-table" open={text !== '' || undefined}>
      <summary>{words.paste}</summary>
      <label htmlFor={`${id}-text`} className="field-note">
        {words.pasteHint} {words.pasteReplaces}
      </label>
      <textarea id={`${id}-text`} rows={5} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      <button type="button" className="secondary" onClick={() => use(text)}>
        {words.pasteRead}
      </button>
      <div role="status">
        {read && (
          <>
            <p>
              {words.pasteResult(f, read.parties.length, read.problems.length)}{' '}
              {before && (
                <button type="button" className="secondary" onClick={undo}>
                  {words.pasteUndo}
                </button>
              )}
            </p>
            {read.problems.length > 0 && (
              <ul className="field-problem">
                {read.problems.map((p, i) => (
                  <li key={i}>{words.tableProblem(f, p)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </details>
  );
}

/**
 * Find a riding, or a candidate, as you type (ARIA combobox with a list box). Matching ignores
 * case, accents and dashes, in English and French; each result names its riding; choosing opens it.
 * The box is a chunk of its own, fetched with the data (ResultsView); the matching code is another, fetched
 * when the box takes the focus: most readers never search, and it arrives before the first letter is typed.
 */
import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { SEARCH_WORDS } from '../../i18n/words/search.ts';
import { lookupOf } from '../../core/election/electionLookup.ts';

type SearchModule = typeof import('../../core/election/searchRidings.ts');
const loadSearch = () => import('../../core/election/searchRidings.ts');

export const RidingSearch = memo(function RidingSearch({
  election,
  onChoose,
}: {
  election: Election;
  onChoose: (ridingId: string) => void;
}) {
  const { t, f } = useI18n();
  const searchWords = useWords(SEARCH_WORDS);
  const id = useId();
  const [query, setQuery] = useState('');
  const [activeChoice, setActive] = useState(0);
  // The list shows while the box has the focus; leaving the box closes it and keeps what was typed.
  const [focused, setFocused] = useState(false);
  const [search, setSearch] = useState<SearchModule | undefined>();
  const searching = query.trim() !== '';
  const open = searching && focused;
  // The index is built on the first keystroke, not on page load.
  const matches = useMemo(
    () => (searching && search ? search.searchRidings(search.ridingIndex(election.ridings), query) : []),
    [election, searching, query, search],
  );
  // Nothing is said to match before the matching code is here.
  const noMatch = searching && search !== undefined && matches.length === 0;
  // New data (a live refresh) can shorten the list under the highlighted choice.
  const active = Math.min(activeChoice, Math.max(matches.length - 1, 0));
  const { regionAbbreviation } = lookupOf(election);

  const choose = (ridingId: string | undefined) => {
    if (!ridingId) return;
    setQuery('');
    onChoose(ridingId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(matches.length === 0 ? 0 : (active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(matches[active]?.riding.id);
    } else if (event.key === 'Escape') setQuery('');
  };

  return (
    <div className="riding-search">
      <label htmlFor={`${id}-input`}>{t.riding.search}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={t.riding.searchHint}
        aria-expanded={open && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-${matches[active].riding.id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          if (!search) void loadSearch().then(setSearch);
        }}
        onBlur={() => setFocused(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t.riding.search} hidden={!open || matches.length === 0}>
        {matches.map(({ riding, candidate }, i) => (
          <li
            key={riding.id}
            id={`${id}-${riding.id}`}
            role="option"
            aria-selected={i === active}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => choose(riding.id)}
          >
            {/* A candidate found: the name typed, then the riding it leads to. */}
            {candidate !== undefined && <>{candidate} · </>}
            {f.text(riding.name)} <span className="muted">{f.text(regionAbbreviation(riding.region))}</span>
          </li>
        ))}
      </ul>
      {/* One live region for both answers: the count is for screen readers (the list shows it),
          "no riding matches" is for everyone and stays while the query does. */}
      <p className={noMatch ? 'search-message' : 'visually-hidden'} role="status">
        {noMatch ? searchWords.noMatch(query.trim()) : open ? searchWords.results(f, matches.length) : ''}
      </p>
    </div>
  );
});

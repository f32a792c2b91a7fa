import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { plural } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { independentOriginsAmong } from '../origins/origin-groups';
import { QueryHelp } from './query-help';
import { SearchFilters } from './search-filters';
import { VariantForm } from './variant-form';
import './search.css';

/** Focuses the first results row, so ↓ from the box continues into the list. */
const focusResults = (): void => {
  document.querySelector<HTMLElement>('[aria-label="Search results"] [tabindex="0"]')?.focus();
};

/** The search box with its syntax help, the engine's notice, filters and the hit count. */
export function SearchBar() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { text, setText, status, total, notice, error, query, undatedHidden, setFilters } =
    useAppStore(
      useShallow((s) => ({
        text: s.searchText,
        setText: s.setSearchText,
        status: s.searchStatus,
        total: s.searchTotal,
        notice: s.searchNotice,
        error: s.searchError,
        query: s.searchQuery,
        undatedHidden: s.searchUndatedHidden,
        setFilters: s.setSearchFilters,
      })),
    );

  // "/" anywhere outside a text field jumps to the search box, as in many readers.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const originsLine = useAppStore(
    useShallow((s) => {
      if (s.searchStatus !== 'ready' || s.searchHits.length === 0 || !s.originsSummary) return null;
      const { origins, analysed } = independentOriginsAmong(s.originsGroupOf, s.searchHits);
      if (analysed === 0) return null;
      const loaded = s.searchHits.length;
      return analysed === s.searchTotal
        ? plural(origins, 'independent origin')
        : `${plural(origins, 'independent origin')} among ${analysed === loaded ? 'the first' : 'the analysed'} ${analysed}`;
    }),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResults();
    }
  };

  const summary =
    status === 'idle'
      ? ''
      : status === 'error'
        ? 'Search failed'
        : status === 'loading' && !query
          ? 'Searching…'
          : total === 0
            ? 'No results'
            : plural(total, 'result');

  return (
    <div className="search-bar">
      <div role="search" className="search-box">
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" />
        </svg>
        <input
          ref={inputRef}
          type="search"
          aria-label="Search"
          aria-describedby="search-shortcut"
          placeholder="Search articles"
          value={text}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span id="search-shortcut" className="visually-hidden">
          Press slash to focus, down arrow to move into the results.
        </span>
        {status === 'loading' && <span className="spinner" aria-hidden="true" />}
      </div>
      <QueryHelp />
      <SearchFilters />
      <div role="status" aria-label="Query notice" className="search-notice">
        {notice}
      </div>
      <VariantForm />
      {undatedHidden > 0 && (
        <div role="status" aria-label="Undated articles" className="search-notice">
          {plural(undatedHidden, 'undated article')} hidden by the date filter.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setFilters({ searchIncludeUndated: true })}
          >
            Include undated
          </button>
        </div>
      )}
      {error && (
        <div role="alert" className="error-banner">
          {error}
        </div>
      )}
      <p className="result-count" aria-live="polite">
        <span>{summary}</span>
        {originsLine && summary !== 'No results' && (
          <span className="result-origins"> · {originsLine}</span>
        )}
      </p>
    </div>
  );
}

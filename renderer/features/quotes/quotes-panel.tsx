import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Quote, QuoteExportFormat, QuoteStatus } from '../../../shared/quote';
import { downloadText } from '../../lib/clipboard';
import { plural } from '../../lib/format';
import { shortcutLabel } from '../../lib/platform';
import { FoldedPane, FoldPaneButton } from '../../app/panes/folded-pane';
import { useAppStore } from '../../state/store-context';
import type { AsyncStatus } from '../../state/store-types';
import { QuoteCard } from './quote-card';
import {
  filterQuotes,
  quoteFacets,
  UNKNOWN,
  type QuoteFilters,
  type QuoteSort,
} from './quote-filters';
import './quotes.css';

const statuses: QuoteStatus[] = ['ok', 'moved', 'lost', 'unchecked'];
const sorts: [QuoteSort, string][] = [
  ['pinned', 'Date pinned'],
  ['published', 'Article date'],
  ['outlet', 'Outlet'],
];

function FilterSelect({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: {
  label: string;
  value: string;
  options: string[];
  anyLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      {/* "Filter by tag", so it is never confused with the selected quote's own Tags field. */}
      <select
        id={id}
        aria-label={`Filter by ${label.toLowerCase()}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option === UNKNOWN ? 'Unknown' : option}
          </option>
        ))}
      </select>
    </div>
  );
}

function QuoteFiltersBar({ filters }: { filters: QuoteFilters }) {
  const { quotes, setFilters } = useAppStore(
    useShallow((s) => ({ quotes: s.quotesList, setFilters: s.setQuotesFilters })),
  );
  const facets = useMemo(() => quoteFacets(quotes), [quotes]);
  const sortId = useId();
  return (
    <div className="quote-filters">
      <input
        type="search"
        aria-label="Search quotes"
        placeholder="Search quotes"
        value={filters.text}
        onChange={(event) => setFilters({ text: event.target.value })}
      />
      <div className="filter-grid">
        <FilterSelect
          label="Tag"
          value={filters.tag}
          options={facets.tags}
          anyLabel="Any tag"
          onChange={(tag) => setFilters({ tag })}
        />
        <FilterSelect
          label="Outlet"
          value={filters.outlet}
          options={facets.outlets}
          anyLabel="Any outlet"
          onChange={(outlet) => setFilters({ outlet })}
        />
        <FilterSelect
          label="Speaker"
          value={filters.speaker}
          options={facets.speakers}
          anyLabel="Any speaker"
          onChange={(speaker) => setFilters({ speaker })}
        />
        <FilterSelect
          label="Status"
          value={filters.status}
          options={statuses}
          anyLabel="Any status"
          onChange={(status) => setFilters({ status: status as QuoteStatus | '' })}
        />
        <div className="filter">
          <label htmlFor={sortId}>Sort</label>
          <select
            id={sortId}
            aria-label="Sort quotes by"
            value={filters.sort}
            onChange={(event) => setFilters({ sort: event.target.value as QuoteSort })}
          >
            {sorts.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}

/** Every pinned quote: search, filter, sort, edit, verify and export them. */
export function QuotesPanel() {
  const {
    open,
    quotes,
    status,
    error,
    filters,
    selectedId,
    verifying,
    hasWorkspace,
    noWorkspace,
    setOpen,
    verify,
    exportQuotes,
  } = useAppStore(
    useShallow((s) => ({
      open: s.uiQuotesOpen,
      quotes: s.quotesList,
      status: s.quotesStatus,
      error: s.quotesError,
      filters: s.quotesFilters,
      selectedId: s.quotesSelectedId,
      verifying: s.quotesVerifying,
      hasWorkspace: s.workspaceState !== null && s.workspaceState.problem === null,
      noWorkspace: s.workspaceState?.problem != null,
      setOpen: s.setQuotesOpen,
      verify: s.verifyQuotes,
      exportQuotes: s.exportQuotes,
    })),
  );
  const visible = useMemo(() => filterQuotes(quotes, filters), [quotes, filters]);

  const save = async (format: QuoteExportFormat) => {
    const outcome = await exportQuotes(format);
    if (outcome?.kind === 'download') downloadText(outcome.fileName, outcome.text, outcome.mime);
  };

  if (!open) {
    return (
      <FoldedPane
        label="Quotes"
        strip={`Quotes · ${quotes.length}`}
        unfoldLabel={`Show quotes (${quotes.length})`}
        title="Show the Quotes panel"
        onUnfold={() => setOpen(true)}
      />
    );
  }

  const filtered = visible.length !== quotes.length;
  return (
    <aside className="quotes-panel" aria-labelledby="quotes-heading">
      <div className="panel-heading">
        <h2 id="quotes-heading">Quotes</h2>
        <span className="quotes-count" aria-live="polite">
          {filtered ? `${visible.length} of ${quotes.length}` : plural(quotes.length, 'quote')}
        </span>
        <FoldPaneButton
          label="Hide quotes"
          title="Hide the Quotes panel"
          onFold={() => setOpen(false)}
        />
      </div>
      {quotes.length > 0 && <QuoteFiltersBar filters={filters} />}
      <div className="quote-actions-bar">
        <button
          type="button"
          disabled={!hasWorkspace || verifying || quotes.length === 0}
          onClick={() => void verify()}
          title="Check every quote against its file as it is now"
        >
          {verifying ? 'Verifying…' : 'Verify quotes'}
        </button>
        <button
          type="button"
          disabled={!hasWorkspace || quotes.length === 0}
          onClick={() => void save('csv')}
        >
          Save as CSV
        </button>
        <button
          type="button"
          disabled={!hasWorkspace || quotes.length === 0}
          onClick={() => void save('json')}
        >
          Save as JSON
        </button>
      </div>
      {noWorkspace ? (
        <p className="empty">
          No workspace is open. Restore it, or open or create one, to pin quotes.
        </p>
      ) : (
        <QuoteList
          quotes={quotes}
          visible={visible}
          status={status}
          error={error}
          selectedId={selectedId}
        />
      )}
    </aside>
  );
}

function QuoteList({
  quotes,
  visible,
  status,
  error,
  selectedId,
}: {
  quotes: Quote[];
  visible: Quote[];
  status: AsyncStatus;
  error: string | null;
  selectedId: string | null;
}) {
  return (
    <>
      {status === 'error' && error && (
        <div role="alert" className="error-banner">
          {error}
        </div>
      )}
      {quotes.length === 0 ? (
        status !== 'error' && (
          <p className="empty">
            No quotes yet. Select a passage in an article and choose <strong>Pin quote</strong> (
            {shortcutLabel('P', true)}).
          </p>
        )
      ) : visible.length === 0 ? (
        <p className="empty">No quote matches these filters.</p>
      ) : (
        <ol className="quote-list" aria-label="Pinned quotes">
          {visible.map((quote) => (
            <QuoteCard key={quote.id} quote={quote} selected={quote.id === selectedId} />
          ))}
        </ol>
      )}
    </>
  );
}

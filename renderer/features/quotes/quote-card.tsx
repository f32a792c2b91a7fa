import { memo, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  credibilityLabels,
  type CredibilityGrade,
  type Quote,
  type QuoteStatus,
} from '../../../shared/quote';
import { copyText } from '../../lib/clipboard';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { CommitField } from './commit-field';
import { parseTags } from './quote-filters';
import { QuoteCorroboration } from './quote-corroboration';
import { QuoteDiff } from './quote-diff';
import { quoteDragType } from './quote-drag';
import { QuoteHistory } from './quote-history';
import { pairDescription, relayLine } from './quote-reliability';

const grades = [1, 2, 3, 4, 5, 6] as const;

const statusText: Record<QuoteStatus, string> = {
  ok: 'ok',
  moved: 'moved',
  lost: 'lost',
  unchecked: 'unchecked',
};

/** A move stays visible after a later check says ok: "moved on 3 May 2025". */
function movedNote(quote: Quote): string {
  if (!quote.movedAt || (quote.status !== 'ok' && quote.status !== 'moved')) return '';
  const on = `on ${formatDate(quote.movedAt)}`;
  return quote.status === 'moved' ? ` ${on}` : ` · moved ${on}`;
}

function StatusBadge({ quote }: { quote: Quote }) {
  const title =
    quote.statusReason ??
    (quote.status === 'ok'
      ? 'The passage is still in the article, word for word.'
      : quote.status === 'unchecked'
        ? 'Not verified against the file yet.'
        : undefined);
  return (
    <span className={`status-badge status-${quote.status}`} title={title}>
      <span className="visually-hidden">Status: </span>
      {statusText[quote.status]}
      {movedNote(quote)}
    </span>
  );
}

/** The Admiralty pair ("B2": its origin outlet's reliability, its own credibility), read out in words. */
function AdmiraltyPair({ quote }: { quote: Quote }) {
  const description = pairDescription(quote);
  if (!quote.reliability || description === null) return null;
  return (
    <span className="quote-pair" title={description}>
      <span aria-hidden="true">{quote.reliability.pair}</span>
      <span className="visually-hidden">
        Admiralty {quote.reliability.pair}: {description}
      </span>
    </span>
  );
}

function QuoteEditor({ quote }: { quote: Quote }) {
  const updateQuote = useAppStore((s) => s.updateQuote);
  const announce = useAppStore((s) => s.announce);
  const gradeError = useAppStore((s) =>
    s.quotesGradeError?.id === quote.id ? s.quotesGradeError.message : null,
  );
  const gradeErrorId = `grade-${quote.id}-error`;
  const save = (patch: Parameters<typeof updateQuote>[1], replaced = false) => {
    void updateQuote(quote.id, patch);
    const field = Object.keys(patch)[0] ?? 'field';
    if (replaced)
      announce(
        `${quote.id}’s ${field} had changed elsewhere; your text replaced it (Undo brings it back).`,
      );
  };
  return (
    <div className="quote-editor" role="group" aria-label={`Edit ${quote.id}`}>
      <CommitField
        label="Speaker"
        value={quote.speaker ?? ''}
        placeholder="Who said it"
        onCommit={(value, replaced) => save({ speaker: value.trim() || null }, replaced)}
      />
      <CommitField
        label="Tags"
        value={quote.tags.join(', ')}
        placeholder="crimea, nato"
        hint="Comma-separated"
        onCommit={(value, replaced) => save({ tags: parseTags(value) }, replaced)}
      />
      <div className="field">
        <label htmlFor={`grade-${quote.id}`}>Grade</label>
        <select
          id={`grade-${quote.id}`}
          value={quote.grade ?? ''}
          aria-invalid={gradeError ? true : undefined}
          aria-describedby={gradeError ? gradeErrorId : undefined}
          onChange={(event) =>
            save({
              grade: event.target.value ? (Number(event.target.value) as CredibilityGrade) : null,
            })
          }
        >
          <option value="">Not graded</option>
          {grades.map((g) => (
            <option key={g} value={g}>
              {g} — {credibilityLabels[g]}
            </option>
          ))}
        </select>
        {gradeError && (
          <p id={gradeErrorId} className="field-error" role="alert">
            {gradeError}
          </p>
        )}
      </div>
      <CommitField
        label="Note"
        value={quote.note}
        multiline
        placeholder="Why it matters"
        onCommit={(value, replaced) => save({ note: value }, replaced)}
      />
    </div>
  );
}

function QuoteSummary({ quote }: { quote: Quote }) {
  if (!quote.speaker && quote.tags.length === 0 && quote.grade === null && !quote.note) return null;
  return (
    <div className="quote-summary">
      {quote.speaker && <span className="quote-speaker">{quote.speaker}</span>}
      {quote.grade !== null && (
        <span className="quote-grade" title={credibilityLabels[quote.grade]}>
          {quote.grade} · {credibilityLabels[quote.grade]}
        </span>
      )}
      {quote.tags.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
      {quote.note && <p className="quote-note">{quote.note}</p>}
    </div>
  );
}

/** One pinned quote: its text (opens the passage), provenance, status, and, when selected, its editor. */
export const QuoteCard = memo(function QuoteCard({
  quote,
  selected,
}: {
  quote: Quote;
  selected: boolean;
}) {
  const cardRef = useRef<HTMLLIElement>(null);
  const { openQuote, deleteQuote, quoteCitation, announce } = useAppStore(
    useShallow((s) => ({
      openQuote: s.openQuote,
      deleteQuote: s.deleteQuote,
      quoteCitation: s.quoteCitation,
      announce: s.announce,
    })),
  );

  useEffect(() => {
    if (selected) cardRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const copyCitation = async () => {
    const citation = await quoteCitation(quote.id);
    if (citation === null) return;
    const copied = await copyText(citation);
    announce(copied ? `Copied citation of ${quote.id}` : 'Could not copy to the clipboard');
  };

  const source = [quote.outlet ?? 'Unknown outlet', formatDate(quote.published) || 'undated'];
  const idLabel = `quote-${quote.id}-id`;
  return (
    <li
      ref={cardRef}
      className={`quote-card${selected ? ' selected' : ''} status-${quote.status}`}
      aria-labelledby={idLabel}
      aria-current={selected ? 'true' : undefined}
    >
      <div
        className="quote-head"
        draggable
        title="Drag onto a matrix cell to link it as evidence"
        onDragStart={(event) => {
          event.dataTransfer.setData(quoteDragType, quote.id);
          event.dataTransfer.setData('text/plain', quote.id);
          event.dataTransfer.effectAllowed = 'link';
        }}
      >
        <span id={idLabel} className="quote-id">
          {quote.id}
        </span>
        <StatusBadge quote={quote} />
        <AdmiraltyPair quote={quote} />
        <span className="quote-source" title={`${quote.folder}/${quote.path}`}>
          {source.join(' · ')}
        </span>
        <span className="quote-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Copy citation of ${quote.id}`}
            title="Copy as a Markdown citation"
            onClick={() => void copyCitation()}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect x="5" y="5" width="9" height="9" rx="1.5" />
              <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
            </svg>
          </button>
          <button
            type="button"
            className="icon-button danger"
            aria-label={`Delete ${quote.id}`}
            title="Delete (undoable)"
            onClick={() => void deleteQuote(quote.id)}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" />
            </svg>
          </button>
        </span>
      </div>
      <button
        type="button"
        className="quote-text"
        title={quote.status === 'lost' ? 'Open the article' : 'Show in the article'}
        onClick={() => void openQuote(quote.id)}
      >
        “{quote.exact}”
      </button>
      <div className="quote-title" title={quote.title}>
        {quote.title || quote.path}
      </div>
      {relayLine(quote) && <div className="quote-relay">{relayLine(quote)}</div>}
      <QuoteCorroboration quote={quote} />
      {quote.status === 'lost' && quote.statusReason && (
        <p className="quote-lost-reason">{quote.statusReason}</p>
      )}
      {quote.status === 'lost' && quote.closest && (
        <QuoteDiff id={quote.id} closest={quote.closest} />
      )}
      <QuoteHistory quote={quote} />
      {selected ? <QuoteEditor quote={quote} /> : <QuoteSummary quote={quote} />}
    </li>
  );
});

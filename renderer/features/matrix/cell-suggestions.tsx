import { useId } from 'react';
import type { CellEvidence, EvidenceRelation, MatrixSuggestion } from '../../../shared/matrix';
import { formatDate } from '../../lib/format';

/**
 * Passages where the party and the issue meet in a sentence, ranked; each one click from a pinned
 * quote linked as evidence. Nothing is filled in without that click.
 */
export function CellSuggestions({
  suggestions,
  evidence,
  onTake,
}: {
  suggestions: MatrixSuggestion[] | null;
  evidence: CellEvidence[];
  onTake: (suggestion: MatrixSuggestion, relation: EvidenceRelation) => void;
}) {
  const id = useId();
  const linked = new Set(evidence.map((e) => e.quoteId));
  return (
    <section className="cell-section" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Suggestions</h4>
      {suggestions === null ? (
        <p className="empty">Looking for passages…</p>
      ) : suggestions.length === 0 ? (
        <p className="empty">No sentence in the corpus names the party and the issue together.</p>
      ) : (
        <ol className="cell-suggestions" aria-label="Suggested passages">
          {suggestions.map((s) => {
            const done = s.quoteId !== null && linked.has(s.quoteId);
            return (
              <li key={`${s.articleId}:${s.start}`}>
                <blockquote>“{s.text}”</blockquote>
                <div className="evidence-source">
                  {[s.outlet ?? s.title, formatDate(s.published)].filter(Boolean).join(' · ')}
                  {s.matched.length > 0 && (
                    <span className="suggestion-matched"> · matched {s.matched.join(', ')}</span>
                  )}
                </div>
                {done ? (
                  <div className="hint">Linked as {s.quoteId}</div>
                ) : (
                  <div className="evidence-actions">
                    <button type="button" onClick={() => onTake(s, 'supports')}>
                      Pin and link as supports
                    </button>
                    <button type="button" onClick={() => onTake(s, 'contradicts')}>
                      Pin and link as contradicts
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

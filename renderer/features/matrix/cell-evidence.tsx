import { useId, useState } from 'react';
import type { CellEvidence, EvidenceRelation } from '../../../shared/matrix';
import { formatDate } from '../../lib/format';

const other = (relation: EvidenceRelation): EvidenceRelation =>
  relation === 'supports' ? 'contradicts' : 'supports';

/** The cell's evidence: each quote with its text, source and relation, to flip or unlink. */
export function CellEvidenceList({
  evidence,
  onRelate,
  onUnlink,
  onLink,
}: {
  evidence: CellEvidence[];
  onRelate: (quoteId: string, relation: EvidenceRelation) => void;
  onUnlink: (quoteId: string) => void;
  /** Links a pinned quote by its id (the keyboard's way to what dragging a quote card does). */
  onLink: (quoteId: string, relation: EvidenceRelation) => Promise<boolean>;
}) {
  const id = useId();
  const [quoteId, setQuoteId] = useState('');
  const [relation, setRelation] = useState<EvidenceRelation>('supports');
  return (
    <section className="cell-section" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Evidence</h4>
      {evidence.length === 0 ? (
        <p className="empty">
          No quotes yet: pin and link a suggestion, drag a quote card here, or link one by id.
        </p>
      ) : (
        <ul className="cell-evidence" aria-label="Evidence quotes">
          {evidence.map((item) => (
            <li key={item.quoteId} aria-label={item.quoteId}>
              <div className="evidence-head">
                <strong>{item.quoteId}</strong>
                <span className={`relation relation-${item.relation}`}>{item.relation}</span>
                {item.anonymous && <span className="evidence-anonymous">anonymous</span>}
              </div>
              <blockquote>“{item.exact}”</blockquote>
              <div className="evidence-source">
                {[item.outlet ?? item.title, formatDate(item.date), item.origin]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              <div className="evidence-actions">
                <button type="button" onClick={() => onRelate(item.quoteId, other(item.relation))}>
                  Mark {item.quoteId} as {other(item.relation)}
                </button>
                <button type="button" onClick={() => onUnlink(item.quoteId)}>
                  Unlink {item.quoteId}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        className="cell-link"
        aria-label="Link a quote"
        onSubmit={(event) => {
          event.preventDefault();
          const wanted = quoteId.trim().toUpperCase();
          if (wanted) void onLink(wanted, relation).then((linked) => linked && setQuoteId(''));
        }}
      >
        <label htmlFor={`${id}-quote`}>Quote id</label>
        <input
          id={`${id}-quote`}
          value={quoteId}
          placeholder="Q3"
          size={5}
          onChange={(event) => setQuoteId(event.target.value)}
        />
        <label htmlFor={`${id}-relation`} className="visually-hidden">
          Relation
        </label>
        <select
          id={`${id}-relation`}
          value={relation}
          onChange={(event) =>
            setRelation(event.target.value === 'contradicts' ? 'contradicts' : 'supports')
          }
        >
          <option value="supports">supports</option>
          <option value="contradicts">contradicts</option>
        </select>
        <button type="submit" disabled={quoteId.trim() === ''}>
          Link
        </button>
      </form>
    </section>
  );
}

import { useId } from 'react';
import { stanceLabels, type MatrixHistoryEntry } from '../../../shared/matrix';
import { plural } from '../../lib/format';

const kindText: Record<MatrixHistoryEntry['kind'], string> = {
  set: 'set',
  link: 'linked evidence',
  unlink: 'unlinked evidence',
};

/** The cell's append-only timeline, newest first: what changed, when it takes effect, and why. */
export function CellHistory({ history }: { history: MatrixHistoryEntry[] }) {
  const id = useId();
  return (
    <section className="cell-section" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>History</h4>
      {history.length === 0 ? (
        <p className="empty">Nothing recorded yet.</p>
      ) : (
        <ol className="cell-history" aria-label="Cell history" reversed>
          {[...history].reverse().map((entry) => (
            <li key={entry.id}>
              <span className="history-date">{entry.effective}</span>{' '}
              <span className={`history-stance stance-${entry.stance}`}>
                {stanceLabels[entry.stance]}
              </span>{' '}
              <span className="history-kind">
                {kindText[entry.kind]} · {plural(entry.evidence.length, 'quote')}
              </span>
              {entry.reason && <div className="history-reason">{entry.reason}</div>}
              <div className="history-at">recorded {entry.at.slice(0, 16).replace('T', ' ')}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

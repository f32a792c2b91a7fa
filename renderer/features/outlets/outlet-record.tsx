import { useId, useMemo, useState } from 'react';
import {
  trackRecordKindLabels,
  trackRecordKinds,
  type OutletDetail,
  type TrackRecordKind,
} from '../../../shared/outlets';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { recordEntries } from './outlet-list-view';

const today = () => new Date().toISOString().slice(0, 10);

/** Splits "Q1, Q3" into ids. */
const ids = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function AddEntry({ detail }: { detail: OutletDetail }) {
  const addRecord = useAppStore((s) => s.addOutletRecord);
  const [kind, setKind] = useState<TrackRecordKind>('note');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [articles, setArticles] = useState<string[]>([]);
  const [quotes, setQuotes] = useState('');
  const id = useId();
  return (
    <details className="record-add">
      <summary>Add an entry…</summary>
      <form
        className="record-form"
        onSubmit={(event) => {
          event.preventDefault();
          void addRecord({
            name: detail.name,
            kind,
            date,
            text: text.trim(),
            ...(articles.length > 0 ? { articleIds: articles } : {}),
            ...(ids(quotes).length > 0 ? { quoteIds: ids(quotes) } : {}),
          }).then((ok) => {
            if (!ok) return;
            setText('');
            setArticles([]);
            setQuotes('');
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind of entry</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as TrackRecordKind)}
          >
            {trackRecordKinds.map((k) => (
              <option key={k} value={k}>
                {trackRecordKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-text`}>What happened</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            required
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        {detail.articles.length > 0 && (
          <div className="field wide">
            <label htmlFor={`${id}-articles`}>Linked articles</label>
            <select
              id={`${id}-articles`}
              multiple
              size={Math.min(4, detail.articles.length)}
              value={articles}
              onChange={(event) =>
                setArticles([...event.target.selectedOptions].map((o) => o.value))
              }
            >
              {detail.articles.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.title || article.id}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field wide">
          <label htmlFor={`${id}-quotes`}>Linked quotes</label>
          <input
            id={`${id}-quotes`}
            value={quotes}
            placeholder="Q1, Q3"
            onChange={(event) => setQuotes(event.target.value)}
          />
        </div>
        <button type="submit" disabled={text.trim() === ''}>
          Add to record
        </button>
      </form>
    </details>
  );
}

/** The outlet's dated track record: newest first, filtered by kind, entries added and removed. */
export function OutletRecord({ detail }: { detail: OutletDetail }) {
  const removeRecord = useAppStore((s) => s.removeOutletRecord);
  const openArticle = useAppStore((s) => s.openArticle);
  const openQuote = useAppStore((s) => s.openQuote);
  const [kind, setKind] = useState<TrackRecordKind | ''>('');
  const filterId = useId();
  const shown = useMemo(() => recordEntries(detail.record, kind), [detail.record, kind]);
  const titles = new Map(detail.articles.map((a) => [a.id, a.title || a.id]));
  return (
    <section className="outlet-section" aria-labelledby={`${filterId}-h`}>
      <h4 id={`${filterId}-h`}>Track record</h4>
      {detail.record.length > 0 && (
        <div className="field inline">
          <label htmlFor={filterId}>Show</label>
          <select
            id={filterId}
            aria-label="Filter the record by kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as TrackRecordKind | '')}
          >
            <option value="">Every kind</option>
            {trackRecordKinds.map((k) => (
              <option key={k} value={k}>
                {trackRecordKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
      )}
      {detail.record.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="record-list" aria-label="Track record">
          {shown.map((entry) => (
            <li key={entry.id} className={`record-entry record-${entry.kind}`}>
              <div className="record-head">
                <span className="record-kind">{trackRecordKindLabels[entry.kind]}</span>
                <span className="muted">{formatDate(entry.date)}</span>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Remove ${entry.id}: ${trackRecordKindLabels[entry.kind]} of ${formatDate(entry.date)}`}
                  onClick={() => void removeRecord(detail.name, entry.id)}
                >
                  Remove
                </button>
              </div>
              <p>{entry.text}</p>
              {(entry.articleIds.length > 0 || entry.quoteIds.length > 0) && (
                <ul className="record-links" aria-label="Linked">
                  {entry.articleIds.map((articleId) => (
                    <li key={articleId}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void openArticle(articleId)}
                      >
                        {titles.get(articleId) ?? articleId}
                      </button>
                    </li>
                  ))}
                  {entry.quoteIds.map((quoteId) => (
                    <li key={quoteId}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void openQuote(quoteId)}
                      >
                        {quoteId}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <AddEntry detail={detail} />
    </section>
  );
}

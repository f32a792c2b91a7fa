import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ArticleView } from '../../../shared/contract';
import { formatCount, formatDate } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { HighlightedText } from '../highlight/highlighted-text';
import './reader.css';

function ArticleMeta({ article }: { article: ArticleView }) {
  // Outlet and date always show (an analyst needs to see when they are unknown); the rest only when stated.
  const rows: [string, string | null, boolean][] = [
    ['Outlet', article.outlet, true],
    ['Published', article.published ? formatDate(article.published) : null, true],
    ['Byline', article.byline, false],
  ];
  return (
    <dl className="reader-meta">
      {rows
        .filter(([, value, always]) => always || value)
        .map(([label, value]) => (
          <div key={label} className="meta-row">
            <dt>{label}</dt>
            <dd className={value ? '' : 'missing'}>{value ?? 'unknown'}</dd>
          </div>
        ))}
      {article.url && (
        <div className="meta-row wide">
          <dt>URL</dt>
          {/* Text, not a link: the app never navigates to or fetches an article's address. */}
          <dd className="reader-url" title={article.url}>
            {article.url}
          </dd>
        </div>
      )}
      <div className="meta-row wide">
        <dt>File</dt>
        <dd className="reader-file" title={`${article.folder}/${article.path}`}>
          {article.folder}/{article.path}
        </dd>
      </div>
    </dl>
  );
}

function HitNavigator({ count, index }: { count: number; index: number }) {
  const { nextHit, previousHit } = useAppStore(
    useShallow((s) => ({ nextHit: s.nextHit, previousHit: s.previousHit })),
  );
  return (
    <div className="hit-nav" role="group" aria-label="Matches in this article">
      <button type="button" onClick={previousHit} disabled={count === 0}>
        <span aria-hidden="true">↑ </span>Previous hit
      </button>
      <span className="hit-counter" aria-live="polite">
        {count === 0 ? 'No hits' : `Hit ${index + 1} of ${count}`}
      </span>
      <button type="button" onClick={nextHit} disabled={count === 0}>
        Next hit<span aria-hidden="true"> ↓</span>
      </button>
    </div>
  );
}

/** The open article: metadata header, text with every match marked, and hit navigation. */
export function Reader() {
  const textRef = useRef<HTMLDivElement>(null);
  const { article, status, error, hitIndex, closeArticle, nextHit, previousHit } = useAppStore(
    useShallow((s) => ({
      article: s.readerArticle,
      status: s.readerStatus,
      error: s.readerError,
      hitIndex: s.readerHitIndex,
      closeArticle: s.closeArticle,
      nextHit: s.nextHit,
      previousHit: s.previousHit,
    })),
  );

  // Bring the current match into view whenever it (or the article) changes.
  useEffect(() => {
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-hit="${hitIndex}"]`);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [hitIndex, article]);

  // A new article starts at the top when it has no matches.
  useEffect(() => {
    if (article && article.highlights.length === 0) textRef.current?.scrollTo?.({ top: 0 });
  }, [article]);

  // Inside the reader, n / F3 go to the next match and Shift+n / Shift+F3 to the previous one.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!article || article.highlights.length === 0) return;
    if (event.key.toLowerCase() !== 'n' && event.key !== 'F3') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    if (event.shiftKey) previousHit();
    else nextHit();
  };

  return (
    <section
      className="reader"
      aria-label="Article"
      aria-busy={status === 'loading'}
      onKeyDown={onKeyDown}
    >
      {status === 'error' && (
        <div role="alert" className="error-banner">
          {error}
        </div>
      )}
      {!article ? (
        status !== 'error' && (
          <div className="reader-empty">
            <p>{status === 'loading' ? 'Opening…' : 'Open a search result to read it here.'}</p>
          </div>
        )
      ) : (
        <>
          <header className="reader-header">
            <div className="reader-title-row">
              <h2 className="reader-title">{article.title || article.path}</h2>
              <button
                type="button"
                className="icon-button"
                aria-label="Close article"
                onClick={closeArticle}
              >
                ×
              </button>
            </div>
            <ArticleMeta article={article} />
            {article.warnings.length > 0 && (
              <details className="reader-warnings">
                <summary>{article.warnings.length} reading warning(s)</summary>
                <ul>
                  {article.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
            <div className="reader-toolbar">
              <HitNavigator count={article.highlights.length} index={hitIndex} />
              <span className="reader-words">{formatCount(article.words)} words</span>
            </div>
          </header>
          <div
            ref={textRef}
            className="reader-text"
            tabIndex={0}
            aria-label="Article text"
            lang={article.lang ?? undefined}
          >
            <div className="reader-body">
              <HighlightedText text={article.text} ranges={article.highlights} current={hitIndex} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}

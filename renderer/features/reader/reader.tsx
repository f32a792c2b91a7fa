// Past ~350 lines: header, toolbar, scroll effects and the pin flow share one open article's state; keys, text units and the long-pin question are split out (use-reader-keys, text-units, long-pin-confirm).
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ArticleView } from '../../../shared/article';
import type { CorrectableField } from '../../../shared/corrections';
import type { Quote } from '../../../shared/quote';
import type { AttributionRange, QuoteRange } from '../../lib/article-segments';
import { copyText } from '../../lib/clipboard';
import { formatCount, formatDate } from '../../lib/format';
import { shortcutLabel } from '../../lib/platform';
import { useAppStore } from '../../state/store-context';
import { ArticleOrigin, useAttributionMarks } from './article-origin';
import { ArticleText } from './article-text';
import { CorrectMetadata } from './correct-metadata';
import { LongPinConfirm } from './long-pin-confirm';
import { PinMenu } from './pin-menu';
import { isLongPassage, paragraphCount } from './text-units';
import { isPinShortcut, readerKeysHelp, useReaderKeys } from './use-reader-keys';
import { useTextSelection, type TextSelection } from './use-text-selection';
import './reader.css';

const noQuotes: QuoteRange[] = [];
const noAttributions: AttributionRange[] = [];

/** The article's pinned quotes whose anchor still matches its text (a lost one has no place to mark). */
function quoteRangesFor(article: ArticleView | null, quotes: Quote[]): QuoteRange[] {
  if (!article) return noQuotes;
  const ranges = quotes
    .filter(
      (q) =>
        q.articleId === article.id &&
        q.status !== 'lost' &&
        article.text.slice(q.start, q.end) === q.exact,
    )
    .map((q) => ({ id: q.id, start: q.start, end: q.end }));
  return ranges.length === 0 ? noQuotes : ranges;
}

function ArticleMeta({ article }: { article: ArticleView }) {
  // Outlet and date always show (an analyst needs to see when they are unknown); the rest only when stated.
  const rows: [string, string | null, boolean, CorrectableField][] = [
    ['Publisher', article.outlet, true, 'outlet'],
    ['Published', article.published ? formatDate(article.published) : null, true, 'published'],
    ['Byline', article.byline, false, 'byline'],
  ];
  const titleCorrected = article.corrected?.title;
  return (
    <dl className="reader-meta">
      {rows
        .filter(([, value, always]) => always || value)
        .map(([label, value, , field]) => {
          const corrected = article.corrected?.[field];
          return (
            <div key={label} className="meta-row">
              <dt>{label}</dt>
              <dd className={value ? '' : 'missing'}>
                {value ?? 'unknown'}
                {corrected && (
                  <span
                    className="meta-corrected"
                    title={`Your correction; the file says: ${corrected.extracted ?? 'unknown'}`}
                  >
                    {' '}
                    corrected
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      {titleCorrected && (
        <div className="meta-row wide">
          <dt>Title</dt>
          <dd>
            <span className="meta-corrected">corrected</span>; the file says:{' '}
            {titleCorrected.extracted ?? 'unknown'}
          </dd>
        </div>
      )}
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
  const bodyRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const {
    article,
    status,
    error,
    gone,
    revision,
    hitIndex,
    quotes,
    quoteId,
    quoteTick,
    closeArticle,
    nextHit,
    previousHit,
    pinQuote,
    openQuote,
    announce,
  } = useAppStore(
    useShallow((s) => ({
      article: s.readerArticle,
      status: s.readerStatus,
      error: s.readerError,
      gone: s.readerGone,
      revision: s.readerRevision,
      hitIndex: s.readerHitIndex,
      quotes: s.quotesList,
      quoteId: s.readerQuoteId,
      quoteTick: s.readerQuoteTick,
      closeArticle: s.closeArticle,
      nextHit: s.nextHit,
      previousHit: s.previousHit,
      pinQuote: s.pinQuote,
      openQuote: s.openQuote,
      announce: s.announce,
    })),
  );
  const quoteRanges = useMemo(() => quoteRangesFor(article, quotes), [article, quotes]);
  const { selection, read } = useTextSelection(bodyRef, article?.text ?? null);
  const pinShortcut = shortcutLabel('P', true);
  const [longPin, setLongPin] = useState<TextSelection | null>(null);
  const keys = useReaderKeys(bodyRef, article?.text ?? null, article?.lang ?? null, read);

  const pin = useCallback(() => {
    const range = read();
    if (!article || !range) {
      announce('Select some of the article text to pin it (Alt+Down selects a sentence).');
      return;
    }
    if (isLongPassage(article.text, range)) {
      setLongPin(range);
      return;
    }
    void pinQuote({ articleId: article.id, ...range });
  }, [announce, article, pinQuote, read]);

  const copySelection = useCallback(() => {
    const range = read();
    if (!article || !range) return;
    void copyText(article.text.slice(range.start, range.end)).then((copied) =>
      announce(copied ? 'Copied' : 'Could not copy to the clipboard'),
    );
  }, [announce, article, read]);

  const closeMenu = useCallback(() => setMenu(null), []);

  // Ctrl/Cmd+Shift+P pins the selection wherever focus is (the selection is what counts).
  useEffect(() => {
    if (!article) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isPinShortcut(event)) return;
      // Also keeps the browser's own Ctrl+Shift+P (print) from opening over the reader.
      event.preventDefault();
      pin();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [article, pin]);

  // A newer reading of the same file (revision bumped) keeps the analyst's scroll position: the
  // effects below scroll only for what the analyst asked (another article, match or quote).
  const seen = useRef({ revision, hitIndex, quoteTick });
  const refreshOnly = (): boolean => {
    const last = seen.current;
    return last.revision !== revision && last.hitIndex === hitIndex && last.quoteTick === quoteTick;
  };

  // Bring the current match into view whenever it (or the article) changes, unless a quote was asked for.
  useEffect(() => {
    if (quoteId || refreshOnly()) return;
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-hit="${hitIndex}"]`);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    // quoteId is read, not watched: choosing a quote scrolls through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hitIndex, article]);

  // Show the quote the analyst chose in the Quotes panel.
  useEffect(() => {
    if (!quoteId || !article || refreshOnly()) return;
    const passage = textRef.current?.querySelector<HTMLElement>(
      `[data-quote~="${CSS.escape(quoteId)}"]`,
    );
    passage?.scrollIntoView?.({ block: 'center' });
    // refreshOnly compares through a ref; it is not a reason to run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quoteId, quoteTick, article]);

  const onContextMenu = (event: MouseEvent) => {
    // Without a selection the browser's own menu is more useful than ours.
    if (!read()) return;
    event.preventDefault();
    setMenu({ x: event.clientX, y: event.clientY });
  };

  // A new article starts at the top when it has no matches.
  useEffect(() => {
    if (refreshOnly()) return;
    if (article && article.highlights.length === 0) textRef.current?.scrollTo?.({ top: 0 });
    // refreshOnly reads the revision through a ref; only a new article object matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article]);

  // Declared after the scrolling effects so they compare against the previous render.
  useEffect(() => {
    seen.current = { revision, hitIndex, quoteTick };
  });

  // Inside the reader, n / F3 go to the next match and Shift+n / Shift+F3 to the previous one.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!article || article.highlights.length === 0) return;
    if (event.key.toLowerCase() !== 'n' && event.key !== 'F3') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    if (event.shiftKey) previousHit();
    else nextHit();
  };

  const openPinned = (id: string) => void openQuote(id);
  const origin = useAttributionMarks(article);
  const [marksOn, setMarksOn] = useState(true);
  const [correcting, setCorrecting] = useState<string | null>(null);

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
      {gone && article && (
        <div role="alert" className="error-banner">
          {gone}
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
            {correcting === article.id ? (
              <CorrectMetadata article={article} onDone={() => setCorrecting(null)} />
            ) : (
              <button
                type="button"
                className="link-button correct-open"
                onClick={() => setCorrecting(article.id)}
              >
                Correct metadata…
              </button>
            )}
            {origin.view && (
              <ArticleOrigin view={origin.view} marked={marksOn} onToggleMarks={setMarksOn} />
            )}
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
              <button
                type="button"
                className="pin-button"
                disabled={!selection}
                aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
                title={
                  (selection
                    ? `Pin the selected text as a quote (${pinShortcut}).`
                    : `Select text in the article to pin it (${pinShortcut}).`) + readerKeysHelp
                }
                // Keeps the click from moving focus and disturbing the selection it pins.
                onMouseDown={(event) => event.preventDefault()}
                onClick={pin}
              >
                Pin quote
              </button>
              <span className="reader-words">{formatCount(article.words)} words</span>
            </div>
            {longPin && (
              <LongPinConfirm
                chars={longPin.end - longPin.start}
                paragraphs={paragraphCount(article.text, longPin)}
                onPin={() => {
                  setLongPin(null);
                  void pinQuote({ articleId: article.id, ...longPin });
                }}
                onCancel={() => {
                  setLongPin(null);
                  textRef.current?.focus();
                }}
              />
            )}
          </header>
          <div
            ref={textRef}
            className="reader-text"
            tabIndex={0}
            aria-label="Article text"
            aria-description={readerKeysHelp}
            lang={article.lang ?? undefined}
            onKeyDown={(event) => {
              if (keys.onKeyDown(event)) event.stopPropagation();
            }}
            onContextMenu={onContextMenu}
          >
            <div className="reader-body" ref={bodyRef}>
              <ArticleText
                text={article.text}
                hits={article.highlights}
                current={hitIndex}
                quotes={quoteRanges}
                focusedQuote={quoteId}
                onOpenQuote={openPinned}
                attributions={marksOn ? origin.spans : noAttributions}
              />
            </div>
          </div>
          <span className="visually-hidden" aria-live="polite">
            {keys.cursor}
          </span>
          {menu && (
            <PinMenu
              x={menu.x}
              y={menu.y}
              shortcut={pinShortcut}
              onPin={pin}
              onCopy={copySelection}
              onClose={closeMenu}
            />
          )}
        </>
      )}
    </section>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useDeferredValue, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SearchHit } from '../../../shared/search';
import { formatDate } from '../../lib/format';
import { normalizeRanges } from '../../lib/text-ranges';
import { useAppStore } from '../../state/store-context';
import { HighlightedText } from '../highlight/highlighted-text';
import './results.css';

/** Start fetching the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 30;

type HitRowProps = {
  hit: SearchHit;
  index: number;
  active: boolean;
  open: boolean;
  /** Who it relays (null: own reporting); undefined until origins are analysed. */
  origin: string | null | undefined;
  onOpen: (index: number) => void;
};

const HitRow = memo(function HitRow({ hit, index, active, open, origin, onOpen }: HitRowProps) {
  const ranges = useMemo(
    () => normalizeRanges(hit.highlights, hit.snippet.length),
    [hit.highlights, hit.snippet],
  );
  const meta = [hit.outlet ?? 'Unknown outlet', formatDate(hit.published)].filter(Boolean);
  return (
    <>
      <button
        type="button"
        className="hit-title"
        tabIndex={active ? 0 : -1}
        aria-describedby={`hit-${index}-meta hit-${index}-snippet`}
        onClick={() => onOpen(index)}
      >
        {hit.title || hit.path}
      </button>
      <div className="hit-meta" id={`hit-${index}-meta`}>
        {meta.map((part, i) => (
          <span key={i} className={i === 0 ? 'hit-outlet' : 'hit-date'}>
            {part}
          </span>
        ))}
        {origin !== undefined && (
          <span className={origin ? 'hit-origin' : 'hit-origin own'}>
            {origin ? `via ${origin}` : 'own reporting'}
          </span>
        )}
        {open && <span className="hit-open-badge">Open</span>}
      </div>
      <p className="hit-snippet" id={`hit-${index}-snippet`}>
        <HighlightedText text={hit.snippet} ranges={ranges} />
      </p>
    </>
  );
});

/** The hits, virtualised so tens of thousands scroll smoothly; ↑/↓ move, Enter opens. */
export function ResultsList() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const answer = useAppStore(
    useShallow((s) => ({
      hits: s.searchHits,
      total: s.searchTotal,
      status: s.searchStatus,
      loadingMore: s.searchLoadingMore,
      query: s.searchQuery,
    })),
  );
  // The first page of a new answer can take tens of milliseconds to render (the first time in a
  // session most of all): rendered at low priority, it yields to keys typed meanwhile, so the
  // search box never waits on the list (#14). Keyboard moves and the open article stay urgent.
  const { hits, total, status, loadingMore, query } = useDeferredValue(answer);
  const activeIndex = useAppStore((s) => s.searchActiveIndex);
  const openId = useAppStore((s) => s.readerId);
  const setActive = useAppStore((s) => s.setSearchActiveIndex);
  const openArticle = useAppStore((s) => s.openArticle);
  const loadMore = useAppStore((s) => s.loadMoreHits);
  const origins = useAppStore((s) => s.originsSummary?.origins);

  // The app does not use the React Compiler, so the virtualiser's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 112,
    overscan: 6,
    getItemKey: (index) => hits[index]?.id ?? index,
    // Before the first layout (and in test DOMs) assume a viewport, so rows render at once.
    initialRect: { width: 480, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastRendered >= hits.length - PREFETCH_ROWS && hits.length < total) void loadMore();
  }, [lastRendered, hits.length, total, loadMore]);

  // New results: back to the top.
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [query]);

  // After a keyboard move, focus the active row once it has been rendered.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-index="${activeIndex}"] .hit-title`,
    );
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const open = (index: number) => {
    setActive(index);
    const hit = hits[index];
    if (hit) void openArticle(hit.id);
  };

  const move = (index: number) => {
    const target = Math.max(0, Math.min(index, hits.length - 1));
    focusPending.current = true;
    setActive(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: hits.length - 1,
      PageDown: activeIndex + 8,
      PageUp: activeIndex - 8,
    };
    const target = keys[event.key];
    if (target === undefined || hits.length === 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && activeIndex <= 0) {
      document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      return;
    }
    move(target);
  };

  if (status === 'idle') {
    return (
      <div className="results-empty">
        <p>Type a query to search every indexed article.</p>
        <p className="hint">
          Try <code>crimea</code>, <code>&quot;land bridge&quot;</code> or{' '}
          <code>title:putin -nato</code>.
        </p>
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className={status === 'loading' ? 'results-scroll is-loading' : 'results-scroll'}
    >
      <div
        role="list"
        aria-label="Search results"
        aria-busy={status === 'loading'}
        className="results-list"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const hit = hits[item.index];
          if (!hit) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              aria-current={hit.id === openId ? 'true' : undefined}
              className={[
                'result-row',
                item.index === activeIndex ? 'active' : '',
                hit.id === openId ? 'is-open' : '',
              ].join(' ')}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={(event) => {
                // The title button handles its own clicks; elsewhere on the row opens too.
                if (!(event.target as HTMLElement).closest('button')) open(item.index);
              }}
            >
              <HitRow
                hit={hit}
                index={item.index}
                active={item.index === activeIndex}
                open={hit.id === openId}
                origin={origins && Object.hasOwn(origins, hit.id) ? origins[hit.id] : undefined}
                onOpen={open}
              />
            </div>
          );
        })}
      </div>
      {loadingMore && <p className="results-more">Loading more…</p>}
    </div>
  );
}

import { memo, useMemo, type KeyboardEvent } from 'react';
import type { TextRange } from '../../../shared/search';
import { segmentArticle, type AttributionRange, type QuoteRange } from '../../lib/article-segments';
import { attributionLabel } from './attribution-label';

type Props = {
  text: string;
  /** Sorted, merged search matches. */
  hits: readonly TextRange[];
  /** Current match, marked aria-current. */
  current: number;
  /** Pinned passages of this article. */
  quotes: readonly QuoteRange[];
  /** The quote the analyst asked to see, emphasised. */
  focusedQuote: string | null;
  /** Shows a pinned quote's card (Enter on its passage, or a click that selects nothing). */
  onOpenQuote?: (id: string) => void;
  /** Spans crediting a source (relays, statements, anonymous sources, credits), marked by kind. */
  attributions?: readonly AttributionRange[];
};

const noAttributions: readonly AttributionRange[] = [];

/**
 * The article text as runs that each carry `data-offset` (where the run starts in the text), so a
 * selection maps back to text offsets; search matches are <mark>s, pinned quotes are underlined
 * runs titled with their ids. Rendered as React text nodes, never as HTML.
 */
export const ArticleText = memo(function ArticleText({
  text,
  hits,
  current,
  quotes,
  focusedQuote,
  onOpenQuote,
  attributions = noAttributions,
}: Props) {
  const segments = useMemo(
    () => segmentArticle(text, hits, quotes, attributions),
    [text, hits, quotes, attributions],
  );
  // The first run of each quote is its stop in the Tab order and carries its accessible name.
  const named = new Set<string>();
  return (
    <>
      {segments.map((segment) => {
        const pinned = segment.quotes.length > 0;
        const fresh = segment.quotes.filter((id) => !named.has(id));
        for (const id of fresh) named.add(id);
        const first = fresh[0];
        const quoteProps = pinned
          ? {
              'data-quote': segment.quotes.join(' '),
              title: segment.quotes.join(', '),
              ...(first
                ? {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': `Pinned quote ${fresh.join(', ')}`,
                    onKeyDown: (event: KeyboardEvent) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      onOpenQuote?.(first);
                    },
                    onClick: () => {
                      // A drag that selects text is a selection, not a request to open the quote.
                      if (window.getSelection()?.isCollapsed !== false) onOpenQuote?.(first);
                    },
                  }
                : {}),
            }
          : {};
        const credit = segment.attribution;
        const attributionProps = credit
          ? {
              'data-attribution': credit.kind,
              // A pinned quote's title names the quote; the attribution is said in the class and data.
              ...(pinned ? {} : { title: attributionLabel(credit) }),
            }
          : {};
        const classes = [
          credit ? `attribution attribution-${credit.kind}` : '',
          pinned ? 'pinned-quote' : '',
          focusedQuote && segment.quotes.includes(focusedQuote) ? 'focused-quote' : '',
        ];
        if (segment.hit === null) {
          return (
            <span
              key={segment.start}
              data-offset={segment.start}
              className={classes.filter(Boolean).join(' ') || undefined}
              {...attributionProps}
              {...quoteProps}
            >
              {segment.text}
            </span>
          );
        }
        const isCurrent = segment.hit === current;
        return (
          <mark
            key={segment.start}
            data-offset={segment.start}
            data-hit={segment.hit}
            aria-current={isCurrent ? 'true' : undefined}
            className={['match', isCurrent ? 'current-match' : '', ...classes]
              .filter(Boolean)
              .join(' ')}
            {...attributionProps}
            {...quoteProps}
          >
            {segment.text}
          </mark>
        );
      })}
    </>
  );
});

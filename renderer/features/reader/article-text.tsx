import { memo, useMemo } from 'react';
import type { TextRange } from '../../../shared/search';
import { segmentArticle, type QuoteRange } from '../../lib/article-segments';

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
};

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
}: Props) {
  const segments = useMemo(() => segmentArticle(text, hits, quotes), [text, hits, quotes]);
  return (
    <>
      {segments.map((segment) => {
        const pinned = segment.quotes.length > 0;
        const quoteProps = pinned
          ? {
              'data-quote': segment.quotes.join(' '),
              title: segment.quotes.join(', '),
            }
          : {};
        const classes = [
          pinned ? 'pinned-quote' : '',
          focusedQuote && segment.quotes.includes(focusedQuote) ? 'focused-quote' : '',
        ];
        if (segment.hit === null) {
          return (
            <span
              key={segment.start}
              data-offset={segment.start}
              className={classes.filter(Boolean).join(' ') || undefined}
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
            {...quoteProps}
          >
            {segment.text}
          </mark>
        );
      })}
    </>
  );
});

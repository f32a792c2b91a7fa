import { memo, useMemo } from 'react';
import type { TextRange } from '../../../shared/search';
import { splitByRanges } from '../../lib/text-ranges';

type Props = {
  text: string;
  /** Sorted, merged ranges into `text`. */
  ranges: readonly TextRange[];
  /** Match to mark as current (aria-current), if any. */
  current?: number;
};

/** Text with its matches wrapped in <mark>; rendered as React text nodes, never as HTML. */
export const HighlightedText = memo(function HighlightedText({
  text,
  ranges,
  current = -1,
}: Props) {
  const segments = useMemo(() => splitByRanges(text, ranges), [text, ranges]);
  return (
    <>
      {segments.map((segment) =>
        segment.hit === null ? (
          segment.text
        ) : (
          <mark
            key={segment.start}
            data-hit={segment.hit}
            aria-current={segment.hit === current ? 'true' : undefined}
            className={segment.hit === current ? 'match current-match' : 'match'}
          >
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
});

import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleText } from '../features/reader/article-text';
import { segmentArticle } from './article-segments';
import { boundaryOffset, rangeToTextOffsets, trimRange } from './selection-offsets';

afterEach(cleanup);

const text = 'Crimea is not up for discussion. The land bridge to Crimea stays. Crimea, again.';

/** Renders the text as the reader does: search hits and pinned quotes cut it into runs. */
const renderText = () => {
  const { container } = render(
    <div data-testid="body">
      <ArticleText
        text={text}
        hits={[
          { start: 0, end: 6 },
          { start: 52, end: 58 },
        ]}
        current={0}
        quotes={[{ id: 'Q1', start: 33, end: 65 }]}
        focusedQuote={null}
      />
    </div>,
  );
  const root = container.firstElementChild as HTMLElement;
  return root;
};

/** The text node whose run starts at `offset`. */
const runAt = (root: Element, offset: number): Text => {
  const run = root.querySelector(`[data-offset="${offset}"]`);
  if (!run?.firstChild) throw new Error(`no run at ${offset}`);
  return run.firstChild as Text;
};

describe('mapping a selection back to article text', () => {
  it('cuts the text into runs that tile it exactly, wherever hits and quotes overlap', () => {
    const segments = segmentArticle(
      text,
      [{ start: 52, end: 58 }],
      [{ id: 'Q1', start: 33, end: 65 }],
    );
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.start, s.hit, s.quotes.join()])).toEqual([
      [0, null, ''],
      [33, null, 'Q1'],
      [52, 0, 'Q1'],
      [58, null, 'Q1'],
      [65, null, ''],
    ]);
  });

  it('maps a range that starts in plain text and ends inside a mark to the exact text offsets', () => {
    const root = renderText();
    const range = document.createRange();
    // "discussion. The land bridge to Cri": from offset 21 to 55.
    range.setStart(runAt(root, 6), 21 - 6);
    range.setEnd(runAt(root, 52), 55 - 52);

    const offsets = rangeToTextOffsets(root, range, text);

    expect(offsets).toEqual({ start: 21, end: 55 });
    expect(text.slice(offsets!.start, offsets!.end)).toBe('discussion. The land bridge to Cri');
  });

  it('handles boundaries on elements rather than text nodes, as a triple-click gives', () => {
    const root = renderText();
    const quoteRun = root.querySelector('[data-offset="33"]')!;
    const range = document.createRange();
    range.setStart(quoteRun, 0);
    // After the last child of the container: the end of the text.
    range.setEnd(root, root.childNodes.length);

    expect(rangeToTextOffsets(root, range, text)).toEqual({ start: 33, end: text.length });
    expect(boundaryOffset(root, root, 0, text.length)).toBe(0);
    expect(boundaryOffset(root, quoteRun, 1, text.length)).toBe(52);
  });

  it('trims surrounding whitespace and clips a range that reaches outside the text', () => {
    const root = renderText();
    const outside = document.createElement('p');
    outside.textContent = 'Title';
    document.body.prepend(outside);
    const range = document.createRange();
    range.setStart(outside.firstChild!, 2);
    range.setEnd(runAt(root, 6), 1);

    expect(rangeToTextOffsets(root, range, text)).toEqual({ start: 0, end: 6 });
    expect(trimRange('  a b  ', 0, 7)).toEqual({ start: 2, end: 5 });
    outside.remove();
  });

  it('ignores a collapsed selection, one elsewhere on the page, and one of only spaces', () => {
    const root = renderText();
    const elsewhere = document.createElement('p');
    elsewhere.textContent = 'Somewhere else';
    document.body.append(elsewhere);
    const collapsed = document.createRange();
    collapsed.setStart(runAt(root, 6), 3);
    const away = document.createRange();
    away.selectNodeContents(elsewhere);
    const blank = document.createRange();
    blank.setStart(runAt(root, 6), 0);
    blank.setEnd(runAt(root, 6), 1);

    expect(rangeToTextOffsets(root, collapsed, text)).toBeNull();
    expect(rangeToTextOffsets(root, away, text)).toBeNull();
    expect(rangeToTextOffsets(root, blank, text)).toBeNull();
    elsewhere.remove();
  });
});

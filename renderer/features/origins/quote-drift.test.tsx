import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteDrift, QuoteVariant } from '../../../shared/quote-drift';
import { QuoteDriftList } from './quote-drift';

afterEach(cleanup);

const variant = (n: number, text: string, diff: QuoteVariant['diff']): QuoteVariant => ({
  articleId: `k:00${n}.txt`,
  path: `00${n}.txt`,
  title: `Article ${n}`,
  outlet: n === 2 ? 'Outlet Two' : null,
  text,
  start: 10 * n,
  end: 10 * n + text.length,
  diff,
});

const drift: QuoteDrift[] = [
  {
    wordings: 2,
    variants: [
      variant(1, 'pressure to declare victory', [
        { kind: 'same', text: 'pressure to declare victory' },
      ]),
      variant(2, 'pressure to claim victory', [
        { kind: 'same', text: 'pressure to ' },
        { kind: 'removed', text: 'declare' },
        { kind: 'added', text: 'claim' },
        { kind: 'same', text: ' victory' },
      ]),
    ],
  },
];

describe('quote drift', () => {
  it('lists each wording beside the others with its article and the words that differ', () => {
    render(<QuoteDriftList drift={drift} />);
    const cluster = screen.getByRole('figure', { name: 'Quotation 1' });
    expect(within(cluster).getByText('Quoted in 2 articles, in 2 wordings')).toBeTruthy();
    const items = within(cluster).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Reference wording');
    expect(within(items[0]!).getByText('Article 1')).toBeTruthy();
    expect(within(items[1]!).getByText('Outlet Two · 002.txt')).toBeTruthy();
    expect(items[0]?.querySelector('del, ins')).toBeNull();
    expect(items[1]?.querySelector('del')?.textContent).toBe('[only in the reference: declare]');
    expect(items[1]?.querySelector('ins')?.textContent).toBe('[added: claim]');
    // The legend says what the marks mean, and the wordings point at it.
    const legend = screen.getByText(/compared with the reference wording/);
    expect(legend.querySelector('del')?.textContent).toBe('only in the reference');
    expect(legend.querySelector('ins')?.textContent).toBe('only in this wording');
    expect(within(cluster).getByRole('list').getAttribute('aria-describedby')).toBe(legend.id);
  });

  it('opens a wording at its offsets when asked, and offers no button without a handler', () => {
    const opened: QuoteVariant[] = [];
    const { rerender } = render(<QuoteDriftList drift={drift} onOpen={(v) => opened.push(v)} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Open in reader' })[1]!);
    expect(opened.map((v) => [v.articleId, v.start, v.end])).toEqual([['k:002.txt', 20, 45]]);
    rerender(<QuoteDriftList drift={drift} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when no quotation drifts', () => {
    render(<QuoteDriftList drift={[]} />);
    expect(
      screen.getByText('No quotation is worded differently across these articles.'),
    ).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

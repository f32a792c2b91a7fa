import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticleView } from '../../../shared/testing/article-fixtures';
import { createFakeApi } from '../../api/fake-api';
import { makeQuote } from '../../../shared/testing/quote-fixtures';
import { renderWithStore } from '../../test/render-app';
import { Reader } from './reader';

afterEach(cleanup);

const text = 'Crimea is not up for discussion. The land bridge to Crimea stays. Crimea, again.';
const article = makeArticleView(text, {
  id: 'seeds:004.txt',
  folder: '/app/seeds',
  path: '004.txt',
  title: 'Putin won’t give up territories',
  outlet: 'Reuters',
  byline: 'Jane Doe',
  url: 'https://example.com/story',
  published: '2024-11-20',
  hash: 'abc',
  highlights: [
    { start: 0, end: 6 },
    { start: 52, end: 58 },
    { start: 66, end: 72 },
  ],
});

const openArticle = async () => {
  const api = createFakeApi({ 'article:get': () => ({ ok: true, value: article }) });
  const view = renderWithStore(<Reader />, api);
  await act(() => view.store.getState().openArticle(article.id));
  return view;
};

const currentMark = () => document.querySelector('mark[aria-current="true"]');

describe('Reader', () => {
  it('shows the metadata and the text with every match marked', async () => {
    await openArticle();

    const region = screen.getByRole('region', { name: 'Article' });
    expect(screen.getByRole('heading', { name: article.title })).toBeTruthy();
    expect(region.textContent).toContain('Reuters');
    expect(region.textContent).toContain('Jane Doe');
    expect(region.textContent).toContain('https://example.com/story');
    expect(region.textContent).toContain('/app/seeds/004.txt');
    // The URL is text, never a link the app could follow.
    expect(region.querySelector('a')).toBeNull();
    expect(region.querySelectorAll('mark')).toHaveLength(3);
    expect(screen.getByText('Hit 1 of 3')).toBeTruthy();
    expect(currentMark()?.textContent).toBe('Crimea');
    expect(currentMark()?.getAttribute('data-hit')).toBe('0');
  });

  it('steps to the next and previous hit and marks it as current', async () => {
    await openArticle();

    fireEvent.click(screen.getByRole('button', { name: /Next hit/ }));
    expect(screen.getByText('Hit 2 of 3')).toBeTruthy();
    expect(currentMark()?.getAttribute('data-hit')).toBe('1');
    expect(document.querySelectorAll('mark[aria-current]')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: /Previous hit/ }));
    fireEvent.click(screen.getByRole('button', { name: /Previous hit/ }));
    expect(screen.getByText('Hit 3 of 3')).toBeTruthy();
    expect(currentMark()?.getAttribute('data-hit')).toBe('2');
  });

  it('renders markup in an article as plain text, never as elements', async () => {
    const hostile =
      '<img src="http://203.0.113.9/x.png" onerror="alert(1)"><script>alert(2)</script>';
    const api = createFakeApi({
      'article:get': () => ({ ok: true, value: { ...article, text: hostile, highlights: [] } }),
    });
    const view = renderWithStore(<Reader />, api);
    await act(() => view.store.getState().openArticle(article.id));

    const region = screen.getByRole('region', { name: 'Article' });
    expect(region.querySelector('img, script')).toBeNull();
    expect(region.textContent).toContain(hostile);
    expect(screen.getByText('No hits')).toBeTruthy();
  });

  it('pins the selected text with its offsets in the article text, across marks', async () => {
    const api = createFakeApi({ 'article:get': () => ({ ok: true, value: article }) });
    api.handle('quote:pin', (input) => ({
      ok: true,
      value: {
        ...makeQuote({ id: 'Q4', ...input, exact: text.slice(input.start, input.end) }),
        existing: false,
      },
    }));
    const view = renderWithStore(<Reader />, api);
    await act(() => view.store.getState().openArticle(article.id));
    const pin = screen.getByRole('button', { name: /Pin quote/ });
    expect(pin.hasAttribute('disabled')).toBe(true);
    expect(pin.getAttribute('aria-keyshortcuts')).toContain('Control+Shift+P');

    // "The land bridge to Crimea stays." spans a plain run, a hit mark and another plain run.
    const start = text.indexOf('The land');
    const end = text.indexOf('stays.') + 'stays.'.length;
    const runs = [
      ...screen.getByLabelText('Article text').querySelectorAll<HTMLElement>('[data-offset]'),
    ];
    const runFor = (offset: number) =>
      runs.filter((el) => Number(el.dataset.offset) <= offset).at(-1)!;
    const from = runFor(start);
    const to = runFor(end - 1);
    const range = document.createRange();
    range.setStart(from.firstChild!, start - Number(from.dataset.offset));
    range.setEnd(to.firstChild!, end - Number(to.dataset.offset));
    act(() => {
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(pin.hasAttribute('disabled')).toBe(false);

    await act(async () => {
      fireEvent.click(pin);
      await Promise.resolve();
    });

    expect(api.callsTo('quote:pin')).toEqual([{ articleId: article.id, start, end }]);
    // The pinned passage is now marked in the text, titled with its id, apart from the hit marks.
    const passage = document.querySelectorAll('[data-quote~="Q4"]');
    expect([...passage].map((el) => el.textContent).join('')).toBe(text.slice(start, end));
    expect(passage[0]?.getAttribute('title')).toBe('Q4');
    expect(document.querySelectorAll('mark')).toHaveLength(3);
  });
});

import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { ResultsList } from './results-list';

afterEach(cleanup);

// jsdom has no layout; give the scroll area a viewport so the virtualiser renders rows.
const viewport = { clientHeight: 800, clientWidth: 480 };
const originals = Object.keys(viewport).map(
  (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
);
beforeAll(() => {
  for (const [key, value] of Object.entries(viewport)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of originals) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

const hits: SearchHit[] = [
  {
    id: 'seeds:a.txt',
    path: 'a.txt',
    title: 'Putin offers to freeze the war',
    outlet: 'Financial Times',
    published: '2025-04-22',
    score: 2,
    snippet: 'recognition of Crimea as Russian; Crimea again',
    highlights: [
      { start: 15, end: 21 },
      { start: 34, end: 40 },
    ],
  },
  {
    id: 'seeds:b.txt',
    path: 'b.txt',
    title: 'Kremlin rules out giving up territory',
    outlet: null,
    published: null,
    score: 1,
    snippet: 'the land bridge to Crimea',
    highlights: [{ start: 19, end: 25 }],
  },
];

const setup = async () => {
  const api = createFakeApi({
    'search:query': (input) => ({
      ok: true,
      value: { query: input.text, notice: null, total: hits.length, hits, undatedHidden: 0 },
    }),
  });
  const view = renderWithStore(<ResultsList />, api);
  await act(async () => {
    view.store.getState().setSearchText('crimea');
    await view.store.getState().runSearch();
  });
  return { api, ...view };
};

describe('ResultsList', () => {
  it('lists each hit with its title, outlet, date and highlighted snippet', async () => {
    await setup();

    const list = screen.getByRole('list', { name: 'Search results' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(within(first).getByRole('button', { name: /Putin offers/ })).toBeTruthy();
    expect(first.textContent).toContain('Financial Times');
    expect(first.textContent).toContain('22 Apr 2025');
    const marks = first.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Crimea', 'Crimea']);
    expect(items[1]!.textContent).toContain('Unknown outlet');
  });

  it('moves the active row with the arrow keys and opens it with Enter', async () => {
    const { api, store } = await setup();
    const firstButton = screen.getByRole('button', { name: /Putin offers/ });
    const secondButton = screen.getByRole('button', { name: /Kremlin rules out/ });
    expect(firstButton.tabIndex).toBe(0);
    expect(secondButton.tabIndex).toBe(-1);

    firstButton.focus();
    fireEvent.keyDown(firstButton, { key: 'ArrowDown' });
    expect(secondButton.tabIndex).toBe(0);
    expect(document.activeElement).toBe(secondButton);

    fireEvent.click(secondButton); // Enter on a focused button is a click.
    await waitFor(() => expect(store.getState().readerId).toBe('seeds:b.txt'));
    expect(api.callsTo('article:get')).toEqual([{ id: 'seeds:b.txt', query: 'crimea' }]);
  });
});

import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/quote';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { makeQuote } from '../../../shared/testing/quote-fixtures';
import { QuotesPanel } from './quotes-panel';

afterEach(cleanup);

const quotes: Quote[] = [
  makeQuote({
    id: 'Q1',
    exact: 'Crimea is not up for discussion.',
    outlet: 'Reuters',
    speaker: 'Kremlin official',
    tags: ['crimea'],
    createdAt: '2025-05-01T10:00:00Z',
    published: '2025-05-10',
  }),
  makeQuote({
    id: 'Q2',
    exact: 'Ukraine will not legally recognise the occupation of Crimea.',
    outlet: 'BBC',
    speaker: 'Zelensky',
    tags: ['crimea', 'recognition'],
    createdAt: '2025-05-01T11:00:00Z',
    published: '2025-04-22',
  }),
  makeQuote({
    id: 'Q3',
    exact: 'Kyiv must drop its NATO ambitions.',
    outlet: null,
    tags: ['nato'],
    status: 'lost',
    statusReason: 'the exact text is no longer in the article',
    closest: {
      text: 'Kyiv should drop its NATO ambitions.',
      start: 10,
      end: 46,
      similarity: 0.9,
      diff: [
        { kind: 'same', text: 'Kyiv ' },
        { kind: 'removed', text: 'must' },
        { kind: 'added', text: 'should' },
        { kind: 'same', text: ' drop its NATO ambitions.' },
      ],
    },
    createdAt: '2025-05-01T12:00:00Z',
    published: null,
  }),
];

const renderPanel = async (list = quotes) => {
  const api = createFakeApi({ 'quote:list': () => ({ ok: true, value: list }) });
  const view = renderWithStore(<QuotesPanel />, api);
  await act(() => view.store.getState().refreshQuotes());
  return { ...view, api };
};

const shownIds = () =>
  within(screen.getByRole('list', { name: 'Pinned quotes' }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-labelledby')?.match(/Q\d+/)?.[0]);

describe('QuotesPanel', () => {
  it('shows a relayed quote’s Admiralty pair, read out in words, with whose report it is', async () => {
    await renderPanel([
      makeQuote({
        id: 'Q1',
        grade: 2,
        outlet: 'Daily Relay',
        reliability: {
          outlet: 'Financial Times',
          publisher: 'Daily Relay',
          grade: 'B',
          pair: 'B2',
        },
      }),
    ]);
    const card = screen.getByRole('listitem', { name: 'Q1' });
    expect(within(card).getByText('B2').closest('.quote-pair')?.textContent).toBe(
      'B2Admiralty B2: Financial Times: usually reliable · probably true',
    );
    expect(within(card).getByText('via Financial Times, published by Daily Relay')).toBeTruthy();
  });

  it('lists every quote with its status and provenance', async () => {
    await renderPanel();

    const panel = screen.getByRole('complementary', { name: 'Quotes' });
    expect(shownIds()).toEqual(['Q1', 'Q2', 'Q3']);
    expect(within(panel).getByText('3 quotes')).toBeTruthy();
    const q2 = screen.getByRole('listitem', { name: 'Q2' });
    expect(q2.textContent).toContain('BBC · 22 Apr 2025');
    expect(q2.textContent).toContain('ok');
    expect(screen.getByRole('listitem', { name: 'Q3' }).textContent).toContain('Unknown outlet');
  });

  it('keeps "moved on <date>" on the badge after a re-check says ok, and lists the history in plain words', async () => {
    const moved = makeQuote({ id: 'Q2', status: 'ok', movedAt: '2025-05-03T09:00:00Z' });
    const api = createFakeApi({
      'quote:list': () => ({ ok: true, value: [moved] }),
      'quote:history': () => ({
        ok: true,
        value: [
          {
            kind: 'pinned',
            at: '2025-05-01T10:00:00Z',
            place: { start: 0, end: 32, hash: 'aaaaaaaa11' },
          },
          {
            kind: 'moved',
            at: '2025-05-03T09:00:00Z',
            from: { start: 0, end: 32, hash: 'aaaaaaaa11' },
            to: { start: 22, end: 54, hash: 'bbbbbbbb22' },
          },
          { kind: 'lost', at: '2025-05-04T09:00:00Z', reason: 'source file missing' },
          { kind: 'found', at: '2025-05-05T09:00:00Z' },
        ],
      }),
    });
    const view = renderWithStore(<QuotesPanel />, api);
    await act(() => view.store.getState().refreshQuotes());

    const card = screen.getByRole('listitem', { name: 'Q2' });
    expect(card.textContent).toContain('ok · moved on 3 May 2025');
    fireEvent.click(within(card).getByText('History'));
    const history = await within(card).findByRole('list', { name: 'History of Q2' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '1 May 2025: pinned at characters 0–32 (text aaaaaaaa)',
      '3 May 2025: moved from characters 0–32 (text aaaaaaaa) to 22–54 (text bbbbbbbb)',
      '4 May 2025: lost — source file missing',
      '5 May 2025: found again word for word',
    ]);
    expect(api.callsTo('quote:history')).toEqual([{ id: 'Q2' }]);
  });

  it('narrows the list by search words, tag, outlet, speaker and status', async () => {
    await renderPanel();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search quotes' }), {
      target: { value: 'legally crimea' },
    });
    expect(shownIds()).toEqual(['Q2']);
    expect(screen.getByText('1 of 3')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search quotes' }), {
      target: { value: '' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), {
      target: { value: 'crimea' },
    });
    expect(shownIds()).toEqual(['Q1', 'Q2']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by speaker' }), {
      target: { value: 'Zelensky' },
    });
    expect(shownIds()).toEqual(['Q2']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), {
      target: { value: '' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by speaker' }), {
      target: { value: '' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by status' }), {
      target: { value: 'lost' },
    });
    expect(shownIds()).toEqual(['Q3']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by status' }), {
      target: { value: '' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by outlet' }), {
      target: { value: 'Reuters' },
    });
    expect(shownIds()).toEqual(['Q1']);
  });

  it('sorts by article date, newest first, and by outlet with unknown outlets last', async () => {
    await renderPanel();
    const sort = screen.getByRole('combobox', { name: 'Sort quotes by' });

    fireEvent.change(sort, { target: { value: 'published' } });
    expect(shownIds()).toEqual(['Q1', 'Q2', 'Q3']);

    fireEvent.change(sort, { target: { value: 'outlet' } });
    expect(shownIds()).toEqual(['Q2', 'Q1', 'Q3']);
  });

  it('shows a lost quote beside the closest passage as a diff', async () => {
    await renderPanel();

    const lost = screen.getByRole('listitem', { name: 'Q3' });
    expect(lost.textContent).toContain('lost');
    expect(lost.textContent).toContain('the exact text is no longer in the article');
    const diff = within(lost).getByRole('figure', { name: 'Closest passage to Q3' });
    expect(diff.textContent).toContain('90% similar');
    expect([...diff.querySelectorAll('.diff-text del')].map((n) => n.textContent)).toEqual([
      'must',
    ]);
    expect([...diff.querySelectorAll('.diff-text ins')].map((n) => n.textContent)).toEqual([
      'should',
    ]);
    // Quotes still found have no diff.
    expect(within(screen.getByRole('listitem', { name: 'Q1' })).queryByRole('figure')).toBeNull();
  });

  it('edits the selected quote inline, saving tags when the field is left', async () => {
    const { store, api } = await renderPanel();
    api.handle('quote:update', (input) => ({
      ok: true,
      value: { ...quotes[0]!, tags: input.tags ?? [] },
    }));
    act(() => store.getState().selectQuote('Q1'));

    const card = screen.getByRole('listitem', { name: 'Q1' });
    const tags = within(card).getByRole('textbox', { name: 'Tags' });
    expect((tags as HTMLInputElement).value).toBe('crimea');
    fireEvent.focus(tags);
    fireEvent.change(tags, { target: { value: 'crimea,  nato , ,crimea' } });
    expect(api.callsTo('quote:update')).toHaveLength(0);
    await act(async () => {
      fireEvent.blur(tags);
      await Promise.resolve();
    });

    expect(api.callsTo('quote:update')).toEqual([{ id: 'Q1', tags: ['crimea', 'nato'] }]);
    expect(within(card).getByRole('combobox', { name: 'Grade' }).textContent).toContain(
      '6 — Truth cannot be judged',
    );
  });

  it('never writes a field that merely had focus over a newer edit from elsewhere', async () => {
    const { store, api } = await renderPanel();
    act(() => store.getState().selectQuote('Q1'));
    const card = screen.getByRole('listitem', { name: 'Q1' });
    const note = within(card).getByRole('textbox', { name: 'Note' });
    fireEvent.focus(note);
    // Another window saves a note; its workspace:changed push reloads the list here.
    api.handle('quote:list', () => ({ ok: true, value: [{ ...quotes[0]!, note: 'from tab B' }] }));
    await act(() => store.getState().refreshQuotes());
    await act(async () => {
      fireEvent.blur(note);
      await Promise.resolve();
    });

    expect(api.callsTo('quote:update')).toEqual([]);
    expect((note as HTMLTextAreaElement).value).toBe('from tab B');
  });

  it('saves what the analyst typed over a newer edit, and says it replaced one', async () => {
    const { store, api } = await renderPanel();
    api.handle('quote:update', (input) => ({
      ok: true,
      value: { ...quotes[0]!, note: input.note ?? '' },
    }));
    act(() => store.getState().selectQuote('Q1'));
    const card = screen.getByRole('listitem', { name: 'Q1' });
    const note = within(card).getByRole('textbox', { name: 'Note' });
    fireEvent.focus(note);
    fireEvent.change(note, { target: { value: 'from tab A' } });
    api.handle('quote:list', () => ({ ok: true, value: [{ ...quotes[0]!, note: 'from tab B' }] }));
    await act(() => store.getState().refreshQuotes());
    await act(async () => {
      fireEvent.blur(note);
      await Promise.resolve();
    });

    expect(api.callsTo('quote:update')).toEqual([{ id: 'Q1', note: 'from tab A' }]);
    expect(store.getState().uiAnnouncement?.text).toMatch(
      /Q1’s note had changed elsewhere.*replaced.*Undo/,
    );
  });
});

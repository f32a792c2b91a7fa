import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusFolder } from '../../../shared/corpus';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { CorpusPanel } from './corpus-panel';

afterEach(cleanup);

const seeds: CorpusFolder = {
  path: '/app/seeds',
  name: 'seeds',
  articleCount: 5,
  skipped: [{ path: 'notes.pdf', reason: 'not an article format (.pdf)' }],
};
const bbc: CorpusFolder = { path: '/data/bbc', name: 'bbc', articleCount: 2225, skipped: [] };

describe('CorpusPanel', () => {
  it('lists folders with counts and the reasons files were skipped', async () => {
    const api = createFakeApi({ 'corpus:list': () => ({ ok: true, value: [seeds] }) });
    const { store } = renderWithStore(<CorpusPanel />, api);
    await act(() => store.getState().refreshCorpus());

    const folders = screen.getByRole('list', { name: 'Folders' });
    expect(folders.textContent).toContain('seeds');
    expect(folders.textContent).toContain('5 articles');
    expect(within(folders).getByText('1 skipped file')).toBeTruthy();
    expect(within(folders).getByText('not an article format (.pdf)')).toBeTruthy();
  });

  it('says which sidecar gave the metadata and lists its problems', async () => {
    const brown: CorpusFolder = {
      path: '/data/brown-uk-press',
      name: 'brown-uk-press',
      articleCount: 577,
      skipped: [],
      metadata: { file: 'meta.csv', files: 577, problems: ['meta.csv line 9: names no file'] },
    };
    const api = createFakeApi({ 'corpus:list': () => ({ ok: true, value: [brown] }) });
    const { store } = renderWithStore(<CorpusPanel />, api);
    await act(() => store.getState().refreshCorpus());

    const folders = screen.getByRole('list', { name: 'Folders' });
    expect(within(folders).getByText('Metadata from meta.csv for 577 files')).toBeTruthy();
    expect(within(folders).getByText('1 metadata problem')).toBeTruthy();
    expect(within(folders).getByText('meta.csv line 9: names no file')).toBeTruthy();
  });

  it('asks for a typed path when the host has no picker, then adds the folder', async () => {
    const api = createFakeApi({
      'corpus:pick': () => ({ ok: true, value: null }),
      'corpus:add': () => ({ ok: true, value: [seeds, bbc] }),
    });
    renderWithStore(<CorpusPanel />, api);

    fireEvent.click(screen.getByRole('button', { name: 'Add folder…' }));
    const field = await screen.findByLabelText('Folder path');
    fireEvent.change(field, { target: { value: '/data/bbc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(screen.getByText('2,225 articles')).toBeTruthy());
    expect(api.callsTo('corpus:add')).toEqual([{ path: '/data/bbc' }]);
    expect(screen.queryByLabelText('Folder path')).toBeNull();
  });

  it('asks before indexing a folder the host says is very large, and indexes it when told to', async () => {
    const api = createFakeApi({
      'corpus:pick': () => ({ ok: true, value: '/data/archive' }),
      'corpus:add': (input) =>
        input.allowLarge
          ? { ok: true, value: [seeds, bbc] }
          : {
              ok: false,
              error: {
                code: 'needs-confirmation',
                message:
                  '/data/archive holds more than 50,000 article files; indexing it takes a while.',
              },
            },
    });
    renderWithStore(<CorpusPanel />, api);

    fireEvent.click(screen.getByRole('button', { name: 'Add folder…' }));
    const question = await screen.findByRole('alertdialog', { name: 'Large folder' });
    expect(question.textContent).toContain('more than 50,000 article files');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(within(question).getByRole('button', { name: 'Index anyway' }));

    await waitFor(() => expect(screen.getByText('2,225 articles')).toBeTruthy());
    expect(api.callsTo('corpus:add')).toEqual([
      { path: '/data/archive' },
      { path: '/data/archive', allowLarge: true },
    ]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows indexing progress as a progress bar with scanned, parsed and indexed counts', () => {
    const { store } = renderWithStore(<CorpusPanel />, createFakeApi());
    act(() =>
      store.getState().setCorpusProgress({
        phase: 'indexing',
        folder: '/data/bbc',
        scanned: 2225,
        parsed: 1200,
        indexed: 1000,
        total: 2225,
        skipped: 1,
      }),
    );

    const bar = screen.getByRole('progressbar', { name: 'Indexing progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1000');
    expect(bar.getAttribute('aria-valuemax')).toBe('2225');
    expect(screen.getByText('Indexing bbc…')).toBeTruthy();
    expect(screen.getByText('Parsed 1,200')).toBeTruthy();
  });
});

import { matrixCell } from '../../test/matrix-cell';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MatrixView } from '../../../shared/matrix';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { quoteDragType } from '../quotes/quote-drag';
import { MatrixPane } from './matrix-pane';

afterEach(cleanup);

const ok = <T,>(value: T) => ({ ok: true as const, value });

const cell = matrixCell;

const view: MatrixView = {
  asOf: null,
  staleDays: 90,
  parties: [
    { id: 'russia', name: 'Russia', aliases: ['Kremlin'], order: 0 },
    { id: 'ukraine', name: 'Ukraine', aliases: ['Kyiv'], order: 1 },
  ],
  issues: [
    { id: 'crimea', name: 'Crimea', proposition: 'Crimea is Russian', terms: [], order: 0 },
    { id: 'nato', name: 'NATO membership', proposition: '', terms: [], order: 1 },
  ],
  cells: [
    cell('russia', 'crimea', {
      stance: 'insists',
      asOf: '2024-11-20',
      origins: 1,
      flags: ['single-origin', 'anonymous-only'],
      evidence: [
        {
          quoteId: 'Q1',
          relation: 'supports',
          date: '2024-11-20',
          exact: 'Crimea is not up for discussion',
          articleId: 'a4',
          outlet: 'Reuters',
          title: 'Putin is ready',
          origin: 'Reuters',
          anonymous: true,
          linkedAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    }),
    cell('ukraine', 'crimea'),
    cell('russia', 'nato'),
    cell('ukraine', 'nato'),
  ],
};

async function setUp() {
  const api = createFakeApi({
    'matrix:get': () => ok(view),
    'matrix:cell': (input) => {
      const found = view.cells.find((c) => c.party === input.party && c.issue === input.issue);
      return found
        ? ok({ ...found, history: [] })
        : { ok: false, error: { code: 'not-found', message: 'no cell' } };
    },
    'matrix:link': (input) => ok({ ...cell(input.party, input.issue), history: [] }),
  });
  const rendered = renderWithStore(<MatrixPane />, api);
  await act(() => rendered.store.getState().refreshMatrix());
  return { api, ...rendered };
}

describe('MatrixPane', () => {
  it('shows each cell as stance word, flags for screen readers and evidence in origins', async () => {
    await setUp();
    const grid = screen.getByRole('grid', { name: 'Positions' });
    const filled = within(grid).getByRole('button', { name: /^Russia × Crimea/ });
    expect(filled.getAttribute('aria-label')).toBe(
      'Russia × Crimea: insists, 1 quote · 1 origin, as of 2024-11-20, single independent origin, anonymous sources only',
    );
    // An empty cell reads short: where it is, and that nothing backs it.
    expect(
      within(grid)
        .getByRole('button', { name: /^Ukraine × NATO/ })
        .getAttribute('aria-label'),
    ).toBe('Ukraine × NATO membership: no evidence');
    expect(filled.textContent).toContain('insists');
    expect(filled.textContent).toContain('1 quote · 1 origin');
    expect(filled.className).toContain('stance-insists');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Russia', 'Ukraine']);
  });

  it('keeps one cell in the tab order and moves it with the arrows', async () => {
    await setUp();
    const at = (name: RegExp) => screen.getByRole('button', { name });
    expect(at(/^Russia × Crimea/).tabIndex).toBe(0);
    act(() => at(/^Russia × Crimea/).focus());
    fireEvent.keyDown(at(/^Russia × Crimea/), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(at(/^Russia × NATO/));
    fireEvent.keyDown(at(/^Russia × NATO/), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(at(/^Ukraine × NATO/));
    expect(at(/^Ukraine × NATO/).tabIndex).toBe(0);
    expect(at(/^Russia × Crimea/).tabIndex).toBe(-1);
  });

  it('links a quote card dropped on a cell as supporting evidence', async () => {
    const { api } = await setUp();
    const target = screen.getByRole('button', { name: /^Ukraine × Crimea/ }).closest('td');
    if (!target) throw new Error('no cell');
    const dataTransfer = {
      types: [quoteDragType, 'text/plain'],
      getData: (type: string) => (type === quoteDragType ? 'Q7' : ''),
      dropEffect: 'none',
    };
    fireEvent.dragOver(target, { dataTransfer });
    await act(async () => {
      fireEvent.drop(target, { dataTransfer });
      await api.settled();
    });
    expect(api.callsTo('matrix:link')).toEqual([
      { party: 'ukraine', issue: 'crimea', quoteId: 'Q7', relation: 'supports' },
    ]);
  });

  it('opens the drawer with the cell’s evidence and history, and closes it with Escape', async () => {
    const { api } = await setUp();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Russia × Crimea/ }));
      await api.settled();
    });
    const drawer = screen.getByRole('region', { name: 'Russia × Crimea' });
    expect(document.activeElement?.textContent).toBe('Russia × Crimea');
    const evidence = within(drawer).getByRole('listitem', { name: 'Q1' });
    expect(evidence.textContent).toContain('Crimea is not up for discussion');
    expect(within(evidence).getByRole('button', { name: 'Mark Q1 as contradicts' })).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(drawer, { key: 'Escape' });
      await api.settled();
    });
    expect(screen.queryByRole('region', { name: 'Russia × Crimea' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Russia × Crimea/ }));
  });

  it('sets the stale threshold from the toolbar, and refuses a bad one with a reason', async () => {
    const { api } = await setUp();
    api.handle('matrix:settings', (input) => ok({ staleDays: input.staleDays ?? 90 }));
    const days = screen.getByRole('textbox', { name: 'Stale after (days)' });
    const set = screen.getByRole('button', { name: 'Set the stale threshold' });
    expect((days as HTMLInputElement).value).toBe('90');

    for (const bad of ['0', '-3', '2.5', 'soon', '4000']) {
      fireEvent.change(days, { target: { value: bad } });
      await act(async () => {
        fireEvent.click(set);
        await api.settled();
      });
      expect(screen.getByRole('alert').textContent).toMatch(/stale threshold is/);
      expect(days.getAttribute('aria-invalid')).toBe('true');
    }
    expect(api.callsTo('matrix:settings')).toEqual([]);

    fireEvent.change(days, { target: { value: ' 30 ' } });
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => {
      fireEvent.submit(days);
      await api.settled();
    });
    expect(api.callsTo('matrix:settings')).toEqual([{ staleDays: 30 }]);
  });
});

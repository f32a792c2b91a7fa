import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutletDetail } from '../../../shared/outlets';
import { createFakeApi, fakeOutlet, fakeOutletDetail } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { OutletsPane } from './outlets-pane';

afterEach(cleanup);

const ok = <T,>(value: T) => ({ ok: true as const, value });

const ftStats = {
  ...fakeOutlet().stats,
  articles: 5,
  asPublisher: 1,
  asOrigin: 4,
  relayedBy: [{ outlet: 'Daily Relay', articles: 3 }],
};
const ft = fakeOutlet({ name: 'Financial Times', aliases: ['FT'], stats: ftStats });
const reuters = fakeOutlet({
  name: 'Reuters',
  kind: 'wire',
  grade: { grade: 'A', rationale: '', by: 'Analyst', at: '2026-12-01T09:00:00.000Z' },
  stats: { ...fakeOutlet().stats, articles: 1, asOrigin: 1 },
});
const ftDetail: OutletDetail = fakeOutletDetail({
  ...ft,
  suggestion: { grade: 'C', reason: 'Two corrections in five articles.' },
  articles: [{ id: 'a1', title: 'Putin signals', published: '2025-02-01', role: 'origin' }],
});

async function setUp() {
  const api = createFakeApi({
    'outlets:list': () => ok([reuters, ft]),
    'outlets:get': () => ok(ftDetail),
    'outlets:grade': (input) =>
      ok({
        ...ftDetail,
        grade:
          input.grade === null
            ? null
            : { grade: input.grade, rationale: input.rationale, by: 'Analyst', at: 'now' },
      }),
    'outlets:record-add': () => ok(ftDetail),
  });
  const view = renderWithStore(<OutletsPane />, api);
  await act(() => view.store.getState().refreshOutlets());
  return { api, ...view };
}

async function openFt(api: Awaited<ReturnType<typeof setUp>>['api']) {
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: /^Financial Times/ }));
  });
  await act(() => api.settled());
}

describe('OutletsPane', () => {
  it('lists outlets by articles with their grade read in words, and filters them', async () => {
    await setUp();
    const rows = within(screen.getByRole('list', { name: 'Outlets' })).getAllByRole('button');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/Financial Times, grade Not graded.*5 articles · origin of 4/),
      expect.stringMatching(/Reuters, grade A, Completely reliable.*Wire service/),
    ]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter outlets' }), {
      target: { value: 'ft' },
    });
    expect(
      within(screen.getByRole('list', { name: 'Outlets' })).getAllByRole('button'),
    ).toHaveLength(1);
    expect(screen.getByText('1 of 2 outlets')).toBeTruthy();
  });

  it('grades with the Admiralty wording and a rationale; the suggestion is shown, never applied', async () => {
    const { api } = await setUp();
    await openFt(api);
    expect(screen.getByLabelText('Suggestion from the track record').textContent).toMatch(
      /C — Fairly reliable\. Two corrections in five articles\./,
    );
    expect(api.callsTo('outlets:grade')).toEqual([]);
    const grades = screen.getByRole('group', { name: 'Grade' });
    expect(
      within(grades)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual([
      'A — Completely reliable',
      'B — Usually reliable',
      'C — Fairly reliable',
      'D — Not usually reliable',
      'E — Unreliable',
      'F — Reliability cannot be judged',
      'Withdraw grade',
    ]);
    fireEvent.click(within(grades).getByRole('radio', { name: 'B — Usually reliable' }));
    fireEvent.change(screen.getByLabelText('Rationale'), {
      target: { value: 'Corrects openly' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save grade' }));
    await act(() => api.settled());
    expect(api.callsTo('outlets:grade')).toEqual([
      { name: 'Financial Times', grade: 'B', rationale: 'Corrects openly' },
    ]);
    expect(screen.getByLabelText('Current grade').textContent).toMatch(/B Usually reliable/);
  });

  it('adds a track-record entry with its kind, date, text and linked article', async () => {
    const { api } = await setUp();
    await openFt(api);
    fireEvent.click(screen.getByText('Add an entry…'));
    fireEvent.change(screen.getByLabelText('Kind of entry'), { target: { value: 'correction' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2025-02-03' } });
    fireEvent.change(screen.getByLabelText('What happened'), {
      target: { value: 'Corrected the date of the talks' },
    });
    const articles = screen.getByLabelText('Linked articles');
    const option = within(articles).getByRole('option', { name: 'Putin signals' });
    if (!(option instanceof HTMLOptionElement)) throw new Error('not an option');
    option.selected = true;
    fireEvent.change(articles);
    fireEvent.change(screen.getByLabelText('Linked quotes'), { target: { value: 'Q2, Q5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to record' }));
    await act(() => api.settled());
    expect(api.callsTo('outlets:record-add')).toEqual([
      {
        name: 'Financial Times',
        kind: 'correction',
        date: '2025-02-03',
        text: 'Corrected the date of the talks',
        articleIds: ['a1'],
        quoteIds: ['Q2', 'Q5'],
      },
    ]);
  });

  it('shows the statistics and its articles, which open in the reader', async () => {
    const { api } = await setUp();
    await openFt(api);
    const stats = screen.getByRole('region', { name: 'Statistics' });
    expect(stats.textContent).toMatch(/As origin4/);
    expect(stats.textContent).toMatch(/Relayed byDaily Relay \(3\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Putin signals' }));
    await act(() => api.settled());
    expect(api.callsTo('article:get')).toEqual([{ id: 'a1' }]);
  });

  it('shows a refused import clearly', async () => {
    const { api } = await setUp();
    api.handle('outlets:import', () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'Row 2: a grade is A to F, not "Z".' },
    }));
    const file = new File(['name,grade\nX,Z'], 'list.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Import a notebook (CSV or JSON)'), {
      target: { files: [file] },
    });
    await act(() => api.settled());
    expect(api.callsTo('outlets:import')).toEqual([
      { format: 'csv', text: 'name,grade\nX,Z', label: 'list.csv' },
    ]);
    expect(screen.getByRole('alert').textContent).toMatch(/Row 2: a grade is A to F, not "Z"\./);
  });
});

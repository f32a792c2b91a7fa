import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupEvidence, OriginsSummary } from '../../../shared/origins';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { OriginsPane } from './origins-pane';

afterEach(cleanup);

const ok = <T,>(value: T) => ({ ok: true as const, value });

const summary: OriginsSummary = {
  articles: 6,
  independentOrigins: 3,
  groups: [
    { origin: 'Financial Times', articleIds: ['f1', 'f2', 'f3'] },
    { origin: 'Reuters', articleIds: ['r1'] },
    { origin: null, articleIds: ['own'] },
  ],
  origins: {
    f1: 'Financial Times',
    f2: 'Financial Times',
    f3: 'Financial Times',
    r1: 'Reuters',
    own: null,
  },
};

const evidence: GroupEvidence = {
  origin: 'Financial Times',
  members: ['f1', 'f2', 'f3'].map((id) => ({
    id,
    path: `${id}.txt`,
    title: `Relay ${id}`,
    publisher: null,
    published: null,
    cues:
      id === 'f3'
        ? []
        : [{ outlet: 'Financial Times', kind: 'relays', cue: 'told the FT', start: 0, end: 11 }],
  })),
  shared: [{ text: 'Putin has offered to halt', words: 5, in: [] }],
  reasons: [
    '2 of 3 articles credit Financial Times; the others carry its text without the credit.',
  ],
};

async function setUp() {
  const api = createFakeApi({
    'origins:summary': () => ok(summary),
    'origins:group': () => ok(evidence),
    'decision:make': () => ok(summary),
  });
  const view = renderWithStore(<OriginsPane />, api);
  await act(() => view.store.getState().refreshOrigins());
  return { api, ...view };
}

describe('OriginsPane', () => {
  it('counts the whole corpus in independent origins, biggest group first', async () => {
    await setUp();
    expect(screen.getByLabelText('Origins count').textContent).toBe(
      '6 articles · 3 independent origins',
    );
    const groups = within(screen.getByRole('list', { name: 'Relay groups' })).getAllByRole(
      'button',
    );
    expect(groups.map((g) => g.textContent)).toEqual([
      expect.stringMatching(/^Financial Times3 articles/),
      expect.stringMatching(/^Reuters1 article/),
      expect.stringMatching(/^Own reporting1 article/),
    ]);
  });

  it('counts only the search results when there are some', async () => {
    const { store } = await setUp();
    act(() =>
      store.setState({
        searchQuery: 'crimea',
        searchHits: ['f1', 'f2', 'r1'].map((id) => ({
          id,
          path: id,
          title: id,
          outlet: null,
          published: null,
          score: 1,
          snippet: '',
          highlights: [],
        })),
      }),
    );
    expect(screen.getByLabelText('Origins count').textContent).toBe(
      '3 results · 2 independent origins',
    );
    expect(screen.getByRole('button', { name: /Financial Times/ }).textContent).toContain(
      '2 of 3 articles',
    );
  });

  it('opens a group with its reasons and cues, and splits a member out as one decision', async () => {
    const { api } = await setUp();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: /Financial Times/ }));
    });
    await act(() => api.settled());
    expect(
      screen.getByRole('list', { name: 'Why these articles are one group' }).textContent,
    ).toMatch(/2 of 3 articles credit Financial Times/);
    expect(screen.getByText(/No credit in its text/)).toBeTruthy();
    const member = screen.getByText('Relay f3').closest('li') as HTMLElement;
    act(() => {
      fireEvent.click(within(member).getByText('Split out of this group'));
    });
    expect(api.callsTo('decision:make')).toEqual([{ kind: 'split', articleId: 'f3' }]);
  });

  it('sets an empty origin as own reporting', async () => {
    const { api } = await setUp();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: /Financial Times/ }));
    });
    await act(() => api.settled());
    const member = screen.getByText('Relay f1').closest('li') as HTMLElement;
    act(() => {
      fireEvent.click(within(member).getByRole('button', { name: 'Set origin' }));
    });
    expect(api.callsTo('decision:make')).toEqual([
      { kind: 'set-origin', articleId: 'f1', origin: null },
    ]);
  });
});

import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Corroboration } from '../../../shared/corroboration';
import type { Quote } from '../../../shared/quote';
import { makeQuote } from '../../../shared/testing/quote-fixtures';
import { createFakeApi, fakeWorkspaceState } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { QuotesPanel } from './quotes-panel';

afterEach(cleanup);

const article = (id: string, origin: string | null, match: 'exact' | 'near' = 'exact') => ({
  articleId: id,
  path: `${id}.txt`,
  title: `Article ${id}`,
  outlet: `Outlet ${id}`,
  origin,
  match,
  similarity: match === 'exact' ? 1 : 0.7,
});

const ftOnly: Corroboration = {
  articles: ['000', '001', '002', '003'].map((id) => article(id, 'Financial Times')),
  independentOrigins: 1,
  origins: ['Financial Times'],
  originNames: ['Financial Times'],
  quoteOrigin: { kind: 'relay', outlet: 'Financial Times' },
};

const ftAndReuters: Corroboration = {
  articles: [article('001', 'Financial Times'), article('004', 'Reuters', 'near')],
  independentOrigins: 2,
  origins: ['Financial Times', 'Reuters'],
  originNames: ['Financial Times', 'Reuters'],
  quoteOrigin: { kind: 'relay', outlet: 'Financial Times' },
};

const own: Corroboration = {
  articles: [article('009', null)],
  independentOrigins: 1,
  origins: [null],
  originNames: ['Outlet 009 (own reporting)'],
  quoteOrigin: { kind: 'own' },
};

const q1 = makeQuote({ id: 'Q1', exact: 'There is a lot of pressure on Kyiv', grade: 3 });
const q2 = makeQuote({ id: 'Q2', exact: 'We will respond.', articleId: 'seeds:009.txt' });

const renderPanel = async (answers: Record<string, Corroboration>, list: Quote[] = [q1, q2]) => {
  const api = createFakeApi({
    'quote:list': () => ({ ok: true, value: list }),
    'quote:corroboration': ({ id }) => ({ ok: true, value: answers[id] ?? ftOnly }),
  });
  const view = renderWithStore(<QuotesPanel />, api);
  await act(async () => {
    view.store.getState().start();
    await api.settled();
  });
  return { ...view, api };
};

const corroborationOf = (id: string) =>
  within(screen.getByRole('listitem', { name: id })).getByLabelText(`Corroboration of ${id}`);

describe('corroboration in the Quotes panel', () => {
  it('shows beside each quote its origin and how many articles and independent origins carry it', async () => {
    const { api } = await renderPanel({ Q1: ftOnly, Q2: own });

    expect(corroborationOf('Q1').textContent).toContain(
      'via Financial Times · carried by 4 articles · 1 independent origin',
    );
    expect(corroborationOf('Q2').textContent).toContain(
      'own reporting · carried by 1 article · 1 independent origin',
    );
    expect(api.callsTo('quote:corroboration')).toEqual([{ id: 'Q1' }, { id: 'Q2' }]);
  });

  it('asks again when the corpus changes, and shows the new count', async () => {
    const answers = { Q1: ftOnly };
    const { api } = await renderPanel(answers, [q1]);
    expect(corroborationOf('Q1').textContent).toContain('1 independent origin');

    answers.Q1 = ftAndReuters;
    await act(async () => {
      api.emit('corpus:changed', []);
      await api.settled();
    });

    expect(corroborationOf('Q1').textContent).toContain(
      'carried by 2 articles · 2 independent origins',
    );
    expect(api.callsTo('quote:corroboration')).toHaveLength(2);
  });

  it('does not ask again for an edit that leaves the passage as it was', async () => {
    const { api } = await renderPanel({ Q1: ftOnly }, [q1]);
    api.handle('quote:list', () => ({ ok: true, value: [{ ...q1, note: 'edited' }] }));
    await act(async () => {
      api.emit('workspace:changed', {
        reason: 'edit',
        label: 'Edit note of Q1',
        areas: ['quotes'],
        state: fakeWorkspaceState({ undoLabel: 'Edit note of Q1' }),
      });
      await api.settled();
    });
    expect(within(screen.getByRole('listitem', { name: 'Q1' })).getByText('edited')).toBeTruthy();
    expect(api.callsTo('quote:corroboration')).toHaveLength(1);
  });

  it('explains a refused grade 1 beside the grade select and keeps what the analyst typed', async () => {
    const { store, api } = await renderPanel({ Q1: ftOnly }, [q1]);
    const reason =
      'Grade 1 (confirmed by other independent sources) needs at least 2 independent origins carrying this passage; it has 1 (Financial Times).';
    api.handle('quote:update', () => ({ ok: false, error: { code: 'conflict', message: reason } }));
    act(() => store.getState().selectQuote('Q1'));
    const card = screen.getByRole('listitem', { name: 'Q1' });
    const note = within(card).getByRole('textbox', { name: 'Note' });
    fireEvent.change(note, { target: { value: 'draft in progress' } });

    const grade = within(card).getByRole('combobox', { name: 'Grade' });
    await act(async () => {
      fireEvent.change(grade, { target: { value: '1' } });
      await api.settled();
    });

    expect(api.callsTo('quote:update')).toEqual([{ id: 'Q1', grade: 1 }]);
    expect(within(card).getByRole('alert').textContent).toBe(reason);
    expect(grade.getAttribute('aria-invalid')).toBe('true');
    expect((grade as HTMLSelectElement).value).toBe('3');
    expect((note as HTMLTextAreaElement).value).toBe('draft in progress');

    // A grade that is accepted clears the explanation.
    api.handle('quote:update', (input) => ({
      ok: true,
      value: { ...q1, grade: input.grade ?? null },
    }));
    await act(async () => {
      fireEvent.change(grade, { target: { value: '2' } });
      await api.settled();
    });
    expect(within(card).queryByRole('alert')).toBeNull();
  });
});

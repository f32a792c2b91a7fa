import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticleView } from '../../../shared/testing/article-fixtures';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { CorrectMetadata } from './correct-metadata';

afterEach(cleanup);

const article = makeArticleView('Some text of the article.', {
  outlet: 'Reuters',
  published: null,
  byline: null,
});

function setUp(answer: 'ok' | 'refuse') {
  const api = createFakeApi({
    'article:correct': () =>
      answer === 'ok'
        ? { ok: true, value: { ...article, outlet: 'Ukrainska Pravda' } }
        : { ok: false, error: { code: 'invalid-input', message: 'a date is written YYYY-MM-DD' } },
  });
  const onDone = vi.fn();
  renderWithStore(<CorrectMetadata article={article} onDone={onDone} />, api);
  return { api, onDone };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('CorrectMetadata', () => {
  it('sends only the fields the analyst changed, an emptied one as unknown', async () => {
    const { api, onDone } = setUp('ok');
    type('Publisher', 'Ukrainska Pravda');
    type('Date', '2025-04-22');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save corrections' }));
      await api.settled();
    });
    expect(api.callsTo('article:correct')).toEqual([
      { articleId: article.id, set: { outlet: 'Ukrainska Pravda', published: '2025-04-22' } },
    ]);
    expect(onDone).toHaveBeenCalled();
  });

  it('keeps the form and what was typed when the correction is refused', async () => {
    const { api, onDone } = setUp('refuse');
    type('Date', '22 April');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save corrections' }));
      await api.settled();
    });
    expect(screen.getByRole('alert').textContent).toMatch(/YYYY-MM-DD/);
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('22 April');
    expect(onDone).not.toHaveBeenCalled();
  });
});

import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { SearchFilters } from './search-filters';

afterEach(cleanup);

describe('the outlet grade filter', () => {
  it('searches only hits resting on outlets of the chosen grades, and clears with the others', async () => {
    const api = createFakeApi();
    const { store } = renderWithStore(<SearchFilters />, api);
    act(() => store.getState().setSearchText('crimea'));
    await act(() => api.settled());

    fireEvent.change(screen.getByLabelText('Outlet grade'), { target: { value: 'A,B' } });
    await act(() => api.settled());
    expect(api.callsTo('search:query').at(-1)?.grades).toEqual(['A', 'B']);

    fireEvent.change(screen.getByLabelText('Outlet grade'), { target: { value: 'ungraded' } });
    await act(() => api.settled());
    expect(api.callsTo('search:query').at(-1)?.grades).toEqual(['ungraded']);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await act(() => api.settled());
    expect(api.callsTo('search:query').at(-1)).not.toHaveProperty('grades');
  });
});

import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, fakeWorkspaceState } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { WorkspaceProblem } from './workspace-problem';

afterEach(cleanup);

describe('a read-only workspace', () => {
  it('shows a banner saying edits are off and offering Save As', async () => {
    const api = createFakeApi({
      'workspace:info': () => ({
        ok: true,
        value: fakeWorkspaceState({
          file: '/media/cd/Brief.parley',
          name: 'Brief',
          readOnly: true,
        }),
      }),
    });
    const view = renderWithStore(<WorkspaceProblem />, api);
    await act(() => view.store.getState().refreshWorkspace());

    const banner = screen.getByRole('status', { name: 'Read-only workspace' });
    expect(banner.textContent).toMatch(
      /^This workspace is read-only: .*Brief\.parley.*edits are off/,
    );
    expect(banner.textContent).toMatch(/Save As .*editable copy/);
    expect(screen.queryByRole('alert')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save As…' }));
      await api.settled();
    });
    expect(api.callsTo('workspace:pick')).toEqual([{ purpose: 'save-as' }]);
  });

  it('shows no banner for a writable workspace, nor over a workspace problem', async () => {
    const api = createFakeApi();
    const view = renderWithStore(<WorkspaceProblem />, api);
    await act(() => view.store.getState().refreshWorkspace());
    expect(screen.queryByRole('status')).toBeNull();

    const problem = {
      code: 'locked' as const,
      message: 'Open elsewhere.',
      file: '/d/a.parley',
      backups: [],
    };
    act(() =>
      view.store.setState({ workspaceState: fakeWorkspaceState({ readOnly: true, problem }) }),
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Open elsewhere.');
  });
});

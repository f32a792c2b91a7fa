import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, fakeWorkspaceState } from '../../api/fake-api';
import { renderWithStore } from '../../test/render-app';
import { WorkspaceProblem } from './workspace-problem';

afterEach(cleanup);

const problem = {
  code: 'corrupt' as const,
  message: 'The workspace file is damaged (file is not a database).',
  file: '/data/Default.parley',
  backups: [{ path: '/data/backups/a.parley', createdAt: '2025-05-02T09:30:00Z', size: 4096 }],
};

describe('WorkspaceProblem', () => {
  it('explains a damaged workspace and offers its backup or another workspace, never a blank app', async () => {
    const api = createFakeApi({
      'workspace:info': () => ({ ok: true, value: fakeWorkspaceState({ problem }) }),
      'workspace:restore': () => ({ ok: true, value: fakeWorkspaceState() }),
    });
    const view = renderWithStore(<WorkspaceProblem />, api);
    await act(() => view.store.getState().refreshWorkspace());

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(problem.message);
    expect(alert.textContent).toContain('/data/Default.parley');

    fireEvent.click(screen.getByRole('button', { name: 'New workspace…' }));
    expect(await screen.findByRole('textbox', { name: 'Workspace file' })).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Restore latest backup' }));
      await Promise.resolve();
    });
    expect(api.callsTo('workspace:restore')).toEqual([
      { backup: '/data/backups/a.parley', file: '/data/Default.parley' },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cannot offer a restore when there is no backup', async () => {
    const api = createFakeApi({
      'workspace:info': () => ({
        ok: true,
        value: fakeWorkspaceState({ problem: { ...problem, code: 'locked', backups: [] } }),
      }),
    });
    const view = renderWithStore(<WorkspaceProblem />, api);
    await act(() => view.store.getState().refreshWorkspace());

    expect(screen.getByRole('alert').textContent).toContain(problem.message);
    expect(
      screen.getByRole('button', { name: 'Restore latest backup' }).hasAttribute('disabled'),
    ).toBe(true);
  });
});

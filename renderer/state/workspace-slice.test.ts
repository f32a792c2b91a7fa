// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, fakeWorkspaceState } from '../api/fake-api';
import { makeQuote } from '../../shared/testing/quote-fixtures';
import { createAppStore } from './app-store';

const ok = <T>(value: T) => ({ ok: true as const, value });

afterEach(() => {
  vi.useRealTimers();
});

describe('workspace in the store', () => {
  it('asks for a typed path when the host has no file dialog, then opens that file', async () => {
    const opened = fakeWorkspaceState({ file: '/data/talks.parley', name: 'talks' });
    const api = createFakeApi();
    // As the host does: a switch pushes the change to every area, then answers.
    api.handle('workspace:open', () => {
      api.emit('workspace:changed', {
        reason: 'open',
        label: null,
        areas: ['quotes', 'folders'],
        state: opened,
      });
      return ok(opened);
    });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    const before = {
      quotes: api.callsTo('quote:list').length,
      folders: api.callsTo('corpus:list').length,
    };

    await store.getState().chooseWorkspace('open');
    expect(store.getState().workspaceForm).toBe('open');

    await store.getState().submitWorkspaceFile('open', ' /data/talks.parley ');
    expect(api.callsTo('workspace:open')).toEqual([{ file: '/data/talks.parley' }]);
    expect(store.getState().workspaceState).toEqual(opened);
    expect(store.getState().workspaceForm).toBeNull();
    // Everything that lives in the workspace is reloaded, once.
    await api.settled();
    expect(api.callsTo('quote:list').length).toBe(before.quotes + 1);
    expect(api.callsTo('corpus:list').length).toBe(before.folders + 1);
    store.getState().stop();
  });

  it('does nothing when the analyst cancels the native dialog in Electron', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api: { ...api, pathForFile: () => '' } });

    await store.getState().chooseWorkspace('new');

    expect(store.getState().workspaceForm).toBeNull();
    expect(api.callsTo('workspace:new')).toHaveLength(0);
  });

  it('asks before Save As replaces an existing file, and replaces it when told to', async () => {
    const api = createFakeApi({
      'workspace:save-as': (input) =>
        input.overwrite
          ? ok(fakeWorkspaceState({ file: input.file }))
          : { ok: false, error: { code: 'conflict', message: 'talks.parley already exists.' } },
    });
    const store = createAppStore({ api });

    await store.getState().submitWorkspaceFile('save-as', '/data/talks.parley');
    expect(store.getState().workspaceError).toBe('talks.parley already exists.');
    expect(store.getState().workspaceConfirmReplace).toBe('/data/talks.parley');

    await store.getState().submitWorkspaceFile('save-as', '/data/talks.parley', true);
    expect(store.getState().workspaceState?.file).toBe('/data/talks.parley');
    expect(store.getState().workspaceError).toBeNull();
  });

  it('restores the newest backup of a damaged workspace', async () => {
    const problem = {
      code: 'corrupt' as const,
      message: 'The workspace file is damaged.',
      file: '/data/Default.parley',
      backups: [
        { path: '/data/backups/new.parley', createdAt: '2025-05-02T00:00:00Z', size: 10 },
        { path: '/data/backups/old.parley', createdAt: '2025-05-01T00:00:00Z', size: 10 },
      ],
    };
    const api = createFakeApi({
      'workspace:info': () => ok(fakeWorkspaceState({ problem })),
      'workspace:restore': () => ok(fakeWorkspaceState()),
    });
    const store = createAppStore({ api });
    await store.getState().refreshWorkspace();

    await store.getState().restoreLatestBackup();

    expect(api.callsTo('workspace:restore')).toEqual([
      { backup: '/data/backups/new.parley', file: '/data/Default.parley' },
    ]);
    expect(store.getState().workspaceState?.problem).toBeNull();
  });

  it('undoes through the workspace and refreshes the quotes and the undo labels', async () => {
    let tags = ['crimea'];
    const api = createFakeApi({
      'quote:list': () => ok([makeQuote({ tags })]),
      'workspace:undo': () => {
        tags = [];
        // As the host does: the undo is pushed with its areas and the workspace's new labels.
        api.emit('workspace:changed', {
          reason: 'undo',
          label: 'Edit tags of Q1',
          areas: ['quotes'],
          state: fakeWorkspaceState({ redoLabel: 'Edit tags of Q1' }),
        });
        return ok({ action: 'undo' as const, label: 'Edit tags of Q1', changed: [] });
      },
    });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();

    await store.getState().undoWorkspace();
    await api.settled();

    expect(store.getState().quotesList[0]?.tags).toEqual([]);
    expect(store.getState().workspaceState?.redoLabel).toBe('Edit tags of Q1');
    expect(store.getState().uiAnnouncement?.text).toBe('Undid Edit tags of Q1');
    store.getState().stop();
  });

  it('says so when there is nothing to undo', async () => {
    const api = createFakeApi({ 'workspace:undo': () => ok(null) });
    const store = createAppStore({ api });

    await store.getState().undoWorkspace();

    expect(store.getState().uiAnnouncement?.text).toBe('Nothing to undo');
  });

  it('routes the menu undo to the workspace once, even when the key press also reached the page', async () => {
    vi.useFakeTimers();
    const api = createFakeApi({
      'workspace:undo': () => ok(null),
      'workspace:redo': () => ok(null),
    });
    const store = createAppStore({ api });
    store.getState().start();

    await store.getState().undoWorkspace();
    api.emit('ui:undo', null);
    await vi.advanceTimersByTimeAsync(1000);
    api.emit('ui:redo', null);
    await vi.advanceTimersByTimeAsync(0);

    expect(api.callsTo('workspace:undo')).toHaveLength(1);
    expect(api.callsTo('workspace:redo')).toHaveLength(1);
    store.getState().stop();
  });

  it('refreshes quotes and takes the labels when the workspace changes elsewhere', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    const before = { quotes: api.callsTo('quote:list').length, info: api.calls.length };

    api.emit('workspace:changed', {
      reason: 'edit',
      label: 'Edit note of Q1',
      areas: ['quotes'],
      state: fakeWorkspaceState({ undoLabel: 'Edit note of Q1' }),
    });
    await api.settled();

    expect(api.callsTo('quote:list').length).toBe(before.quotes + 1);
    // The labels come with the change: the list is the only request it costs.
    expect(api.calls.length).toBe(before.info + 1);
    expect(store.getState().workspaceState?.undoLabel).toBe('Edit note of Q1');
    expect(api.listenerCount('workspace:changed')).toBe(1);
    store.getState().stop();
    expect(api.listenerCount('workspace:changed')).toBe(0);
  });

  it('reloads folders, not quotes, when a change touched only folders', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    const before = {
      quotes: api.callsTo('quote:list').length,
      folders: api.callsTo('corpus:list').length,
    };

    api.emit('workspace:changed', {
      reason: 'undo',
      label: 'Add folder seeds',
      areas: ['folders'],
      state: fakeWorkspaceState(),
    });
    await api.settled();

    expect(api.callsTo('quote:list').length).toBe(before.quotes);
    expect(api.callsTo('corpus:list').length).toBe(before.folders + 1);
    store.getState().stop();
  });
});

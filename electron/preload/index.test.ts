import { describe, expect, it, vi } from 'vitest';
import type { WorkbenchApi } from '../../shared/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shell-common/ipc-names';

// The preload only runs inside Electron; here its three Electron APIs are stand-ins we can inspect.
const electron = vi.hoisted(() => {
  const ipcListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed: new Map<string, unknown>(),
    ipcListeners,
    invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      electron.ipcListeners.set(channel, listener),
    invoke: electron.invoke,
  },
  webUtils: { getPathForFile: (file: { name: string }) => `/home/ana/${file.name}` },
}));

await import('./index');
const api = electron.exposed.get('workbench') as Required<WorkbenchApi>;
const push = (...args: unknown[]): void => electron.ipcListeners.get(EVENT_CHANNEL)?.(...args);
const ipcEvent = { sender: { send: () => undefined }, senderId: 0 };

describe('preload bridge', () => {
  it('exposes only window.workbench with invoke, on and pathForFile', () => {
    expect([...electron.exposed.keys()]).toEqual(['workbench']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('sends allow-listed channels over the one invoke channel', async () => {
    await api.invoke('search:query', { text: 'NATO' });
    expect(electron.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'search:query', {
      text: 'NATO',
    });
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    electron.invoke.mockClear();
    const result = await api.invoke('shell:exec' as never, {} as never);
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Unknown channel: shell:exec' },
    });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('hands listeners the payload only, never the IPC event', () => {
    const listener = vi.fn();
    const off = api.on('corpus:changed', listener);
    push(ipcEvent, 'corpus:changed', []);
    expect(listener).toHaveBeenCalledExactlyOnceWith([]);
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    push(ipcEvent, 'corpus:changed', []);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('ignores push events it does not know and subscriptions to them', () => {
    const listener = vi.fn();
    api.on('secret:event' as never, listener);
    push(ipcEvent, 'secret:event', { leak: true });
    push(ipcEvent, '__proto__', {});
    expect(listener).not.toHaveBeenCalled();
  });

  it('delivers the menu’s Find request', () => {
    const listener = vi.fn();
    api.on('ui:focus-search', listener);
    push(ipcEvent, 'ui:focus-search', null);
    expect(listener).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('delivers workspace changes and the menu’s Undo and Redo', () => {
    const seen: unknown[] = [];
    for (const event of ['workspace:changed', 'ui:undo', 'ui:redo'] as const) {
      api.on(event, (payload) => seen.push([event, payload]));
    }
    push(ipcEvent, 'workspace:changed', { reason: 'undo', label: 'Edit tags of Q3' });
    push(ipcEvent, 'ui:undo', null);
    push(ipcEvent, 'ui:redo', null);
    expect(seen).toEqual([
      ['workspace:changed', { reason: 'undo', label: 'Edit tags of Q3' }],
      ['ui:undo', null],
      ['ui:redo', null],
    ]);
  });

  it('turns a dropped file into its path through webUtils', () => {
    expect(api.pathForFile({ name: 'news' } as File)).toBe('/home/ana/news');
  });
});

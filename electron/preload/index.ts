import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  isChannel,
  type Channel,
  type Input,
  type Output,
  type PushEvent,
  type PushEvents,
  type WorkbenchApi,
} from '../../shared/contract';
import type { Result } from '../../shared/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shell-common/ipc-names';

const pushEvents: Record<PushEvent, true> = {
  'index:progress': true,
  'origins:progress': true,
  'briefing:progress': true,
  'corpus:changed': true,
  'workspace:changed': true,
  'ui:focus-search': true,
  'ui:undo': true,
  'ui:redo': true,
};

const listeners = new Map<PushEvent, Set<(payload: never) => void>>();

// One IPC listener for all push events; the renderer's callbacks get the payload only, never the event.
ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string' || !Object.hasOwn(pushEvents, name)) return;
  for (const listener of listeners.get(name as PushEvent) ?? [])
    (listener as (p: unknown) => void)(payload);
});

const workbench = {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'not-found', message: `Unknown channel: ${String(channel)}` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input) as Promise<Result<Output<C>>>;
  },
  on<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): () => void {
    if (!Object.hasOwn(pushEvents, event) || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
  // Sandboxed pages cannot see a dropped file's path; webUtils can, for File objects only.
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
} satisfies WorkbenchApi;

contextBridge.exposeInMainWorld('workbench', workbench);

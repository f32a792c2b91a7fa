import { ipcMain, type BrowserWindow } from 'electron';
import type { PushEvent, PushEvents } from '../../shared/contract';
import { fail } from '../../shared/result';
import { dispatch, type Handlers } from '../services/handlers';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shell-common/ipc-names';
import { isTrustedSender } from '../shell-common/security-policy';

/** Serves the handler table over IPC: every call is checked for its sender frame, then dispatched. */
export function registerIpc(handlers: Handlers): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    // senderFrame is null once the frame navigated away or was destroyed: not ours to answer.
    if (!isTrustedSender(event.senderFrame?.url)) {
      return fail('forbidden', 'This page may not call Parley.');
    }
    return dispatch(handlers, typeof channel === 'string' ? channel : '', input);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends a push event to the window, if it is still there. */
export function pushToWindow<E extends PushEvent>(
  window: BrowserWindow | null,
  event: E,
  payload: PushEvents[E],
): void {
  if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
}

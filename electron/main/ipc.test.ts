import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../services/handlers';
import { INVOKE_CHANNEL } from '../shell-common/ipc-names';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (...args: unknown[]) => unknown) =>
      electron.handlers.set(channel, fn),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
}));

const { registerIpc } = await import('./ipc');

const listCorpora = vi.fn(() => Promise.resolve([]));
const handlers = { 'corpus:list': listCorpora } as unknown as Handlers;
const call = (frameUrl: string | null, channel: unknown, input: unknown): unknown =>
  electron.handlers.get(INVOKE_CHANNEL)?.(
    { senderFrame: frameUrl === null ? null : { url: frameUrl } },
    channel,
    input,
  );

describe('registerIpc', () => {
  registerIpc(handlers);

  it('answers calls from the app’s own page', async () => {
    await expect(call('parley://app/index.html', 'corpus:list', {})).resolves.toEqual({
      ok: true,
      value: [],
    });
  });

  it.each([
    ['https://evil.example/', 'a remote page'],
    ['file:///tmp/x.html', 'a local file'],
    ['parley://other/index.html', 'another host on our scheme'],
    [null, 'a destroyed frame'],
  ])('refuses %j (%s) before any handler runs', async (url: string | null, _label: string) => {
    listCorpora.mockClear();
    expect(await call(url, 'corpus:list', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This page may not call Parley.' },
    });
    expect(listCorpora).not.toHaveBeenCalled();
  });

  it('validates channel and input through dispatch', async () => {
    await expect(call('parley://app/', 42, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await expect(call('parley://app/', 'corpus:list', { extra: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

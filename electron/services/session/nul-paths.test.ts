import { describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../../shared/contract';
import { dispatch, type Handlers } from '../handlers';

/** Every handler fails the test if reached: a NUL in a path must be refused at the gate. */
const unreachable = Object.fromEntries(
  channels.map((channel) => [channel, () => Promise.reject(new Error(`${channel} was called`))]),
) as unknown as Handlers;

const calls: [Channel, Record<string, unknown>][] = [
  ['workspace:open', { file: '/data/story\0.parley' }],
  ['workspace:new', { file: 'Crimea\0' }],
  ['workspace:save-as', { file: '\0/tmp/copy', overwrite: true }],
  ['workspace:restore', { backup: '/data/backups/a\0.parley', file: '/data/a.parley' }],
  ['workspace:restore', { backup: '/data/backups/a.parley', file: '/data/a\0.parley' }],
  ['workspace:backups', { file: '/data/a\0.parley' }],
  ['corpus:add', { path: '/corpus/ft\0' }],
  ['corpus:remove', { path: '/corpus/ft\0' }],
];

describe('paths with a NUL byte', () => {
  it.each(calls)('are refused as invalid input by %s', async (channel, input) => {
    const result = await dispatch(unreachable, channel, input);
    expect(result.ok ? null : result.error.code).toBe('invalid-input');
    expect(result.ok ? '' : result.error.message).toMatch(/NUL/);
  });
});

import { describe, expect, it } from 'vitest';
import { paneForArrow, paneForShortcut } from './pane-keys';

const panes = [
  { id: 'quotes', shortcut: '1' },
  { id: 'origins', shortcut: '2' },
  { id: 'outlets', shortcut: '3' },
];
const press = (
  key: string,
  mods: Partial<Record<'alt' | 'ctrl' | 'meta' | 'shift', boolean>> = {},
) => ({
  key,
  altKey: mods.alt ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
});

describe('side pane keys', () => {
  it.each([
    ['Alt+1 opens the first pane', press('1', { alt: true }), 'quotes'],
    ['Alt+3 opens the third', press('3', { alt: true }), 'outlets'],
    ['a digit without Alt is typing', press('1'), null],
    ['Ctrl+Alt+1 is not ours (AltGr on some layouts)', press('1', { alt: true, ctrl: true }), null],
    ['Alt+Shift+1 is not ours', press('1', { alt: true, shift: true }), null],
    ['Alt+9 with no ninth pane does nothing', press('9', { alt: true }), null],
  ])('%s', (_, event, expected) => {
    expect(paneForShortcut(event, panes)?.id ?? null).toBe(expected);
  });

  it.each([
    ['ArrowRight', 'quotes', 'origins'],
    ['ArrowDown', 'outlets', 'quotes'],
    ['ArrowLeft', 'quotes', 'outlets'],
    ['ArrowUp', 'origins', 'quotes'],
    ['Home', 'outlets', 'quotes'],
    ['End', 'quotes', 'outlets'],
    ['Enter', 'quotes', null],
  ])('%s from %s moves to %s', (key, from, expected) => {
    expect(paneForArrow(key, panes, from)?.id ?? null).toBe(expected);
  });

  it('stays on the only tab when there is one', () => {
    expect(paneForArrow('ArrowRight', panes.slice(0, 1), 'quotes')?.id).toBe('quotes');
  });
});

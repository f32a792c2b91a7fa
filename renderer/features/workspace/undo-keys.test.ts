// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isTextEditable, undoCommandFor, type UndoKeyEvent } from './undo-keys';

const press = (key: string, mods: Partial<UndoKeyEvent> = {}, target: unknown = null) =>
  undoCommandFor({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    target,
    ...mods,
  });

const body = { tagName: 'BODY', isContentEditable: false };
const button = { tagName: 'BUTTON', isContentEditable: false };

describe('undo key routing', () => {
  it.each([
    ['Ctrl+Z', press('z', { ctrlKey: true }, body), 'undo'],
    ['Cmd+Z', press('z', { metaKey: true }, button), 'undo'],
    [
      'Ctrl+Shift+Z (key reported as capital Z)',
      press('Z', { ctrlKey: true, shiftKey: true }, body),
      'redo',
    ],
    ['Cmd+Shift+Z', press('z', { metaKey: true, shiftKey: true }, body), 'redo'],
    ['Ctrl+Y', press('y', { ctrlKey: true }, body), 'redo'],
    ['plain z', press('z', {}, body), null],
    ['Ctrl+Alt+Z', press('z', { ctrlKey: true, altKey: true }, body), null],
    ['Cmd+Y (not a redo on macOS)', press('y', { metaKey: true }, body), null],
    ['Ctrl+P', press('p', { ctrlKey: true }, body), null],
  ])('%s → %s', (_name, command, expected) => {
    expect(command).toBe(expected);
  });

  it('leaves undo to the browser in text inputs, textareas and editable content', () => {
    const fields = [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'input', type: '' },
      { tagName: 'TEXTAREA' },
      { tagName: 'DIV', isContentEditable: true },
    ];
    for (const field of fields) {
      expect(press('z', { ctrlKey: true }, field)).toBeNull();
      expect(press('z', { ctrlKey: true, shiftKey: true }, field)).toBeNull();
    }
  });

  it('still undoes workspace edits from checkboxes, selects and buttons, which have no text history', () => {
    expect(isTextEditable({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEditable({ tagName: 'SELECT' })).toBe(false);
    expect(isTextEditable(null)).toBe(false);
    expect(press('z', { ctrlKey: true }, { tagName: 'SELECT' })).toBe('undo');
  });
});

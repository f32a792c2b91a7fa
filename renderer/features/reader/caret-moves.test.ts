// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { caretStepOf, moveFocus } from './caret-moves';
import { paragraphsOf, sentencesOf } from './text-units';

const TEXT = 'Putin offered a freeze. Kyiv said no.\n\nThe FT cited “five” sources 😀.';
const units = { sentences: sentencesOf(TEXT, 'en'), paragraphs: paragraphsOf(TEXT) };
const move = (at: number, step: Parameters<typeof moveFocus>[2], direction: 1 | -1) =>
  moveFocus(TEXT, at, step, direction, units);

describe('moving the end of a keyboard selection', () => {
  it('steps a character, a whole emoji, and stops at either end of the text', () => {
    expect(move(0, 'character', 1)).toBe(1);
    expect(move(0, 'character', -1)).toBe(0);
    const emoji = TEXT.indexOf('😀');
    expect(move(emoji, 'character', 1)).toBe(emoji + 2);
    expect(move(emoji + 2, 'character', -1)).toBe(emoji);
    expect(move(TEXT.length, 'character', 1)).toBe(TEXT.length);
  });

  it('steps to the end of the next word and back to the start of a word, over punctuation', () => {
    expect(move(0, 'word', 1)).toBe('Putin'.length);
    expect(move(5, 'word', 1)).toBe('Putin offered'.length);
    const five = TEXT.indexOf('five');
    expect(TEXT.slice(five, move(TEXT.indexOf('cited') + 5, 'word', 1))).toBe('five');
    expect(move(five + 2, 'word', -1)).toBe(five);
    expect(move(five, 'word', -1)).toBe(TEXT.indexOf('cited'));
  });

  it('steps to the end of the sentence or paragraph, and back to the start of one', () => {
    expect(TEXT.slice(0, move(0, 'sentence', 1))).toBe('Putin offered a freeze.');
    expect(TEXT.slice(0, move(3, 'sentence', 1))).toBe('Putin offered a freeze.');
    expect(TEXT.slice(0, move(23, 'sentence', 1))).toBe('Putin offered a freeze. Kyiv said no.');
    expect(move(30, 'sentence', -1)).toBe(TEXT.indexOf('Kyiv'));
    expect(TEXT.slice(0, move(0, 'paragraph', 1))).toBe('Putin offered a freeze. Kyiv said no.');
    expect(move(TEXT.length, 'paragraph', -1)).toBe(TEXT.indexOf('The FT'));
  });
});

describe('caretStepOf', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
  ) => ({
    key: k,
    shiftKey: true,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  it('reads Shift+Arrow as characters and sentences, with Ctrl (or Cmd) as words and paragraphs', () => {
    expect(caretStepOf(key('ArrowRight'))).toEqual({ step: 'character', direction: 1 });
    expect(caretStepOf(key('ArrowLeft', { ctrlKey: true }))).toEqual({
      step: 'word',
      direction: -1,
    });
    expect(caretStepOf(key('ArrowRight', { metaKey: true }))).toEqual({
      step: 'word',
      direction: 1,
    });
    expect(caretStepOf(key('ArrowDown'))).toEqual({ step: 'sentence', direction: 1 });
    expect(caretStepOf(key('ArrowUp', { ctrlKey: true }))).toEqual({
      step: 'paragraph',
      direction: -1,
    });
    // Alt+Shift+Arrow is the paragraph selection; no Shift is no selection at all.
    expect(caretStepOf(key('ArrowDown', { altKey: true }))).toBeNull();
    expect(caretStepOf({ ...key('ArrowRight'), shiftKey: false })).toBeNull();
  });
});

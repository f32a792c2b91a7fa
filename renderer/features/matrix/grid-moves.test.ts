import { describe, expect, it } from 'vitest';
import { gridMove } from './grid-moves';

const size = { rows: 6, columns: 4 };

describe('moving across the matrix from the keyboard', () => {
  it.each([
    ['ArrowRight', { row: 2, column: 1 }, false, { row: 2, column: 2 }],
    ['ArrowLeft', { row: 2, column: 1 }, false, { row: 2, column: 0 }],
    ['ArrowDown', { row: 2, column: 1 }, false, { row: 3, column: 1 }],
    ['ArrowUp', { row: 2, column: 1 }, false, { row: 1, column: 1 }],
    ['ArrowLeft', { row: 2, column: 0 }, false, { row: 2, column: 0 }],
    ['ArrowDown', { row: 5, column: 3 }, false, { row: 5, column: 3 }],
    ['Home', { row: 2, column: 3 }, false, { row: 2, column: 0 }],
    ['End', { row: 2, column: 0 }, false, { row: 2, column: 3 }],
    ['Home', { row: 4, column: 3 }, true, { row: 0, column: 0 }],
    ['End', { row: 0, column: 0 }, true, { row: 5, column: 3 }],
  ])('%s from %o (ctrl %s) goes to %o', (key, at, ctrl, to) => {
    expect(gridMove(key, at, size, ctrl)).toEqual(to);
  });

  it('ignores other keys and an empty grid', () => {
    expect(gridMove('a', { row: 0, column: 0 }, size)).toBeNull();
    expect(gridMove('ArrowRight', { row: 0, column: 0 }, { rows: 0, columns: 4 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isHiddenName, whyNotAnArticle } from './article-candidate';

describe('whyNotAnArticle', () => {
  it.each([
    ['report.txt', 10, null],
    ['Report.HTML', 10, null],
    ['notes.md', 10, null],
    ['README', 10, 'folder documentation, not an article'],
    ['readme.md', 10, 'folder documentation, not an article'],
    ['LICENSE.txt', 10, 'folder documentation, not an article'],
    ['photo.jpg', 10, 'unsupported file type .jpg'],
    ['Makefile', 10, 'unsupported file type (no extension)'],
    ['empty.txt', 0, 'empty file'],
    ['big.txt', 2048, 'file too large (2 KiB, limit 1 KiB)'],
  ])('%s of %i bytes → %s', (name, size, expected) => {
    expect(whyNotAnArticle(name, size, 1024)).toBe(expected);
  });

  it('treats dot-names as hidden', () => {
    expect(isHiddenName('.draft.txt')).toBe(true);
    expect(isHiddenName('draft.txt')).toBe(false);
  });
});

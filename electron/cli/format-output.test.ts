import { describe, expect, it } from 'vitest';
import { makeArticleMeta } from '../../shared/testing/article-fixtures';
import { indexText, searchText, terminalSafe } from './format-output';

// A file name that would clear the screen, move the cursor and forge a line if printed raw.
const hostileName = 'clear\x1b[2J\rforged line\nnext\u202eexe.txt';
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const noControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('CLI text output', () => {
  it('shows control characters in names as visible escapes', () => {
    expect(terminalSafe(hostileName)).toBe(
      'clear\\u{1b}[2J\\u{d}forged line\\u{a}next\\u{202e}exe.txt',
    );
  });

  it('prints no raw control character from file names, titles or reasons', () => {
    const summary = {
      folder: '/data/news',
      articles: [makeArticleMeta({ path: hostileName, warnings: ['odd\x1b[31m'] })],
      skipped: [{ path: hostileName, reason: 'binary\x07content' }],
    };
    const text = indexText(summary, 1);
    expect(text.split('\n')).toHaveLength(4);
    expect(text).not.toMatch(noControls);

    const search = searchText(
      {
        query: 'crimea',
        notice: null,
        undatedHidden: 0,
        total: 1,
        hits: [
          {
            id: 'x',
            path: hostileName,
            title: 'Title\x1b]0;owned\x07',
            outlet: null,
            published: null,
            score: 1,
            snippet: 'Crimea \x1b[2J is here',
            highlights: [{ start: 0, end: 6 }],
          },
        ],
      },
      false,
    );
    expect(search).not.toMatch(noControls);
    expect(search).toContain('[Crimea] \\u{1b}[2J is here');
  });
});

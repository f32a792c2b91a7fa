import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statArticle } from './stat-article';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'parley-stat-'));
  mkdirSync(join(folder, 'world'));
  mkdirSync(join(folder, '.drafts'));
  writeFileSync(join(folder, 'world', 'story.txt'), 'Title\n\nBody.\n');
  writeFileSync(join(folder, '.drafts', 'draft.txt'), 'Draft\n\nBody.\n');
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'big.txt'), 'x'.repeat(2048));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('statArticle', () => {
  it('finds an article file with its fingerprint', async () => {
    const info = statSync(join(folder, 'world', 'story.txt'));
    expect(await statArticle(folder, 'world/story.txt', 1024)).toEqual({
      file: {
        relPath: 'world/story.txt',
        absPath: join(folder, 'world', 'story.txt'),
        size: info.size,
        mtimeMs: info.mtimeMs,
      },
    });
  });

  it("gives the walker's reason for a file that is no article", async () => {
    expect(await statArticle(folder, 'empty.txt', 1024)).toEqual({ skipped: 'empty file' });
    expect(await statArticle(folder, 'big.txt', 1024)).toEqual({
      skipped: 'file too large (2 KiB, limit 1 KiB)',
    });
  });

  it('forgets missing files, folders and anything hidden', async () => {
    for (const relPath of ['gone.txt', 'world', '.drafts/draft.txt'])
      expect(await statArticle(folder, relPath, 1024)).toEqual({ gone: true });
  });
});

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  articleId,
  folderKey,
  readArticle,
  walkFolder,
  type ReadOutcome,
  type WalkEntry,
} from './index';

const isRoot = process.getuid?.() === 0;
const russian =
  'Президент России заявил, что Москва готова обсуждать прекращение огня, но не откажется от территорий.';
let base: string;
let folder: string;

async function collect(root: string, maxFileBytes?: number): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  for await (const entry of walkFolder(root, maxFileBytes === undefined ? {} : { maxFileBytes }))
    entries.push(entry);
  return entries;
}

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'parley-walk-'));
  folder = path.join(base, 'articles');
  mkdirSync(path.join(folder, 'nested/deeper'), { recursive: true });
  mkdirSync(path.join(folder, '.git'));
  writeFileSync(path.join(base, 'outside.txt'), 'Outside\n\nNot part of the folder.');
  writeFileSync(path.join(folder, 'good.txt'), 'Ceasefire talks | Reuters\n\nThe talks went on.');
  writeFileSync(path.join(folder, 'nested/deeper/story.md'), '# Deep story\n\nFound at depth.');
  writeFileSync(
    path.join(folder, 'cyrillic.txt'),
    iconv.encode(`Заголовок\n\n${russian}`, 'windows-1251'),
  );
  writeFileSync(
    path.join(folder, 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`Title\n\n${russian}`, 'utf-16le')]),
  );
  writeFileSync(
    path.join(folder, 'broken.html'),
    '<html><head><title>Broken page</title><script>throw new Error("boom")</script></head><body><p>Visible <b>text<p>More text<script>document.write("SCRIPT")</script>',
  );
  writeFileSync(
    path.join(folder, 'image.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
  );
  writeFileSync(path.join(folder, 'big.txt'), `Big\n\n${'word '.repeat(400)}`);
  writeFileSync(path.join(folder, 'empty.md'), '');
  writeFileSync(path.join(folder, '.hidden.txt'), 'Hidden\n\nSecret.');
  writeFileSync(path.join(folder, '.git/config.txt'), 'x');
  writeFileSync(path.join(folder, 'photo.jpg'), 'not really a jpeg');
  writeFileSync(path.join(folder, 'README.md'), '# About this folder');
  writeFileSync(path.join(folder, 'nested/LICENSE'), 'MIT');
  writeFileSync(path.join(folder, 'locked.txt'), 'Locked\n\nNo access.');
  chmodSync(path.join(folder, 'locked.txt'), 0o000);
  execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
  symlinkSync(path.join(base, 'outside.txt'), path.join(folder, 'escape.txt'));
  symlinkSync(base, path.join(folder, 'nested/escape-dir'));
  symlinkSync(folder, path.join(folder, 'nested/loop'));
  symlinkSync('self-a', path.join(folder, 'self-b.txt'));
  symlinkSync('self-b.txt', path.join(folder, 'self-a'));
  symlinkSync('good.txt', path.join(folder, 'link-to-good.txt'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('walkFolder and readArticle on a hostile folder', () => {
  it('skips every bad path with its reason and yields the good files', async () => {
    const entries = await collect(folder, 1024);
    const skipped = Object.fromEntries(
      entries
        .filter((e) => e.kind === 'skipped')
        .map((e) => [e.relPath, e.kind === 'skipped' ? e.reason : '']),
    );
    expect(skipped).toEqual({
      '.git': 'hidden folder',
      '.hidden.txt': 'hidden file',
      'README.md': 'folder documentation, not an article',
      'big.txt': 'file too large (2 KiB, limit 1 KiB)',
      'empty.md': 'empty file',
      'escape.txt': 'symlink leads outside the folder',
      'link-to-good.txt': 'duplicate of good.txt',
      'nested/LICENSE': 'folder documentation, not an article',
      'nested/escape-dir': 'symlink leads outside the folder',
      'nested/loop': 'symlink loop',
      'photo.jpg': 'unsupported file type .jpg',
      'pipe.txt': 'not a regular file (FIFO)',
      'self-a': 'symlink loop',
      'self-b.txt': 'symlink loop',
    });
    const files = entries.filter((e) => e.kind === 'file').map((e) => e.relPath);
    expect(files).toEqual([
      'broken.html',
      'cyrillic.txt',
      'good.txt',
      'image.txt',
      'locked.txt',
      'utf16.txt',
      'nested/deeper/story.md',
    ]);
  });

  it('reads the good files and turns bad contents into reasons', async () => {
    const outcomes = new Map<string, ReadOutcome>();
    for await (const entry of walkFolder(folder, { maxFileBytes: 1024 })) {
      if (entry.kind === 'file')
        outcomes.set(entry.relPath, await readArticle(folder, entry, { maxFileBytes: 1024 }));
    }
    const article = (rel: string) => {
      const outcome = outcomes.get(rel);
      if (!outcome?.ok) throw new Error(`${rel} not read: ${outcome?.reason}`);
      return outcome.article;
    };
    expect(outcomes.get('image.txt')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^binary content \(/) as string,
    });
    expect(article('cyrillic.txt')).toMatchObject({
      encoding: 'windows-1251',
      text: russian,
      lang: 'ru',
    });
    expect(article('utf16.txt')).toMatchObject({ encoding: 'UTF-16LE', text: russian });
    expect(article('broken.html').text).toContain('Visible text');
    expect(article('broken.html').text).not.toContain('SCRIPT');
    expect(article('nested/deeper/story.md')).toMatchObject({
      title: 'Deep story',
      text: 'Found at depth.',
    });
    const good = article('good.txt');
    expect(good).toMatchObject({
      id: articleId(realpathSync(folder), 'good.txt'),
      folder,
      path: 'good.txt',
      title: 'Ceasefire talks',
      outlet: 'Reuters',
      format: 'text',
      words: 4,
      size: 45,
    });
    expect(good.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(good.id).toMatch(/^[0-9a-f]{8}:good\.txt$/);
    expect(folderKey(realpathSync(folder))).toBe(good.id.slice(0, 8));
  });

  it.skipIf(isRoot)('reports a file it may not read as unreadable', async () => {
    const entry = {
      absPath: path.join(folder, 'locked.txt'),
      relPath: 'locked.txt',
      size: 18,
      mtimeMs: 0,
    };
    expect(await readArticle(folder, entry)).toEqual({
      ok: false,
      reason: 'unreadable (permission denied)',
    });
  });
  if (isRoot)
    console.warn(
      'SKIPPED: the EACCES case cannot happen when tests run as root (chmod 000 does not stop root)',
    );

  it('never opens a FIFO even if one replaces a file after the walk', async () => {
    const entry = {
      absPath: path.join(folder, 'pipe.txt'),
      relPath: 'pipe.txt',
      size: 0,
      mtimeMs: 0,
    };
    expect(await readArticle(folder, entry)).toEqual({ ok: false, reason: 'not a regular file' });
  });

  it('throws a not-found domain error for a missing or non-folder root', async () => {
    await expect(collect(path.join(base, 'missing'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(collect(path.join(base, 'outside.txt'))).rejects.toBeInstanceOf(DomainError);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const walk = walkFolder(folder, { signal: controller.signal });
    await expect(walk.next()).rejects.toThrow();
  });
});

describe('walkFolder of one subfolder', () => {
  async function collectUnder(subfolder: string): Promise<WalkEntry[]> {
    const entries: WalkEntry[] = [];
    for await (const entry of walkFolder(folder, { maxFileBytes: 1024, subfolder }))
      entries.push(entry);
    return entries;
  }
  const atOrUnder = (rel: string, subfolder: string): boolean =>
    subfolder === '' || rel === subfolder || rel.startsWith(`${subfolder}/`);

  it.each([
    '',
    'nested',
    'nested/deeper',
    'nested/deeper/story.md',
    '.git',
    '.git/config.txt',
    'missing',
    'missing/story.txt',
    'good.txt',
    'good.txt/below.txt',
    'README.md',
    'pipe.txt',
    'nested/escape-dir',
    'nested/escape-dir/outside.txt',
    'nested/loop',
    'nested/loop/good.txt',
  ])('yields what the whole walk yields at or under %j', async (subfolder) => {
    const whole = await collect(folder, 1024);
    expect(await collectUnder(subfolder)).toEqual(
      whole.filter((entry) => atOrUnder(entry.relPath, subfolder)),
    );
  });

  it('refuses a path that leaves the folder, and a missing root', async () => {
    await expect(collectUnder('nested/../../outside.txt')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const missing = walkFolder(path.join(base, 'missing'), { subfolder: 'nested' });
    await expect(missing.next()).rejects.toMatchObject({ code: 'not-found' });
  });

  it('says a file whose name is not UTF-8 needs renaming, instead of "not found"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-latin1-'));
    try {
      // "café.txt" in Latin-1: the byte 0xE9 alone is not UTF-8.
      const name = Buffer.concat([
        Buffer.from(`${dir}/caf`),
        Buffer.from([0xe9]),
        Buffer.from('.txt'),
      ]);
      writeFileSync(name, 'Kyiv rejected the proposal.');
      writeFileSync(path.join(dir, 'ok.txt'), 'Fine article.');
      const entries = [];
      for await (const entry of walkFolder(dir)) entries.push(entry);
      expect(entries.filter((e) => e.kind === 'file').map((e) => e.relPath)).toEqual(['ok.txt']);
      expect(
        entries.filter((e) => e.kind === 'skipped').map((e) => 'reason' in e && e.reason),
      ).toEqual([
        'its name is not valid UTF-8, so it cannot be opened; rename the file to index it',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

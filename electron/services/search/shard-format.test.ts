import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  readAllShardTexts,
  readShardFile,
  readShardTexts,
  rewriteShardHeader,
  writeShardFile,
  type StoredDoc,
} from './shard-format';
import { buildShardIndex, openShardIndex } from './shard-index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-shard-'));
  dirs.push(dir);
  return dir;
}

function doc(path: string, title: string): StoredDoc {
  return {
    id: `k:${path}`,
    path,
    title,
    outlet: 'Reuters',
    byline: null,
    url: null,
    published: '2025-04-22',
    lang: 'en',
    format: 'text',
    encoding: 'UTF-8',
    words: 3,
    hash: 'ab',
    size: 10,
    mtimeMs: 1,
    warnings: [],
  };
}

const docs = [doc('a.txt', 'Crimea talks'), doc('b.txt', 'Київ і Крим'), doc('c.txt', 'Empty')];
const texts = ['Talks on Crimea resumed.', 'Переговори про Крим — «важкі».', ''];

async function written(): Promise<string> {
  const file = join(tempDir(), 's0.shard');
  const index = buildShardIndex(
    docs.map((d, i) => ({ title: d.title, body: texts[i]!, outlet: d.outlet ?? '' })),
  );
  await writeShardFile(file, {
    docs,
    skipped: [{ path: 'x.pdf', reason: 'unsupported', size: 1, mtimeMs: 2 }],
    index,
    texts,
  });
  return file;
}

describe('shard files', () => {
  it('read back the documents, the skipped files, a searchable index and every text', async () => {
    const file = await written();
    const shard = readShardFile(file);
    expect(shard.header.docs).toEqual(docs);
    expect(shard.header.skipped).toEqual([
      { path: 'x.pdf', reason: 'unsupported', size: 1, mtimeMs: 2 },
    ]);
    expect(
      openShardIndex(shard.index)
        .search('crimea')
        .map((r) => r.ref),
    ).toEqual(['0']);
    expect(readShardTexts(file, shard, [1, 0])).toEqual([texts[1], texts[0]]);
    expect(readAllShardTexts(file, shard)).toEqual(texts);
  });

  it('can take new fingerprints without touching the index or the texts', async () => {
    const file = await written();
    const copy = `${file}.2`;
    const touched = docs.map((d) => ({ ...d, mtimeMs: 99 }));
    await rewriteShardHeader(file, copy, touched, []);
    const shard = readShardFile(copy);
    expect(shard.header.docs.map((d) => d.mtimeMs)).toEqual([99, 99, 99]);
    expect(shard.header.skipped).toEqual([]);
    expect(readAllShardTexts(copy, shard)).toEqual(texts);
    expect(
      openShardIndex(shard.index)
        .search('крим')
        .map((r) => r.ref),
    ).toEqual(['1']);
  });

  it('reads back the term and word lists, empty ones included', async () => {
    const file = await written();
    const shard = readShardFile(file);
    expect(shard.index.terms).toContain('crimea');
    expect(shard.index.words).toEqual(expect.arrayContaining(['crimea', 'київ', 'важкі']));
    expect([...shard.index.terms].sort()).toEqual(shard.index.terms);

    const empty = join(tempDir(), 'empty.shard');
    const blank = [doc('blank.txt', '')];
    const index = buildShardIndex([{ title: '', body: '', outlet: '' }]);
    await writeShardFile(empty, { docs: blank, skipped: [], index, texts: [''] });
    const read = readShardFile(empty);
    expect(read.index.terms).toEqual([]);
    expect(read.index.words).toEqual([]);
    expect(read.header.docs).toEqual(blank);
  });

  it('rejects a damaged or foreign file as corrupt', async () => {
    const file = await written();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expect(() => readShardFile(file)).toThrow(DomainError);
    writeFileSync(file, 'not a shard at all');
    expect(() => readShardFile(file)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});

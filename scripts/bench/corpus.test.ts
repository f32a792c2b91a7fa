import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLunrIndex, naiveDoc, readNaiveDocs } from './baseline';
import {
  describeCorpus,
  findCorporaDir,
  loadBbc,
  loadReuters,
  chooseArticles,
  planCorpus,
  writeCorpus,
} from './corpus';

describe('planCorpus', () => {
  it('takes Reuters stories only while there are enough', () => {
    expect(planCorpus(10_000, 19_043, 2_225)).toEqual({ reuters: 10_000, bbc: 0, copies: 1 });
  });

  it('fills a 20k corpus with BBC articles once Reuters runs out', () => {
    expect(planCorpus(20_000, 19_043, 2_225)).toEqual({ reuters: 19_043, bbc: 957, copies: 1 });
  });

  it('reuses every real article, Reuters and BBC, past what both hold', () => {
    expect(planCorpus(50_000, 19_043, 2_225)).toEqual({ reuters: 19_043, bbc: 2_225, copies: 3 });
    expect(() => planCorpus(0, 19_043, 2_225)).toThrow(/positive integer/);
    expect(() => planCorpus(10, 0, 0)).toThrow(/no source articles/);
  });
});

describe('chooseArticles', () => {
  const source = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      relPath: `${prefix}/${i}.txt`,
      text: `${prefix} ${i}`,
    }));

  it('writes each real article again under copy-N/, so every path is distinct and the text real', () => {
    const { plan, chosen } = chooseArticles(7, source('reuters', 2), source('bbc', 1));
    expect(plan.copies).toBe(3);
    expect(chosen.map((a) => a.relPath)).toEqual([
      'reuters/0.txt',
      'reuters/1.txt',
      'bbc/0.txt',
      'copy-2/reuters/0.txt',
      'copy-2/reuters/1.txt',
      'copy-2/bbc/0.txt',
      'copy-3/reuters/0.txt',
    ]);
    expect(new Set(chosen.map((a) => a.relPath)).size).toBe(7);
    expect(chosen[6]?.text).toBe('reuters 0');
  });
});

describe('naiveDoc', () => {
  it('takes the first line as the title and the rest as the body', () => {
    expect(naiveDoc('a.txt', 'Title\n\nBody one\nBody two\n')).toEqual({
      id: 'a.txt',
      title: 'Title',
      body: '\nBody one\nBody two\n',
    });
    expect(naiveDoc('b.txt', 'Only a title')).toEqual({
      id: 'b.txt',
      title: 'Only a title',
      body: '',
    });
  });
});

describe('findCorporaDir', () => {
  it('says where it looked when the corpora are missing', () => {
    expect(() => findCorporaDir('/nonexistent/repo')).toThrow(
      /\/nonexistent\/shared\/corpora\/reuters21578/,
    );
  });
});

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const haveCorpora = existsSync(join(repoRoot, '../shared/corpora/reuters21578'));
if (!haveCorpora) console.warn('skipping the corpus-writing test: ../shared/corpora is missing');

describe('writing a corpus from the shared collections', () => {
  const temp = mkdtempSync(join(tmpdir(), 'parley-bench-test-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.skipIf(!haveCorpora)(
    'writes one story per file that the naive baseline reads back and finds',
    () => {
      const corpora = findCorporaDir(repoRoot);
      const reuters = loadReuters(corpora);
      const bbc = loadBbc(corpora);
      expect(bbc).toHaveLength(2_225);
      expect(bbc.slice(0, 5).map((a) => a.relPath.split('/')[1])).toEqual([
        'business',
        'entertainment',
        'politics',
        'sport',
        'tech',
      ]);
      expect(bbc.find((a) => a.relPath === 'bbc/sport/199.txt')?.text).not.toContain('\ufffd');

      const info = writeCorpus(join(temp, 'c'), 1_000, reuters.slice(0, 995), bbc);
      expect(info).toMatchObject({ articles: 1_000, reuters: 995, bbc: 5 });
      expect(info.words).toBeGreaterThan(100_000);
      expect(describeCorpus(info)).toMatch(
        /^1,000 articles \(995 Reuters-21578 stories \+ 5 BBC articles\), [\d,]+ words/,
      );

      const first = readFileSync(join(temp, 'c', 'reuters/reut2-000/00001.txt'), 'utf8');
      expect(first).toMatch(/^BAHIA COCOA REVIEW\n\nShowers continued throughout the week/);

      const docs = readNaiveDocs(join(temp, 'c'));
      expect(docs).toHaveLength(1_000);
      expect(docs[0]).toMatchObject({
        id: 'bbc/business/001.txt',
        title: 'Ad sales boost Time Warner profit',
      });
      const index = buildLunrIndex(docs.slice(0, 50));
      expect(index.search('+bahia +cocoa').map((r) => r.ref)).toContain(
        'reuters/reut2-000/00001.txt',
      );
    },
  );
});

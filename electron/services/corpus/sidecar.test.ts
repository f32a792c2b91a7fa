import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from './index';
import { parseSidecar, readSidecar } from './sidecar';

const brownUk = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/corpora/ru-uk/brown-uk-press',
);
if (!existsSync(brownUk)) console.warn(`SKIPPED: Brown-UK sidecar test needs ${brownUk}`);

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('metadata sidecars', () => {
  it('maps CSV columns case-insensitively and reports rows that name no file', () => {
    const csv = [
      'FileName,Title,Byline,Source,URL,Year,extra',
      'a.txt,"Talks resume, officials say",Olena Ivanenko,Kyiv Post,https://kyivpost.com/1,2019,x',
      ',Orphan row,,,,,',
      'sub/b.txt,Second,,,,2020-03-04,',
    ].join('\r\n');
    const sidecar = parseSidecar('meta.csv', csv);
    expect(sidecar.byPath.get('a.txt')).toEqual({
      title: 'Talks resume, officials say',
      byline: 'Olena Ivanenko',
      outlet: 'Kyiv Post',
      url: 'https://kyivpost.com/1',
      published: '2019',
    });
    expect(sidecar.byPath.get('sub/b.txt')).toEqual({ title: 'Second', published: '2020-03-04' });
    expect(sidecar.problems).toEqual(['meta.csv line 3: names no file']);
  });

  it('reads JSON Lines and reports a line that is not a JSON object, keeping the others', () => {
    const jsonl = [
      '{"path": "a.txt", "publisher": "Reuters", "published": "2024-11-20"}',
      'not json',
      '{"Title": "No file here"}',
    ].join('\n');
    const sidecar = parseSidecar('metadata.jsonl', jsonl);
    expect([...sidecar.byPath]).toEqual([
      ['a.txt', { outlet: 'Reuters', published: '2024-11-20' }],
    ]);
    expect(sidecar.problems).toEqual([
      'metadata.jsonl line 2: not a JSON object',
      'metadata.jsonl line 3: names no file',
    ]);
  });

  it('says what is wrong with a CSV it cannot read, instead of throwing', () => {
    const sidecar = parseSidecar('meta.csv', 'file,title\n"a.txt,unterminated');
    expect(sidecar.byPath.size).toBe(0);
    expect(sidecar.problems[0]).toMatch(/^meta\.csv: could not be read as CSV/);
  });

  it('finds the sidecar at the folder root, and none when the folder has none', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-sidecar-'));
    expect(readSidecar(dir)).toBeNull();
    writeFileSync(path.join(dir, 'metadata.csv'), 'path,outlet\na.txt,BBC\n');
    expect(readSidecar(dir)).toMatchObject({
      name: 'metadata.csv',
      byPath: new Map([['a.txt', { outlet: 'BBC' }]]),
    });
  });

  it.skipIf(!existsSync(brownUk))(
    'gives an outlet to 574 of the 577 Brown-UK articles, where parsing knows none (meta.csv names none for three)',
    async () => {
      const files = readdirSync(brownUk).filter((name) => name.endsWith('.txt'));
      expect(files).toHaveLength(577);
      let knownByParsing = 0;
      for (const name of files) {
        const outcome = await readArticle(brownUk, {
          absPath: path.join(brownUk, name),
          relPath: name,
          size: 0,
          mtimeMs: 0,
        });
        if (outcome.ok && outcome.article.outlet) knownByParsing += 1;
      }
      const sidecar = readSidecar(brownUk);
      const knownBySidecar = files.filter((name) => sidecar?.byPath.get(name)?.outlet).length;
      console.info(
        `Brown-UK outlets known: ${knownByParsing}/577 parsed, ${knownBySidecar}/577 from meta.csv`,
      );
      expect(knownByParsing).toBe(0);
      expect(knownBySidecar).toBe(574);
      expect(files.every((name) => sidecar?.byPath.has(name))).toBe(true);
      const first = sidecar?.byPath.get(files[0] ?? '');
      expect(first?.title).toBeTruthy();
      expect(first?.url).toMatch(/^https?:/);
    },
  );
});

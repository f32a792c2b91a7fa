import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countCandidates, whyNotACorpusFolder } from './folder-guard';

const dataDir = '/home/analyst/.config/Parley';

describe('whyNotACorpusFolder', () => {
  it('refuses a disk root, system folders and what is inside them', () => {
    expect(whyNotACorpusFolder('/', dataDir)).toMatch(/root of a disk/);
    expect(whyNotACorpusFolder('/proc', dataDir)).toMatch(/system folder \(\/proc\)/);
    expect(whyNotACorpusFolder('/etc/ssl', dataDir)).toMatch(/system folder \(\/etc\)/);
    expect(whyNotACorpusFolder('/usr/share/doc', dataDir)).toMatch(/system folder/);
  });

  it('refuses the whole home folder and Parley’s own data, inside or around it', () => {
    expect(whyNotACorpusFolder(homedir(), dataDir)).toMatch(/whole home folder/);
    expect(whyNotACorpusFolder(dataDir, dataDir)).toMatch(/Parley’s own data/);
    expect(whyNotACorpusFolder(`${dataDir}/index-cache`, dataDir)).toMatch(/Parley’s own data/);
    expect(whyNotACorpusFolder('/home/analyst/.config', dataDir)).toMatch(/Parley’s own data/);
  });

  it('accepts ordinary folders of articles', () => {
    expect(whyNotACorpusFolder('/home/analyst/news/ft', dataDir)).toBeNull();
    expect(whyNotACorpusFolder(join(tmpdir(), 'corpus'), dataDir)).toBeNull();
    expect(whyNotACorpusFolder('/srv/archive', dataDir)).toBeNull();
  });
});

describe('countCandidates', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('counts article files and stops as soon as there are more than the limit', async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-count-'));
    for (let i = 0; i < 12; i += 1) await writeFile(join(dir, `a${i}.txt`), `article ${i}`);
    await writeFile(join(dir, 'photo.jpg'), 'not an article');
    expect(await countCandidates(dir, 20)).toEqual({ count: 12, more: false });
    expect(await countCandidates(dir, 5)).toEqual({ count: 5, more: true });
  });
});

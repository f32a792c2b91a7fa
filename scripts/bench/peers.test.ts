import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPeer, queryWords, type PeerEngine } from './peers';
import type { BenchQuery } from './queries';

const folder = mkdtempSync(join(tmpdir(), 'parley-peers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
writeFileSync(join(folder, 'a.txt'), 'Oil prices rise\nCrude output was cut.');
writeFileSync(join(folder, 'b.txt'), 'Gold steady\nOil fell while prices of wheat rose.');
writeFileSync(join(folder, 'c.txt'), 'Oil\nThe prices held.');
writeFileSync(join(folder, 'd.txt'), 'Coffee\nQuota talks stalled.');

const q = (kind: BenchQuery['kind'], parley: string): BenchQuery => ({ kind, parley, lunr: '' });

describe('the peer engines', () => {
  it('run a phrase as its words, all required', () => {
    expect(queryWords(q('phrase', '"oil prices"'))).toBe('oil prices');
  });

  it.each<PeerEngine>(['minisearch', 'flexsearch'])(
    '%s counts the articles holding every word, title and body together',
    (engine) => {
      const { index, articles } = buildPeer(engine, folder);
      expect(articles).toBe(4);
      expect(index.count(q('word', 'oil'))).toBe(3);
      // c.txt has "oil" in its title and "prices" in its body: it must still count.
      expect(index.count(q('two words', 'oil prices'))).toBe(3);
      expect(index.count(q('phrase', '"crude output"'))).toBe(1);
      expect(index.count(q('word', 'zinc'))).toBe(0);
    },
  );
});

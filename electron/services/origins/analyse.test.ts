import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../corpus/parse-article';
import { analyseOrigins, type OriginInput } from './analyse';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds');

function seeds(): OriginInput[] {
  return readdirSync(seedsDir)
    .sort()
    .flatMap((name) => {
      const parsed = parseArticleBytes(readFileSync(path.join(seedsDir, name)), name);
      if ('skip' in parsed) return [];
      return [
        { path: name, publisher: parsed.outlet, published: parsed.published, text: parsed.text },
      ];
    });
}

describe('origins of the sample corpus', () => {
  const report = analyseOrigins(seeds());
  const byPrefix = (p: string) => report.articles.find((a) => a.path.startsWith(p));

  it('sees four relays of one FT report and one of a Reuters report: two independent origins', () => {
    expect(report.articles.map((a) => a.origin)).toEqual([
      'Financial Times',
      'Financial Times',
      'Financial Times',
      'Financial Times',
      'Reuters',
    ]);
    expect(report.groups.map((g) => g.map((p) => p.slice(0, 3)))).toEqual([
      ['000', '001', '002', '003'],
      ['004'],
    ]);
    expect(report.independentOrigins).toBe(2);
  });

  it('lists the outlets 000 also cites, and never its AFP photo credit as an origin', () => {
    const a = byPrefix('000_');
    expect(a?.also).toEqual(
      expect.arrayContaining(['The Wall Street Journal', 'Reuters', 'RIA Novosti']),
    );
    expect(a?.also).not.toContain('AFP');
    expect(a?.attributions).toContainEqual(
      expect.objectContaining({ kind: 'credit', outlet: 'AFP', cue: 'Photo: Jim Watson / AFP' }),
    );
  });

  it('does not take Reuters for the publisher of 004, and counts its anonymous sourcing', () => {
    const a = byPrefix('004_');
    expect(a?.publisher).not.toBe('Reuters');
    expect(a?.anonymous).toBeGreaterThanOrEqual(5);
  });

  it('gives a relay group to a verbatim copy whose credit was stripped', () => {
    const inputs = seeds();
    const original = inputs[4] as OriginInput;
    const copy = {
      ...original,
      path: 'copy.txt',
      text: original.text.replace(/^Source: Reuters.*$/m, '').replace(/Reuters/g, 'the agency'),
    };
    const withCopy = analyseOrigins([...inputs, copy]);
    expect(withCopy.articles.at(-1)?.origin).toBe('Reuters');
    expect(withCopy.groups).toContainEqual([original.path, 'copy.txt']);
    expect(withCopy.independentOrigins).toBe(2);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article';
import { parseArticleBytes, readArticle, walkFolder } from './index';

const corpora = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/corpora',
);
const bbc = path.join(corpora, 'bbc');
const readabilityNews = path.join(corpora, 'readability-news');
if (!existsSync(bbc)) console.warn(`SKIPPED: BBC corpus tests need ${bbc}`);
if (!existsSync(readabilityNews))
  console.warn(`SKIPPED: extraction-quality test needs ${readabilityNews}`);

describe('real corpora', () => {
  it.skipIf(!existsSync(bbc))(
    'reads all 2,225 BBC articles and skips the corpus README',
    async () => {
      const articles: Article[] = [];
      const skipped: { relPath: string; reason: string }[] = [];
      for await (const entry of walkFolder(bbc)) {
        if (entry.kind === 'skipped') {
          skipped.push({ relPath: entry.relPath, reason: entry.reason });
          continue;
        }
        const outcome = await readArticle(bbc, entry);
        if (outcome.ok) articles.push(outcome.article);
        else skipped.push({ relPath: entry.relPath, reason: outcome.reason });
      }
      expect(skipped).toEqual([
        { relPath: 'README.TXT', reason: 'folder documentation, not an article' },
      ]);
      expect(articles).toHaveLength(2225);
      expect(new Set(articles.map((a) => a.id)).size).toBe(2225);
      expect(
        articles.every((a) => a.title !== '' && a.words > 0 && !a.text.includes('\uFFFD')),
      ).toBe(true);

      const mutu = articles.find((a) => a.path === 'sport/199.txt');
      expect(mutu).toMatchObject({
        title: 'Chelsea sack Mutu',
        encoding: 'ISO-8859-1',
        warnings: [],
        lang: 'en',
      });
      expect(mutu?.text).toContain('a £15.8m signing from Parma');
    },
    120_000,
  );

  it.skipIf(!existsSync(readabilityNews))(
    'extracts titles and outlets from saved news pages',
    () => {
      const pages = readdirSync(readabilityNews).filter((d) =>
        existsSync(path.join(readabilityNews, d, 'source.html')),
      );
      const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
      let titles = 0;
      let outlets = 0;
      let outletPages = 0;
      const misses: string[] = [];
      for (const page of pages) {
        const expected = JSON.parse(
          readFileSync(path.join(readabilityNews, page, 'expected-metadata.json'), 'utf8'),
        ) as {
          title: string;
          siteName: string | null;
        };
        const parsed = parseArticleBytes(
          readFileSync(path.join(readabilityNews, page, 'source.html')),
          'source.html',
        );
        if ('skip' in parsed) {
          misses.push(`${page}: skipped (${parsed.skip})`);
          continue;
        }
        if (norm(parsed.title) === norm(expected.title)) titles++;
        else misses.push(`${page}: title ${JSON.stringify(parsed.title)}`);
        if (expected.siteName !== null) {
          outletPages++;
          const got = (parsed.outlet ?? '').toLowerCase();
          const want = expected.siteName.toLowerCase();
          if (got !== '' && (got.includes(want) || want.includes(got))) outlets++;
          else misses.push(`${page}: outlet ${JSON.stringify(parsed.outlet)}`);
        }
      }
      const titleRate = titles / pages.length;
      const outletRate = outlets / outletPages;
      console.log(
        `readability-news extraction: title ${titles}/${pages.length} (${(titleRate * 100).toFixed(1)}%), ` +
          `outlet ${outlets}/${outletPages} (${(outletRate * 100).toFixed(1)}%)` +
          (misses.length > 0 ? `\n  misses: ${misses.join('\n  ')}` : ''),
      );
      expect(pages.length).toBeGreaterThanOrEqual(30);
      expect(titleRate).toBeGreaterThanOrEqual(0.9);
      expect(outletRate).toBeGreaterThanOrEqual(0.8);
      // jsdom + Readability over 15 MB of real pages takes ~20 s on an idle machine; allow for a busy CI.
    },
    180_000,
  );
});

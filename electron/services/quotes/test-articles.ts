import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../shared/article';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The FT relay from the sample corpus, as its normalised text. */
export const ftText = readFileSync(join(root, 'seeds', '000_428af1576f6ea280.txt'), 'utf8');

/** An article around `text`; the hash stands in for the file's sha-256. */
export function makeArticle(text: string, overrides: Partial<Article> = {}): Article {
  return {
    id: 'seeds:000.txt',
    folder: '/corpus/seeds',
    path: '000.txt',
    title: 'FT: Putin offers Trump peace in Ukraine',
    outlet: 'Ukrainska Pravda',
    byline: null,
    url: null,
    published: '2025-04-22',
    lang: 'en',
    format: 'text',
    encoding: 'UTF-8',
    words: text.split(/\s+/).length,
    hash: `len-${text.length}-${text.slice(0, 8)}-${text.slice(-8)}`,
    size: text.length,
    mtimeMs: 0,
    warnings: [],
    text,
    ...overrides,
  };
}

// What the origins runner and handler tests share: the seeds as indexed documents, editable.
import { hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleMeta } from '../../../shared/article';
import { makeArticleMeta } from '../../../shared/testing/article-fixtures';
import { parseArticleBytes } from '../corpus/parse-article';
import type { IndexedDocuments } from '../search/indexed-docs';
import type { OriginInput } from './article-facts';

export const seedsDir = path.resolve(import.meta.dirname, '../../../seeds');

/** Indexed documents held in memory; `put` adds or changes one, `reads` counts text reads. */
export type MemoryDocs = IndexedDocuments & {
  put(name: string, raw: string): void;
  remove(name: string): void;
  reads: number;
  inputs(): OriginInput[];
};

export function memoryDocs(files: Record<string, string> = seedFiles()): MemoryDocs {
  const docs = new Map<string, { meta: ArticleMeta; text: string }>();
  const put = (name: string, raw: string) => {
    const parsed = parseArticleBytes(Buffer.from(raw), name);
    if ('skip' in parsed) throw new Error(`${name}: ${parsed.skip}`);
    const { text, ...fields } = parsed;
    const meta = makeArticleMeta({
      ...fields,
      id: `k:${name}`,
      path: name,
      hash: hash('sha256', raw),
    });
    docs.set(meta.id, { meta, text });
  };
  for (const [name, raw] of Object.entries(files)) put(name, raw);
  const memory: MemoryDocs = {
    reads: 0,
    put,
    remove: (name) => void docs.delete(`k:${name}`),
    *documents() {
      for (const { meta } of docs.values()) yield meta;
    },
    meta: (id) => docs.get(id)?.meta ?? null,
    text(id) {
      memory.reads++;
      return docs.get(id)?.text ?? null;
    },
    inputs: () =>
      [...docs.values()].map(({ meta, text }) => ({
        path: meta.id,
        publisher: meta.outlet,
        published: meta.published,
        title: meta.title,
        credit: meta.credit ?? null,
        hash: meta.hash,
        text,
      })),
  };
  return memory;
}

/** The seed files by name, as they are on disk. */
export function seedFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(seedsDir)
      .sort()
      .map((name) => [name, readFileSync(path.join(seedsDir, name), 'utf8')]),
  );
}

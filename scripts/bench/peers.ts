import { performance } from 'node:perf_hooks';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { readNaiveDocs, type NaiveDoc } from './baseline';
import type { BenchQuery } from './queries';

/** The engines a user choosing a JavaScript search library would weigh against Parley and lunr. */
export type PeerEngine = 'minisearch' | 'flexsearch';

/** An engine built in memory and asked a query: it answers how many documents match every word. */
export type PeerIndex = { count(query: BenchQuery): number };

/**
 * The words of a query for engines without phrase search: a phrase runs as its words, all
 * required (as lunr's `+w1 +w2`), so every engine answers "articles holding all these words".
 */
export const queryWords = (query: BenchQuery): string => query.parley.replace(/"/g, '').trim();

/**
 * MiniSearch 7 with its defaults (lower-cased words, no stemming, no prefix or fuzzy matching),
 * title and body fields, every word required.
 */
function buildMiniSearch(docs: readonly NaiveDoc[]): PeerIndex {
  const index = new MiniSearch<NaiveDoc>({ fields: ['title', 'body'], storeFields: [] });
  index.addAll(docs);
  return {
    count: (query) => index.search(queryWords(query), { combineWith: 'AND' }).length,
  };
}

/**
 * FlexSearch 0.8 Document index, strict tokenizer (whole words, no stemming). Title and body go
 * into one indexed field: FlexSearch requires all words within a single field, so separate
 * fields would miss an article with one word in its title and the other in its body.
 */
function buildFlexSearch(docs: readonly NaiveDoc[]): PeerIndex {
  const index = new FlexSearch.Document<{ id: string; text: string }>({
    document: { id: 'id', index: ['text'] },
    tokenize: 'strict',
  });
  for (const doc of docs) index.add({ id: doc.id, text: `${doc.title}\n${doc.body}` });
  const everything = docs.length;
  return {
    count: (query) => index.search(queryWords(query), { limit: everything, merge: true }).length,
  };
}

const builders: Record<PeerEngine, (docs: readonly NaiveDoc[]) => PeerIndex> = {
  minisearch: buildMiniSearch,
  flexsearch: buildFlexSearch,
};

/** Reads the folder the naive way (first line title, rest body) and builds the peer's index. */
export function buildPeer(
  engine: PeerEngine,
  folder: string,
): { index: PeerIndex; articles: number; read_s: number; build_s: number } {
  const start = performance.now();
  const docs = readNaiveDocs(folder);
  const read = performance.now();
  const index = builders[engine](docs);
  const end = performance.now();
  return {
    index,
    articles: docs.length,
    read_s: (read - start) / 1000,
    build_s: (end - start) / 1000,
  };
}

import path from 'node:path';
import type { ArticleMeta } from '../../../shared/article';
import type { CorpusFacets } from '../../../shared/corpus';
import type { SearchHit, SearchRequest, SearchResult } from '../../../shared/search';
import type { FolderState } from './folder-registry';
import {
  createHighlighter,
  makeSnippet,
  parseQuery,
  RELAXED_NOTICE,
  requireAllWords,
  type Field,
  type ParsedQuery,
} from './query/index';
import type { LiveShard } from './shard-cache';
import { searchShard } from './overlaid-fields';
import { topRanked } from './top-ranked';
import { dateSpan, inDateRange } from './date-span';
import {
  defaultVariantIndex,
  expandNameVariants,
  variantsNotice,
  type VariantsOf,
} from './name-variants';

const DEFAULT_LIMIT = 50;

/** Reads one document's text from its shard, or null when it cannot be read. */
export type TextOf = (live: LiveShard, docNo: number) => string | null;

type Found = { live: LiveShard; docNo: number; doc: ArticleMeta; score: number };

/** Whether a document passes the request's outlet and date filters, or fails only for want of a date. */
function filterOf(request: SearchRequest): (doc: ArticleMeta) => boolean | 'undated' {
  const outlets = request.outlets?.length ? new Set(request.outlets) : null;
  const from = request.from?.slice(0, 10) ?? null;
  const to = request.to?.slice(0, 10) ?? null;
  return (doc) => {
    if (outlets && (doc.outlet === null || !outlets.has(doc.outlet))) return false;
    if (from === null && to === null) return true;
    const span = dateSpan(doc.published);
    if (!span) return request.includeUndated === true || 'undated';
    return inDateRange(span, from, to);
  };
}

const byRelevance = (a: Found, b: Found): number =>
  b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0);

// Newest first, undated last; equal dates by relevance.
const byDate = (a: Found, b: Found): number => {
  const da = a.doc.published ?? '';
  const db = b.doc.published ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
  return byRelevance(a, b);
};

/** Runs an analyst query over the live shards of `folders`; never throws for bad query syntax. */
export function runSearch(
  folders: readonly FolderState[],
  request: SearchRequest,
  textOf: TextOf,
  variantsOf: VariantsOf = defaultVariantIndex,
  only?: (doc: ArticleMeta) => boolean,
): SearchResult {
  const { query: parsed, also } = expandNameVariants(parseQuery(request.text), variantsOf);
  const folderFilter = request.folders?.length
    ? new Set(request.folders.map((f) => path.resolve(f)))
    : null;
  const filter = filterOf(request);
  const keep = (doc: ArticleMeta): boolean | 'undated' =>
    only && !only(doc) ? false : filter(doc);

  // Every shard is queried on its own and the results merged. Scores are per-shard BM25, so
  // idf comes from the shard's documents, not the whole corpus; because documents are spread
  // over shards by a hash of their path, every shard is a random sample of the folder and the
  // per-shard statistics (hence scores) are comparable.
  let undatedHidden = 0;
  const collect = (query: ParsedQuery): Found[] => {
    const out: Found[] = [];
    undatedHidden = 0;
    for (const state of folders) {
      if (folderFilter && !folderFilter.has(state.folder)) continue;
      for (const live of state.shards.values()) {
        const getText = (ref: string, field: Field | null): string | undefined => {
          const doc = live.docs[Number(ref)];
          if (!doc) return undefined;
          if (field === 'title') return doc.title;
          if (field === 'outlet') return doc.outlet ?? '';
          // Unknown text (undefined) keeps the document rather than dropping it silently.
          const text = textOf(live, Number(ref));
          if (text === null) return undefined;
          return field === 'body' ? text : `${doc.title}\n\n${text}`;
        };
        for (const result of searchShard(live, query, getText)) {
          const docNo = Number(result.ref);
          const doc = live.docs[docNo];
          if (!doc) continue;
          const kept = keep(doc);
          if (kept === 'undated') undatedHidden += 1;
          else if (kept) out.push({ live, docNo, doc, score: result.score });
        }
      }
    }
    return out;
  };
  // Articles with every word come first: the strict query runs first, the query as typed only
  // when the strict one finds nothing.
  const strict = requireAllWords(parsed);
  let notice = [parsed.notice, variantsNotice(also)].filter(Boolean).join(' ') || null;
  let found = strict ? collect(strict) : [];
  if (!strict || (found.length === 0 && undatedHidden === 0)) {
    found = collect(parsed);
    if (strict && found.length > 0)
      notice = notice ? `${notice} ${RELAXED_NOTICE}` : RELAXED_NOTICE;
  }
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.max(0, Math.floor(request.limit ?? DEFAULT_LIMIT));
  const page = topRanked(found, offset + limit, request.sort === 'date' ? byDate : byRelevance);
  const highlight = createHighlighter(parsed);
  const hits = page.slice(offset).map(({ live, docNo, doc, score }): SearchHit => {
    const text = textOf(live, docNo) ?? '';
    const { snippet, highlights } = makeSnippet(
      text,
      highlight(text, { sequences: live.data.index, doc: docNo }),
    );
    return {
      id: doc.id,
      path: doc.path,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.published,
      score,
      snippet,
      highlights,
    };
  });
  return { query: request.text, notice, total: found.length, hits, undatedHidden };
}

/** Outlets (most articles first), folders with their article counts, and the span of dates. */
export function facetsOf(folders: readonly FolderState[]): CorpusFacets {
  const outlets = new Map<string, number>();
  let earliest: string | null = null;
  let latest: string | null = null;
  const counts = folders.map((state) => {
    let count = 0;
    for (const live of state.shards.values()) {
      for (const doc of live.docs) {
        count += 1;
        if (doc.outlet !== null) outlets.set(doc.outlet, (outlets.get(doc.outlet) ?? 0) + 1);
        if (doc.published !== null) {
          if (earliest === null || doc.published < earliest) earliest = doc.published;
          if (latest === null || doc.published > latest) latest = doc.published;
        }
      }
    }
    return { path: state.folder, count };
  });
  return {
    outlets: [...outlets]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    folders: counts,
    earliest,
    latest,
  };
}

import type { OriginsReport, OriginsSummary } from '../../../shared/origins';
import type { EventBus } from '../events/event-bus';
import type { AreaHandlers, Handlers } from '../handlers';
import { DomainError } from '../errors';
import { articleView, groupEvidence } from './evidence';
import type { IndexedDocuments } from '../search/indexed-docs';
import { analyseOrigins } from './analyse';
import { factsKey, type OriginInput, type OriginItem } from './article-facts';
import { createDriftHandler } from './drift-handler';
import type { OriginsRunner } from './origins-runner';
import { RunCancelled } from './run-analysis';

/** The origins of the indexed corpus: the summary the origins view lists, and the full report behind it. */
export type OriginsAnalysis = {
  summary: () => Promise<OriginsSummary>;
  /** The report the cached summary was made from (attributions with offsets, per article). */
  report: () => Promise<OriginsReport>;
};

/**
 * Origins over every indexed article, computed by `runner` (a worker thread in the app) once and
 * again only after the corpus changes; a change during a run cancels it and the callers waiting
 * get the run that follows. Progress goes out as `origins:progress`.
 */
export function createOriginsAnalysis(
  docs: IndexedDocuments,
  bus: EventBus,
  runner: OriginsRunner,
): OriginsAnalysis {
  let cached: { summary: OriginsSummary; report: OriginsReport } | null = null;
  let computing: Promise<{ summary: OriginsSummary; report: OriginsReport }> | null = null;
  let generation = 0;
  const invalidate = () => {
    generation++;
    cached = null;
    runner.cancel();
  };
  // A folder added, removed or re-indexed changes what is indexed; a finished indexing pass too.
  bus.on('corpus:changed', invalidate);
  bus.on('index:progress', (p) => {
    if (p.phase === 'done') invalidate();
  });

  const compute = async () => {
    for (;;) {
      const started = generation;
      try {
        const { report } = await runner.run(
          indexedItems(docs),
          (id) => docs.text(id),
          (done, total) => bus.emit('origins:progress', { done, total }),
        );
        if (started === generation) return (cached = { summary: summaryOf(report), report });
      } catch (error) {
        if (!(error instanceof RunCancelled)) throw error;
      }
    }
  };
  const current = () => {
    if (cached) return Promise.resolve(cached);
    computing ??= compute().finally(() => (computing = null));
    return computing;
  };
  return {
    summary: async () => (await current()).summary,
    report: async () => (await current()).report,
  };
}

/** Just the summary of `createOriginsAnalysis`. */
export function createOriginsSummary(
  docs: IndexedDocuments,
  bus: EventBus,
  runner: OriginsRunner,
): () => Promise<OriginsSummary> {
  return createOriginsAnalysis(docs, bus, runner).summary;
}

/** Every indexed article as the origins runner takes it, keyed by its file's hash and metadata. */
export function indexedItems(docs: IndexedDocuments): OriginItem[] {
  const items: OriginItem[] = [];
  for (const doc of docs.documents()) {
    const item = {
      path: doc.id,
      publisher: doc.outlet,
      published: doc.published,
      title: doc.title,
      credit: doc.credit ?? null,
      hash: doc.hash,
    };
    items.push({ ...item, key: factsKey(item) });
  }
  return items;
}

/** Every indexed article's origin, the relay groups and the independent origins they count (in-process, from scratch). */
export function summarise(docs: IndexedDocuments): OriginsSummary {
  const inputs: OriginInput[] = [];
  for (const item of indexedItems(docs)) {
    const text = docs.text(item.path);
    if (text === null) continue;
    const { key, ...input } = item;
    void key; // the cache key is the runner's concern, not the analysis input's
    inputs.push({ ...input, text });
  }
  return summaryOf(analyseOrigins(inputs));
}

/** The summary the origins view shows, from a full report. */
export function summaryOf(report: OriginsReport): OriginsSummary {
  const origins: Record<string, string | null> = {};
  for (const a of report.articles) origins[a.path] = a.origin;
  return {
    articles: report.articles.length,
    independentOrigins: report.independentOrigins,
    groups: report.groups.map((ids) => ({
      origin: origins[ids[0] ?? ''] ?? null,
      articleIds: ids,
    })),
    origins,
  };
}

type SummaryHandler = Handlers['origins:summary'];

/**
 * origins:summary — the relay groups with counts over the indexed corpus; origins:article and
 * origins:group — one article's spans and its group's evidence; origins:drift — quote drift in a
 * group. `decide` lays the analyst's
 * decisions over the computed summary; every answer goes through it.
 */
export function createOriginsHandlers({
  docs,
  bus,
  runner,
  decide = (computed) => computed,
  analysis = createOriginsAnalysis(docs, bus, runner),
}: {
  docs: IndexedDocuments;
  bus: EventBus;
  runner: OriginsRunner;
  decide?: (computed: SummaryHandler) => SummaryHandler;
  /** The computation to answer from; compose passes the one it shares with the outlets area. */
  analysis?: OriginsAnalysis;
}): AreaHandlers<'origins:'> {
  const summary = decide(analysis.summary);
  const unknown = (id: string) =>
    new DomainError(
      'not-found',
      `No indexed article ${id}: it may have been removed or re-indexed.`,
    );
  return {
    'origins:summary': () => summary({}),
    'origins:article': async ({ id }) => {
      const view = articleView(await analysis.report(), await summary({}), id);
      if (!view) throw unknown(id);
      return view;
    },
    'origins:group': async ({ articleId }) => {
      const metas = new Map([...docs.documents()].map((doc) => [doc.id, doc]));
      const evidence = groupEvidence(
        await analysis.report(),
        await summary({}),
        articleId,
        (id) => metas.get(id),
        (id) => docs.text(id),
      );
      if (!evidence) throw unknown(articleId);
      return evidence;
    },
    'origins:drift': createDriftHandler(docs),
  };
}

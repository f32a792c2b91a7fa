import type { OriginsSummary } from '../../../shared/origins';
import type { ServiceEvents } from '../events/event-bus';
import { settle, type AreaHandlers } from '../handlers';
import type { IndexedDocuments } from '../search/indexed-docs';
import { analyseOrigins, type OriginInput } from './analyse';

/** Origins over every indexed article, computed once and again only after the corpus changes. */
export function createOriginsSummary(docs: IndexedDocuments, events: ServiceEvents) {
  let cached: OriginsSummary | null = null;
  // A folder added, removed or re-indexed changes what is indexed; a finished indexing pass too.
  events.on('corpus:changed', () => (cached = null));
  events.on('index:progress', (p) => {
    if (p.phase === 'done') cached = null;
  });
  return (): OriginsSummary => (cached ??= summarise(docs));
}

/** Every indexed article's origin, the relay groups and the independent origins they count. */
export function summarise(docs: IndexedDocuments): OriginsSummary {
  const inputs: OriginInput[] = [];
  for (const doc of docs.documents()) {
    const text = docs.text(doc.id);
    if (text === null) continue;
    inputs.push({ path: doc.id, publisher: doc.outlet, published: doc.published, text });
  }
  const report = analyseOrigins(inputs);
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

/** origins:summary — the relay groups with counts over the indexed corpus. */
export function createOriginsHandlers({
  docs,
  events,
}: {
  docs: IndexedDocuments;
  events: ServiceEvents;
}): AreaHandlers<'origins:'> {
  const summary = createOriginsSummary(docs, events);
  return { 'origins:summary': () => settle(summary) };
}

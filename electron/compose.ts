import type { PushEvents } from '../shared/contract';
import { createBriefingSources } from './services/briefing/app-data';
import { briefingMatrixTable, briefingOutletRows } from './services/briefing/area-rows';
import { matrixTable } from './services/matrix/export';
import { createBriefingHandlers } from './services/briefing/handlers';
import { createCorpusSync, type CorpusSyncOptions } from './services/corpus-sync/corpus-sync';
import { createCorpusHandlers } from './services/corpus-sync/handlers';
import {
  createEventBus,
  type ServiceEvents,
  type ServicePushEvent,
} from './services/events/event-bus';
import type { Handlers, HostHooks } from './services/handlers';
import { createOriginsAnalysis, createOriginsHandlers } from './services/origins/handlers';
import { articleFactsOf } from './services/outlets/article-facts';
import { createOutletsArea } from './services/outlets/handlers';
import { gradeFilter, withReliability } from './services/outlets/reliability';
import type { OriginsRunner } from './services/origins/origins-runner';
import { createWorkerRunner } from './services/origins/worker-runner';
import { createQuoteHandlers } from './services/quotes/handlers';
import { createOriginDecisions } from './services/origins/decision-handlers';
import { createCorrectionHandlers } from './services/corrections/handlers';
import { keepCorrectionsApplied } from './services/corrections/corrections-sync';
import { createVariantHandlers } from './services/variants/handlers';
import { keepVariantsApplied } from './services/variants/variants-sync';
import { createMatrixHandlers } from './services/matrix/handlers';
import { sourcingFromOrigins } from './services/matrix/sourcing';
import { createVerifier } from './services/quotes/verifier';
import { createCorroboration } from './services/quotes/corroboration';
import { createSearchLibrary } from './services/search';
import { createSearchHandlers } from './services/search/handlers';
import { createIndexStatus } from './services/search/index-status';
import type { LibraryOptions, SearchLibrary } from './services/search/library-types';
import { createWorkspaceHandlers } from './services/session/handlers';
import { openSession, type SessionOptions } from './services/session/session';
import { join, resolve } from 'node:path';

export type { ServiceEvents, ServicePushEvent } from './services/events/event-bus';

/** What a shell forwards to its window or page: everything the services push. */
export const servicePushEvents = [
  'index:progress',
  'origins:progress',
  'briefing:progress',
  'corpus:changed',
  'workspace:changed',
] as const satisfies readonly ServicePushEvent[];

/** Everything a shell needs from the services: the handler table, the events, and the lifecycle. */
export type ComposedApp = {
  handlers: Handlers;
  events: ServiceEvents;
  /** Resolves once background work (indexing, verification) queued so far has settled. */
  idle(): Promise<void>;
  /** Stops workers and watchers and closes the workspace; pending background work is abandoned. */
  close(): Promise<void>;
};

export type ComposeOptions = SessionOptions &
  CorpusSyncOptions & {
    /** What only the shell can do (native dialogs); the browser host's hooks answer null. */
    hostHooks: HostHooks;
    /** Index build workers; passed to the search library. */
    workers?: number;
    /** The search engine; tests pass an in-memory one. */
    createLibrary?: (options: LibraryOptions) => SearchLibrary;
    /** Where origins are computed; default a worker thread, so the main thread never waits on them. */
    createOriginsRunner?: () => OriginsRunner;
  };

/**
 * The one composition root: builds the services over `dataDir` and the handler table both shells
 * serve. Electron's main process, the browser host and the tests call this and nothing else.
 * Adding an area means adding its service here and spreading its handlers into the table.
 */
export async function composeApp({
  hostHooks,
  workers,
  createLibrary = createSearchLibrary,
  createOriginsRunner = () => createWorkerRunner(),
  ...options
}: ComposeOptions): Promise<ComposedApp> {
  const bus = createEventBus();
  const indexStatus = createIndexStatus(bus);
  const library = createLibrary({
    cacheDir: join(resolve(options.dataDir), 'index-cache'),
    ...(workers === undefined ? {} : { workers }),
    onProgress: (progress) => indexStatus.report(progress),
  });
  const session = await openSession(options, bus).catch(async (error: unknown) => {
    await library.close();
    throw error;
  });
  const verifier = createVerifier(session);
  const corpusSync = createCorpusSync({ library, bus, session, verifier }, options);
  session.attach({ foldersChanged: () => corpusSync.sync(), opened: () => verifier.verifyLater() });
  keepCorrectionsApplied({ session, library, bus, folders: () => corpusSync.list() });
  keepVariantsApplied({ session, library, bus });
  const decisions = createOriginDecisions(session);
  corpusSync.sync();
  if (session.workspace()) verifier.verifyLater();

  const originsRunner = createOriginsRunner();
  // Corroboration counts relay groups as the analyst decided them: the summary the table answers.
  const corroboration = createCorroboration({
    docs: library.docs,
    origins: () => handlers['origins:summary']({}),
  });
  // One origins computation, answered by the origins area and counted by the outlets notebook.
  const originsAnalysis = createOriginsAnalysis(library.docs, bus, originsRunner);
  const outlets = createOutletsArea({
    session,
    hostHooks,
    facts: async () => {
      const [report, summary] = await Promise.all([
        originsAnalysis.report(),
        handlers['origins:summary']({}),
      ]);
      return articleFactsOf(library.docs, report, summary);
    },
  });
  const handlers: Handlers = {
    ...outlets.handlers,
    ...createCorrectionHandlers({ session, library }),
    ...createVariantHandlers(session),
    ...decisions.handlers,
    ...createCorpusHandlers({ corpusSync, library, indexStatus, hostHooks }),
    // Grades travel: search filters by the origin outlet's grade, quotes carry the Admiralty pair.
    ...createSearchHandlers(library, async (grades) =>
      gradeFilter(await outlets.catalogue(), grades),
    ),
    ...createWorkspaceHandlers(session, hostHooks),
    ...createQuoteHandlers({
      session,
      library,
      verifier,
      corroboration,
      hostHooks,
      // The pair is a reading aid: if the origins cannot be computed, the quotes still list.
      withReliability: (quotes) =>
        outlets.catalogue().then(
          (catalogue) => withReliability(catalogue, quotes),
          () => quotes,
        ),
    }),
    // The analyst's decisions on origins are laid over everything the origins area answers.
    ...createOriginsHandlers({
      docs: library.docs,
      bus,
      runner: originsRunner,
      decide: decisions.over,
      analysis: originsAnalysis,
    }),
    // The matrix asks the origins area (summary as decided, each article's attributions), never its tables.
    ...createMatrixHandlers({
      session,
      library,
      hostHooks,
      sourcing: sourcingFromOrigins({
        summary: () => handlers['origins:summary']({}),
        attributions: async (id) => (await handlers['origins:article']({ id })).attributions,
      }),
    }),
    // A briefing cites through the other areas' channels: quotes with their pair, the notebook,
    // and the matrix as it stood on the briefing's date.
    ...createBriefingHandlers({
      session,
      bus,
      hostHooks,
      sources: createBriefingSources({
        docs: library.docs,
        origins: () => handlers['origins:summary']({}),
        quotes: () => handlers['quote:list']({}),
        outlets: async () => briefingOutletRows(await handlers['outlets:list']({})),
        matrix: async (asOf) =>
          briefingMatrixTable(matrixTable(await handlers['matrix:get'](asOf ? { asOf } : {}))),
      }),
    }),
  };
  let closed = false;
  return {
    handlers,
    events: bus,
    async idle() {
      // Indexing may start verification and a watcher may queue indexing: wait until both rest.
      for (;;) {
        const indexed = await corpusSync.settle();
        const verified = await verifier.settle();
        if (!indexed && !verified) return;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      bus.close();
      corpusSync.close();
      await originsRunner.close();
      try {
        await library.close();
      } finally {
        await session.close();
      }
    },
  };
}

/** Forwards every service push event to `send` (a window, a set of event streams). */
export function forwardServiceEvents(
  events: ServiceEvents,
  send: <E extends ServicePushEvent>(event: E, payload: PushEvents[E]) => void,
): () => void {
  const stops = servicePushEvents.map((event) =>
    events.on(event, (payload: PushEvents[typeof event]) => send(event, payload)),
  );
  return () => stops.forEach((stop) => stop());
}

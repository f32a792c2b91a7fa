import type { Briefing, BriefingExportFormat } from '../../../shared/briefing';
import { buildBriefingDocument, defaultBriefing } from '../../../shared/briefing-document';
import type { BriefingExportProgress } from '../../../shared/briefings';
import { briefingFileName, briefingMimeTypes } from '../../../shared/briefings';
import { describeError } from '../../../shared/error-message';
import type { EventBus } from '../events/event-bus';
import type { AreaHandlers, HostHooks } from '../handlers';
import { settle } from '../handlers';
import type { Session } from '../session/session';
import type { BriefingSources } from './app-data';
import { deleteBriefing, getBriefing, listBriefings, saveBriefing } from './briefings';
import { renderBriefing } from './index';
import { saveBriefingExport } from './save-export';

/** briefing:* — the workspace's briefings, their live preview and their export in four formats. */
export function createBriefingHandlers(deps: {
  session: Session;
  sources: BriefingSources;
  bus: EventBus;
  hostHooks: HostHooks;
  /** Today's date (YYYY-MM-DD), for the default briefing's as-of date. */
  today?: () => string;
}): AreaHandlers<'briefing:'> {
  const { session, sources, bus, hostHooks } = deps;
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));

  /** The stored briefing `id`, or with none the default one (every quote, matrix, origins, outlets). */
  const briefingOf = (id: string | undefined): Briefing =>
    id === undefined
      ? defaultBriefing(`${session.state().name} — briefing`, today())
      : getBriefing(session.current(), id).briefing;

  const progress = (
    format: BriefingExportFormat,
    phase: BriefingExportProgress['phase'],
    message: string | null = null,
  ): void => bus.emit('briefing:progress', { format, phase, message });

  /** Resolves and renders, reporting each phase; a failure is reported and rethrown. */
  const render = async (
    id: string | undefined,
    format: BriefingExportFormat,
    write?: (bytes: Uint8Array) => Promise<void>,
  ): Promise<{ briefing: Briefing; bytes: Uint8Array }> => {
    try {
      progress(format, 'collecting');
      const briefing = briefingOf(id);
      const doc = buildBriefingDocument(
        briefing,
        await sources.data(session.current(), briefing.asOf),
      );
      progress(format, 'rendering');
      const bytes = await renderBriefing(doc, format);
      if (write) {
        progress(format, 'writing');
        await write(bytes);
      }
      progress(format, 'done');
      return { briefing, bytes };
    } catch (error) {
      progress(format, 'failed', describeError(error));
      throw error;
    }
  };

  return {
    'briefing:list': () => settle(() => listBriefings(session.current())),
    'briefing:get': ({ id }) => settle(() => getBriefing(session.current(), id)),
    'briefing:save': (request) =>
      settle(() => {
        const { stored, changed } = saveBriefing(session.current(), request);
        if (changed) session.edited('briefing');
        return stored;
      }),
    'briefing:delete': ({ id }) =>
      settle(() => {
        const ws = session.current();
        deleteBriefing(ws, id);
        session.edited('briefing');
        return listBriefings(ws);
      }),
    'briefing:preview': async (input) => {
      const briefing =
        'draft' in input ? input.draft : getBriefing(session.current(), input.id).briefing;
      return buildBriefingDocument(briefing, await sources.data(session.current(), briefing.asOf));
    },
    'briefing:export': async ({ id, format }) => {
      const { briefing, bytes } = await render(id, format);
      return {
        fileName: briefingFileName(briefing, format),
        mime: briefingMimeTypes[format],
        base64: Buffer.from(bytes).toString('base64'),
      };
    },
    'briefing:save-export': ({ id, format }) =>
      saveBriefingExport(hostHooks, format, briefingFileName(briefingOf(id), format), (write) =>
        render(id, format, write),
      ),
  };
}

import { DomainError } from '../errors';
import { settle, type AreaHandlers, type HostHooks } from '../handlers';
import { writeFileAtomic } from '../platform/atomic-write';
import type { Session } from '../session/session';
import { buildCatalogue, type Catalogue } from './catalogue';
import { addRecord, editOutlets, gradeOutlet, removeRecord } from './edits';
import { importNotebook } from './import';
import { notebookAs, notebookEntries, parseNotebook } from './notebook-io';
import { loadNotebook } from './repo';
import type { ArticleFacts } from './stats';

/** The outlets area: its channels, and the catalogue the quotes and search areas are handed. */
export type OutletsArea = {
  handlers: AreaHandlers<'outlets:'>;
  /** The notebook as it stands now, over the corpus as it stands now. */
  catalogue(): Promise<Catalogue>;
};

/** The file name a notebook export is offered under. */
export const notebookExportFileName = (workspaceName: string, format: 'csv' | 'json'): string =>
  `${workspaceName} outlets.${format}`;

/**
 * outlets:* — the outlet-reliability notebook over `facts` (the corpus as corrected, with the
 * origins as decided), kept in the session's workspace; every edit is one undoable step.
 */
export function createOutletsArea(deps: {
  session: Session;
  facts: () => Promise<ArticleFacts[]>;
  hostHooks: HostHooks;
}): OutletsArea {
  const { session, facts, hostHooks } = deps;
  const catalogue = async (): Promise<Catalogue> =>
    buildCatalogue(await facts(), loadNotebook(session.workspace()));
  /** Runs an edit against the catalogue of now, announcing it when it changed something. */
  const edit = async <T>(
    apply: (c: Catalogue) => T,
    changed: (result: T) => boolean,
  ): Promise<T> => {
    const current = await catalogue();
    session.current();
    const result = apply(current);
    if (changed(result)) session.edited('outlets');
    return result;
  };
  const exportOf = (format: 'csv' | 'json'): string =>
    notebookAs(format, notebookEntries(loadNotebook(session.current())));
  const detail = async (name: string) => (await catalogue()).detail(name);
  return {
    catalogue,
    handlers: {
      'outlets:list': async () => (await catalogue()).outlets,
      'outlets:get': ({ name }) => detail(name),
      'outlets:edit': async (request) => {
        await edit((c) => editOutlets(session.current(), c, request), Boolean);
        return (await catalogue()).outlets;
      },
      'outlets:grade': async (request) => {
        await edit((c) => gradeOutlet(session.current(), c, request), Boolean);
        return detail(request.name);
      },
      'outlets:record-add': async (request) => {
        await edit(
          (c) => addRecord(session.current(), c, request),
          () => true,
        );
        return detail(request.name);
      },
      'outlets:record-remove': async ({ name, id }) => {
        await edit(
          (c) => removeRecord(session.current(), c, name, id),
          () => true,
        );
        return detail(name);
      },
      'outlets:export': ({ format }) => settle(() => exportOf(format)),
      'outlets:save-export': async ({ format }) => {
        const suggested = notebookExportFileName(session.state().name, format);
        const file = await hostHooks.pickExportFile?.(format, suggested, 'Export outlet notebook');
        if (!file) return null;
        await writeFileAtomic(file, exportOf(format));
        return file;
      },
      'outlets:import': async ({ format, text, label, overwriteGrades }) => {
        // Parsed in full before the workspace is touched: a malformed file changes nothing.
        const entries = parseNotebook(format, text);
        if (entries.length === 0)
          throw new DomainError('invalid-input', 'The notebook file lists no outlets.');
        return edit(
          (c) =>
            importNotebook(session.current(), c, entries, {
              ...(label === undefined ? {} : { label }),
              ...(overwriteGrades === undefined ? {} : { overwriteGrades }),
            }),
          () => true,
        );
      },
    },
  };
}

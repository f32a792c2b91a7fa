// A workspace and a small corpus the outlets tests share, and the notebook's operations over them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GradeRequest, OutletEdit, TrackRecordRequest } from '../../../shared/outlets';
import { createWorkspace, openWorkspace, type Workspace } from '../workspace';
import { buildCatalogue, type Catalogue } from './catalogue';
import { addRecord, editOutlets, gradeOutlet, removeRecord } from './edits';
import { importNotebook, type ImportOptions } from './import';
import { notebookAs, notebookEntries, parseNotebook } from './notebook-io';
import { loadNotebook } from './repo';
import type { ArticleFacts } from './stats';

const fact = (id: string, fields: Partial<ArticleFacts>): ArticleFacts => ({
  id,
  title: id,
  publisher: null,
  published: null,
  origin: null,
  also: [],
  anonymous: 0,
  ...fields,
});

/** Five articles: Kyiv Post relays the FT once and reports once; the FT's own; a relay; a Reuters copy. */
export const corpus: ArticleFacts[] = [
  fact('k:a1', {
    publisher: 'Kyiv Post',
    origin: 'Financial Times',
    anonymous: 2,
    published: '2025-04-22',
  }),
  fact('k:a2', { publisher: 'Kyiv Post', published: '2025-04-20T08:00:00Z' }),
  fact('k:a3', { publisher: 'The Financial Times', published: '2025-04-21' }),
  fact('k:a4', {
    publisher: 'the Ukraine Daily',
    origin: 'Financial Times',
    also: ['Reuters'],
    published: '2025-04-23',
  }),
  fact('k:a5', { publisher: null, origin: 'Reuters' }),
];

export type Notebook = {
  ws: Workspace;
  file: string;
  catalogue(): Catalogue;
  edit(edit: OutletEdit): boolean;
  grade(request: GradeRequest): boolean;
  record(request: TrackRecordRequest): string;
  unrecord(name: string, id: string): void;
  exported(format: 'csv' | 'json'): string;
  import(
    format: 'csv' | 'json',
    text: string,
    options?: ImportOptions,
  ): ReturnType<typeof importNotebook>;
  reopen(): Notebook;
};

const dirs: string[] = [];

/** Removes every workspace folder the tests made. */
export function removeNotebooks(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function over(ws: Workspace, facts: readonly ArticleFacts[]): Notebook {
  const catalogue = () => buildCatalogue(facts, loadNotebook(ws));
  const book: Notebook = {
    ws,
    file: ws.file,
    catalogue,
    edit: (edit) => editOutlets(ws, catalogue(), edit),
    grade: (request) => gradeOutlet(ws, catalogue(), request),
    record: (request) => addRecord(ws, catalogue(), request),
    unrecord: (name, id) => removeRecord(ws, catalogue(), name, id),
    exported: (format) => notebookAs(format, notebookEntries(loadNotebook(ws))),
    import: (format, text, options = {}) =>
      importNotebook(ws, catalogue(), parseNotebook(format, text), options),
    reopen() {
      ws.close();
      return over(openWorkspace(ws.file), facts);
    },
  };
  return book;
}

/** A fresh workspace's notebook over `facts` (the corpus above unless given). */
export function newNotebook(facts: readonly ArticleFacts[] = corpus): Notebook {
  const dir = mkdtempSync(join(tmpdir(), 'parley-outlets-'));
  dirs.push(dir);
  return over(createWorkspace(join(dir, 'story.parley')), facts);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import lunr from 'lunr';

/** A document as the naive baseline sees it. */
export type NaiveDoc = { id: string; title: string; body: string };

/** Splits a file's text the naive way: the first line is the title, the rest is the body. */
export function naiveDoc(id: string, text: string): NaiveDoc {
  const newline = text.indexOf('\n');
  return newline === -1
    ? { id, title: text, body: '' }
    : { id, title: text.slice(0, newline), body: text.slice(newline + 1) };
}

/** Reads every file under `folder` as UTF-8, in sorted order, ids being `/`-separated relative paths. */
export function readNaiveDocs(folder: string): NaiveDoc[] {
  const relPaths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(folder.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
  return relPaths.map((rel) => naiveDoc(rel, readFileSync(join(folder, rel), 'utf8')));
}

/** Plain lunr with default settings (English pipeline, no positions), title and body fields. */
export function buildLunrIndex(docs: readonly NaiveDoc[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('title');
    this.field('body');
    docs.forEach((doc) => this.add(doc));
  });
}

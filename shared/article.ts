import type { CorrectedFields } from './corrections';
import type { TextRange } from './search';

/** How an article file was written. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Everything Parley knows about an article except its text. */
export type ArticleMeta = {
  /** Stable id: `<folderKey>:<relative/posix/path>`; folderKey is derived from the folder's real path. */
  id: string;
  /** Absolute path of the registered folder the article lives in. */
  folder: string;
  /** Path relative to `folder`, with `/` separators. */
  path: string;
  title: string;
  outlet: string | null;
  /** An outlet the headline credits ("… – Reuters"): whose report it relays, never the publisher. */
  credit?: string | null;
  byline: string | null;
  url: string | null;
  /** ISO 8601 date (`2025-04-22`) or date-time, only where the source states one. */
  published: string | null;
  /** BCP 47 primary language (`en`, `ru`, `uk`) where stated or detected, else null. */
  lang: string | null;
  format: ArticleFormat;
  /** Encoding the bytes were decoded from (`UTF-8`, `windows-1251`, …). */
  encoding: string;
  words: number;
  /** sha-256 of the file's bytes, hex. */
  hash: string;
  size: number;
  mtimeMs: number;
  /** Problems met while reading, e.g. invalid bytes replaced. */
  warnings: string[];
  /** Fields the analyst corrected (their values above are the analyst's), with what the file says. */
  corrected?: CorrectedFields;
};

/** An article with its normalised plain text; quote offsets and highlights refer to `text`. */
export type Article = ArticleMeta & { text: string };

/** A file that was not indexed, and why. */
export type SkippedFile = { path: string; reason: string };

/** An article opened in the reader, with the ranges a query matches in its text. */
export type ArticleView = Article & { highlights: TextRange[] };

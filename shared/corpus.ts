import type { SkippedFile } from './article';

/** A registered folder of articles, as the corpus panel shows it. */
export type CorpusFolder = {
  path: string;
  name: string;
  articleCount: number;
  skipped: SkippedFile[];
  /** The folder's metadata sidecar, when it has one: its file name, the articles it describes, its problems. */
  metadata?: { file: string; files: number; problems: string[] };
};

/** What the filters can offer: every outlet and folder with its article count, and the date span. */
export type CorpusFacets = {
  outlets: { name: string; count: number }[];
  folders: { path: string; count: number }[];
  earliest: string | null;
  latest: string | null;
};

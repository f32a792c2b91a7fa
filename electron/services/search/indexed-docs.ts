import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleMeta } from '../../../shared/article';
import { readArticle } from '../corpus/index';
import type { FolderState } from './folder-registry';
import type { LiveShard } from './shard-cache';
import { readShardTexts } from './shard-format';
import { overlayCorrections, type CorrectionsById } from './correction-overlay';
import { overlaySidecar, sidecarRow } from './sidecar-overlay';

/** The indexed articles of every registered folder, for areas that need them but not the shards. */
export type IndexedDocuments = {
  /** Every indexed article, folder by folder in registration order, shard by shard. */
  documents(): IterableIterator<ArticleMeta>;
  /** An indexed article's normalised text, or null for an unknown id or an unreadable cache. */
  text(id: string): string | null;
  /** An indexed article's metadata as it reads now (sidecar and corrections laid over), or null. */
  meta(id: string): ArticleMeta | null;
};

/** The library's side of the indexed documents: which shard holds each id, and its texts. */
export type DocumentIndex = IndexedDocuments & {
  /** Makes a shard searchable, returning the one it supersedes (whose documents are forgotten). */
  install(state: FolderState, live: LiveShard): LiveShard | undefined;
  /** Lays the folder's current sidecar over the documents of all its live shards (no rebuild). */
  overlay(state: FolderState): void;
  /** Takes the open workspace's corrections and lays them over every live shard's documents. */
  setCorrections(corrections: CorrectionsById): void;
  /** Forgets a shard's documents and closes its file. */
  unregister(live: LiveShard): void;
  /** A document's text from its shard file, or null when the file cannot be read. */
  textOf(live: LiveShard, docNo: number): string | null;
  /** One article with its text; read from the article file when the cached text is unreadable. */
  getArticle(id: string): Promise<Article | null>;
};

/** The documents of the folders `folders` lists; files larger than `maxFileBytes` are not read. */
export function createDocumentIndex(
  folders: readonly FolderState[],
  maxFileBytes: number,
): DocumentIndex {
  const byId = new Map<string, { state: FolderState; shard: LiveShard; docNo: number }>();
  let corrections: CorrectionsById = new Map();

  // What the file says, then its sidecar row, then the analyst's corrections: in memory only.
  const described = (state: FolderState, doc: ArticleMeta): ArticleMeta =>
    overlayCorrections(
      overlaySidecar(doc, sidecarRow(state.sidecar, doc.path)),
      corrections.get(doc.id),
    );

  // The shard header keeps what the files say; the overlays are applied on top.
  const overlayShard = (state: FolderState, live: LiveShard): void => {
    live.docs = live.data.header.docs.map((doc) =>
      described(state, { ...doc, folder: state.folder }),
    );
  };

  const textOf = (live: LiveShard, docNo: number): string | null => {
    try {
      live.fd ??= openSync(live.path, 'r');
      return readShardTexts(live.path, live.data, [docNo], live.fd)[0] ?? null;
    } catch {
      return null;
    }
  };

  const unregister = (live: LiveShard): void => {
    for (const doc of live.docs) if (byId.get(doc.id)?.shard === live) byId.delete(doc.id);
    if (live.fd !== null) closeSync(live.fd);
    live.fd = null;
  };

  return {
    install(state, live) {
      const old = state.shards.get(live.no);
      if (old) unregister(old);
      state.shards.set(live.no, live);
      overlayShard(state, live);
      live.docs.forEach((doc, docNo) => byId.set(doc.id, { state, shard: live, docNo }));
      return old;
    },

    overlay(state) {
      for (const live of state.shards.values()) overlayShard(state, live);
    },

    setCorrections(next) {
      corrections = next;
      for (const state of folders)
        for (const live of state.shards.values()) overlayShard(state, live);
    },

    unregister,
    textOf,

    *documents() {
      for (const state of [...folders]) {
        const shards = [...state.shards.values()].sort((a, b) => a.no - b.no);
        for (const live of shards) yield* live.docs;
      }
    },

    text(id) {
      const at = byId.get(id);
      return at ? textOf(at.shard, at.docNo) : null;
    },

    meta(id) {
      const at = byId.get(id);
      return at ? (at.shard.docs[at.docNo] ?? null) : null;
    },

    async getArticle(id) {
      const at = byId.get(id);
      if (!at) return null;
      const doc = at.shard.docs[at.docNo]!;
      const text = textOf(at.shard, at.docNo);
      if (text !== null) return { ...doc, text };
      // The cached text is unreadable (cache folder cleaned up?): read the article itself.
      const file = {
        relPath: doc.path,
        absPath: path.join(doc.folder, doc.path),
        size: doc.size,
        mtimeMs: doc.mtimeMs,
      };
      const result = await readArticle(doc.folder, file, { maxFileBytes });
      if (!result.ok) return null;
      return { ...described(at.state, result.article), text: result.article.text };
    },
  };
}

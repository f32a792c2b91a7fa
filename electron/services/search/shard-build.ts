import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readArticleSync } from '../corpus/index';
import { buildShardIndex } from './shard-index';
import {
  readAllShardTexts,
  readShardFile,
  rewriteShardHeader,
  writeShardFile,
  type ShardFile,
  type StoredDoc,
  type StoredSkip,
} from './shard-format';
import { describeError } from '../../../shared/error-message';

/** A file as the scan saw it; size and mtime are its fingerprint. */
export type FileStat = { relPath: string; absPath: string; size: number; mtimeMs: number };

/** Everything a worker needs to (re)build one shard: its files and where earlier shard files are. */
export type ShardJob = {
  folder: string;
  /** The folder's real path (article ids derive from it), resolved once by the caller. */
  realFolder?: string;
  /** Every file that belongs to the shard now. */
  files: FileStat[];
  /** Earlier shard files whose parsed documents may be reused when a file's fingerprint or hash is unchanged. */
  previous: string[];
  outPath: string;
  maxFileBytes: number;
};

export type ShardJobResult = {
  outPath: string;
  docs: number;
  skipped: number;
  /** Files read and parsed (the rest were reused from earlier shard files). */
  parsed: number;
  /** 'index' when the index was rebuilt; 'header' when only fingerprints changed (files touched, bytes equal). */
  rebuilt: 'index' | 'header';
};

type Previous = { path: string; shard: ShardFile; texts: string[] | null };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

// A job reads its files with blocking I/O (cheap for small files, and a worker has nothing else to
// do); when it runs on the calling thread it still lets other work in this often.
const YIELD_EVERY = 25;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const withoutFolder = ({ folder: _folder, ...doc }: StoredDoc & { folder: string }): StoredDoc =>
  doc;

/** Parsing an article may throw on hostile input; report the file as skipped instead of failing the shard. */
function parse(
  job: ShardJob,
  file: FileStat,
): { ok: true; doc: StoredDoc; text: string } | { ok: false; reason: string } {
  try {
    const result = readArticleSync(job.folder, file, {
      maxFileBytes: job.maxFileBytes,
      ...(job.realFolder === undefined ? {} : { realFolder: job.realFolder }),
    });
    if (!result.ok) return { ok: false, reason: result.reason };
    // The folder is stored once per library, not per document: it is set again when a shard loads.
    const { text, ...meta } = result.article;
    return { ok: true, doc: withoutFolder(meta), text };
  } catch (error) {
    return {
      ok: false,
      reason: `could not be read: ${describeError(error)}`,
    };
  }
}

/** Reads, parses and indexes one shard's files and writes the shard file; reuses earlier parses where possible. */
export async function runShardJob(
  job: ShardJob,
  onParsed?: (count: number) => void,
): Promise<ShardJobResult> {
  const previous: Previous[] = [];
  const oldDocs = new Map<string, { source: Previous; docNo: number; doc: StoredDoc }>();
  const oldSkips = new Map<string, StoredSkip>();
  for (const path of job.previous) {
    let shard: ShardFile;
    try {
      shard = readShardFile(path);
    } catch {
      continue; // A damaged earlier shard only costs re-reading its files.
    }
    const source: Previous = { path, shard, texts: null };
    previous.push(source);
    shard.header.docs.forEach((doc, docNo) => oldDocs.set(doc.path, { source, docNo, doc }));
    for (const skip of shard.header.skipped) oldSkips.set(skip.path, skip);
  }

  const files = [...job.files].sort((a, b) =>
    a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0,
  );
  const docs: StoredDoc[] = [];
  const texts: (string | { source: Previous; docNo: number })[] = [];
  const skipped: StoredSkip[] = [];
  let parsed = 0;
  let sameContent = previous.length === 1;

  for (const file of files) {
    const fingerprint = { size: file.size, mtimeMs: file.mtimeMs };
    const old = oldDocs.get(file.relPath);
    if (old && old.doc.size === file.size) {
      let unchanged = old.doc.mtimeMs === file.mtimeMs;
      // Touched but maybe not edited (copied back, synced): the content hash decides.
      if (!unchanged)
        unchanged = (await readFile(file.absPath).then(sha256, () => '')) === old.doc.hash;
      if (unchanged) {
        docs.push({ ...old.doc, ...fingerprint });
        texts.push({ source: old.source, docNo: old.docNo });
        continue;
      }
    }
    const oldSkip = oldSkips.get(file.relPath);
    if (oldSkip && oldSkip.size === file.size && oldSkip.mtimeMs === file.mtimeMs) {
      skipped.push(oldSkip);
      continue;
    }
    sameContent = false;
    if (parsed > 0 && parsed % YIELD_EVERY === 0) await yieldToEventLoop();
    const result = parse(job, file);
    parsed += 1;
    onParsed?.(parsed);
    if (result.ok) {
      docs.push({ ...result.doc, ...fingerprint });
      texts.push(result.text);
    } else {
      skipped.push({ path: file.relPath, reason: result.reason, ...fingerprint });
    }
  }

  const only = previous[0];
  if (sameContent && only && docsMatch(only.shard, docs)) {
    await rewriteShardHeader(only.path, job.outPath, docs, skipped);
    return {
      outPath: job.outPath,
      docs: docs.length,
      skipped: skipped.length,
      parsed,
      rebuilt: 'header',
    };
  }

  const bodies = texts.map((text) => {
    if (typeof text === 'string') return text;
    text.source.texts ??= readAllShardTexts(text.source.path, text.source.shard);
    return text.source.texts[text.docNo] ?? '';
  });
  const index = buildShardIndex(
    docs.map((doc, d) => ({ title: doc.title, body: bodies[d] ?? '', outlet: doc.outlet ?? '' })),
  );
  await writeShardFile(job.outPath, { docs, skipped, index, texts: bodies });
  return {
    outPath: job.outPath,
    docs: docs.length,
    skipped: skipped.length,
    parsed,
    rebuilt: 'index',
  };
}

/** The same documents in the same order as the shard already indexes, so its index stays valid. */
function docsMatch(shard: ShardFile, docs: StoredDoc[]): boolean {
  const old = shard.header.docs;
  return (
    old.length === docs.length &&
    old.every((doc, d) => doc.path === docs[d]?.path && doc.hash === docs[d]?.hash)
  );
}

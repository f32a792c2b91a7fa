import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ArticleMeta } from '../../../shared/article';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../platform/atomic-write';
import { FIELDS, type ShardIndexData } from './shard-index';

/*
 * One shard = one file:
 *   "PRLYSHD1" | u32 header bytes | u32 data bytes | header (UTF-8 JSON) | pad to 8 | data | texts
 * The JSON header holds the documents' metadata (ArticleMeta minus `folder`, with the size and
 * mtime that fingerprint each file), the files that were skipped (fingerprinted too, so an
 * unchanged bad file does not make its shard look stale), the byte offsets of every document's
 * text, and the element counts of the data sections. The data is the ShardIndexData typed arrays
 * back to back (1-, 2- or 4-byte elements, each section padded to 4 bytes), read straight into
 * typed-array views; the sorted term and word lists are two of them, as UTF-8 lines, which split
 * several times faster than JSON parses them. The texts are the documents' normalised texts as
 * UTF-8, read one document at a time by position, so they never have to sit in memory.
 */

const MAGIC = 'PRLYSHD1';
const PREAMBLE = 16;
// 3: a credited outlet ("Source: Reuters", "… – Reuters") is no longer stored as the publisher.
// 4: documents carry the outlet their headline credits (`credit`).
// 5: every title and body as its sequence of words (`words`, wordStarts, wordIds), for phrases.
// 6: scores ride on the postings (postingScores) instead of per-document field vectors.
// 7: the term and word lists are data sections of UTF-8 lines (termLines, wordLines), not JSON.
export const SHARD_FORMAT_VERSION = 7;

export type StoredDoc = Omit<ArticleMeta, 'folder'>;
export type StoredSkip = { path: string; reason: string; size: number; mtimeMs: number };

type ArraySection = 'postingStarts' | 'postingDocs' | 'postingScores' | 'wordStarts' | 'wordIds';
type LinesSection = 'termLines' | 'wordLines';
type SectionName = ArraySection | LinesSection;
const SECTIONS: SectionName[] = [
  'postingStarts',
  'postingDocs',
  'postingScores',
  'wordStarts',
  'wordIds',
  'termLines',
  'wordLines',
];
/** Which list of the index each lines section holds. */
const LISTS: Record<LinesSection, 'terms' | 'words'> = { termLines: 'terms', wordLines: 'words' };
const isLines = (name: SectionName): name is LinesSection => name in LISTS;

export type ShardHeader = {
  version: number;
  fields: string[];
  docs: StoredDoc[];
  skipped: StoredSkip[];
  /** docs.length + 1 byte offsets into the text section. */
  textOffsets: number[];
  /** Element counts and element sizes (1, 2 or 4 bytes) of the data sections, in SECTIONS order. */
  counts: number[];
  widths: number[];
};

export type ShardFile = {
  header: ShardHeader;
  index: ShardIndexData;
  /** Byte position of the text section in the file. */
  textStart: number;
};

const align8 = (n: number): number => (n + 7) & ~7;

function preamble(headerBytes: number, dataBytes: number): Buffer {
  const buf = Buffer.alloc(PREAMBLE);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(headerBytes, 8);
  buf.writeUInt32LE(dataBytes, 12);
  return buf;
}

function headerChunks(header: ShardHeader, dataBytes: number): Buffer[] {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = Buffer.alloc(align8(PREAMBLE + json.length) - PREAMBLE - json.length);
  return [preamble(json.length, dataBytes), json, pad];
}

const writeChunks = writeFileAtomic;

type SectionArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

const bytesOf = (array: SectionArray): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** A sorted list as UTF-8 lines; its items (terms, words) never hold a line break. */
function linesOf(list: readonly string[], what: string): Uint8Array {
  const bad = list.find((item) => item.includes('\n'));
  if (bad !== undefined) throw new Error(`a shard's ${what} cannot hold a line break: ${bad}`);
  return Buffer.from(list.join('\n'), 'utf8');
}

/** The list a lines section holds, as linesOf wrote it. */
function listOf(lines: Uint8Array): string[] {
  if (lines.length === 0) return [];
  return Buffer.from(lines.buffer, lines.byteOffset, lines.length).toString('utf8').split('\n');
}

/** The data sections of an index, in SECTIONS order. */
function sectionsOf(index: ShardIndexData): SectionArray[] {
  return SECTIONS.map((name) =>
    isLines(name) ? linesOf(index[LISTS[name]], LISTS[name]) : index[name],
  );
}

/** The data sections back to back, each padded to 4 bytes so the next one can be viewed in place. */
function dataChunks(sections: readonly SectionArray[]): { chunks: Uint8Array[]; bytes: number } {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (const section of sections) {
    const part = bytesOf(section);
    chunks.push(part);
    bytes += part.length;
    const pad = (4 - (part.length % 4)) % 4;
    if (pad > 0) chunks.push(new Uint8Array(pad));
    bytes += pad;
  }
  return { chunks, bytes };
}

/** Writes a shard file: index sections, document metadata and texts (texts[i] belongs to docs[i]). */
export async function writeShardFile(
  path: string,
  content: { docs: StoredDoc[]; skipped: StoredSkip[]; index: ShardIndexData; texts: string[] },
): Promise<void> {
  const { index } = content;
  const textParts = content.texts.map((text) => Buffer.from(text, 'utf8'));
  const textOffsets = [0];
  for (const part of textParts)
    textOffsets.push(textOffsets[textOffsets.length - 1]! + part.length);
  const sections = sectionsOf(index);
  const data = dataChunks(sections);
  const header: ShardHeader = {
    version: SHARD_FORMAT_VERSION,
    fields: [...FIELDS],
    docs: content.docs,
    skipped: content.skipped,
    textOffsets,
    counts: sections.map((section) => section.length),
    widths: sections.map((section) => section.BYTES_PER_ELEMENT),
  };
  await writeChunks(path, [...headerChunks(header, data.bytes), ...data.chunks, ...textParts]);
}

/** Writes a copy of a shard file with new document metadata but the same index and texts (files touched, content unchanged). */
export async function rewriteShardHeader(
  from: string,
  to: string,
  docs: StoredDoc[],
  skipped: StoredSkip[],
): Promise<void> {
  const shard = readShardFile(from);
  const fd = openSync(from, 'r');
  try {
    const data = dataChunks(sectionsOf(shard.index));
    const texts = readRange(fd, shard.textStart, shard.header.textOffsets.at(-1) ?? 0);
    const header: ShardHeader = { ...shard.header, docs, skipped };
    await writeChunks(to, [...headerChunks(header, data.bytes), ...data.chunks, texts]);
  } finally {
    closeSync(fd);
  }
}

function readRange(fd: number, position: number, length: number): Buffer {
  return readInto(fd, position, Buffer.allocUnsafe(length));
}

/** Fills `target` from the file at `position`; throws DomainError('corrupt') if the file ends first. */
function readInto<T extends Uint8Array>(fd: number, position: number, target: T): T {
  let done = 0;
  while (done < target.length) {
    const n = readSync(fd, target, done, target.length - done, position + done);
    if (n === 0) throw new DomainError('corrupt', 'shard file is truncated');
    done += n;
  }
  return target;
}

/** Reads a shard's header and index sections (not its texts). Throws DomainError('corrupt') for a damaged file. */
export function readShardFile(path: string): ShardFile {
  const fd = openSync(path, 'r');
  try {
    const pre = readRange(fd, 0, PREAMBLE);
    if (pre.toString('latin1', 0, 8) !== MAGIC)
      throw new DomainError('corrupt', `${path} is not a shard file`);
    const headerBytes = pre.readUInt32LE(8);
    const dataBytes = pre.readUInt32LE(12);
    const header = JSON.parse(readRange(fd, PREAMBLE, headerBytes).toString('utf8')) as ShardHeader;
    if (header.version !== SHARD_FORMAT_VERSION || header.fields.join() !== FIELDS.join()) {
      throw new DomainError('corrupt', `${path} has an unsupported shard format`);
    }
    const dataStart = align8(PREAMBLE + headerBytes);
    // A fresh ArrayBuffer (not Buffer's shared pool) so every section view is 4-byte aligned.
    const data = readInto(fd, dataStart, new Uint8Array(new ArrayBuffer(dataBytes)));
    const views: Partial<Record<SectionName, SectionArray>> = {};
    let offset = 0;
    SECTIONS.forEach((name, i) => {
      const count = header.counts[i] ?? 0;
      const width = header.widths[i] ?? 0;
      if (width !== (isLines(name) ? 1 : name === 'postingScores' ? 4 : width === 2 ? 2 : 4))
        throw new DomainError('corrupt', `${path} has an unsupported shard format`);
      if (offset + count * width > dataBytes)
        throw new DomainError('corrupt', `${path} is truncated`);
      views[name] = isLines(name)
        ? new Uint8Array(data.buffer, offset, count)
        : name === 'postingScores'
          ? new Int32Array(data.buffer, offset, count)
          : width === 2
            ? new Uint16Array(data.buffer, offset, count)
            : new Uint32Array(data.buffer, offset, count);
      offset += (count * width + 3) & ~3;
    });
    const textBytes = header.textOffsets.at(-1) ?? 0;
    if (offset !== dataBytes || fstatSync(fd).size !== dataStart + dataBytes + textBytes) {
      throw new DomainError('corrupt', `${path} has inconsistent sections`);
    }
    return {
      header,
      index: {
        docCount: header.docs.length,
        terms: listOf(views.termLines as Uint8Array),
        postingStarts: views.postingStarts as Uint32Array,
        postingDocs: views.postingDocs as Uint16Array | Uint32Array,
        postingScores: views.postingScores as Int32Array,
        words: listOf(views.wordLines as Uint8Array),
        wordStarts: views.wordStarts as Uint32Array,
        wordIds: views.wordIds as Uint16Array | Uint32Array,
      },
      textStart: dataStart + dataBytes,
    };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('corrupt', `${path} cannot be read: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads the texts of some documents of a shard file by position; an open fd may be passed to save reopening. */
export function readShardTexts(
  path: string,
  shard: ShardFile,
  docNos: number[],
  fd?: number,
): string[] {
  const own = fd ?? openSync(path, 'r');
  try {
    return docNos.map((d) => {
      const start = shard.header.textOffsets[d];
      const end = shard.header.textOffsets[d + 1];
      if (start === undefined || end === undefined)
        throw new RangeError(`no document ${d} in shard`);
      return readRange(own, shard.textStart + start, end - start).toString('utf8');
    });
  } finally {
    if (fd === undefined) closeSync(own);
  }
}

/** Reads every text of a shard file at once (for rebuilding the shard). */
export function readAllShardTexts(path: string, shard: ShardFile): string[] {
  const fd = openSync(path, 'r');
  try {
    const offsets = shard.header.textOffsets;
    const all = readRange(fd, shard.textStart, offsets.at(-1) ?? 0);
    return shard.header.docs.map((_, d) => all.toString('utf8', offsets[d], offsets[d + 1]));
  } finally {
    closeSync(fd);
  }
}

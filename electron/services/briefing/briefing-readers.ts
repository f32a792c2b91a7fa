// How the format tests read an exported briefing as a reader would: its text, and its tables as
// rows of cells, from the file alone (DOCX through `unzip`, PDF through poppler's `pdftotext`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BriefingExportFormat } from '../../../shared/briefing';

/** What a reader sees of one export: its text in reading order and every table row as cells. */
export type ReadExport = { text: string; rows: string[][] };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities the HTML and DOCX writers use (named and numeric). */
export const decodeEntities = (xml: string): string =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });

const all = (text: string, pattern: RegExp): string[] =>
  [...text.matchAll(pattern)].map((m) => m[1] ?? '');

/** Runs a command that must succeed and answers its standard output. */
export function run(command: string, args: string[]): string {
  const done = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (done.error) throw done.error;
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${done.stderr}`);
  return done.stdout;
}

function readMarkdown(file: string): ReadExport {
  const source = readFileSync(file, 'utf8');
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  const rows = source
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*---/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => unescape(cell).trim()),
    );
  return { text: unescape(source), rows };
}

const htmlText = (html: string): string =>
  decodeEntities(html.replace(/<(p|li|h\d|tr|div|br)\b[^>]*>/g, '\n$&').replace(/<[^>]*>/g, ''));

function readHtml(file: string): ReadExport {
  const source = readFileSync(file, 'utf8');
  const body = source.slice(source.indexOf('<body>'));
  const rows = all(body, /<tr>([\s\S]*?)<\/tr>/g).map((tr) =>
    all(tr, /<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g).map((cell) => htmlText(cell).trim()),
  );
  return { text: htmlText(body), rows };
}

/** The text of WordprocessingML: each paragraph's runs joined, paragraphs on lines of their own. */
const wordText = (xml: string): string =>
  all(xml, /<w:p[ >]([\s\S]*?)<\/w:p>/g)
    .map((p) => decodeEntities(all(p, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).join('')))
    .join('\n');

function readDocx(file: string): ReadExport {
  const body = run('unzip', ['-p', file, 'word/document.xml']);
  const notes = run('unzip', ['-p', file, 'word/footnotes.xml']);
  const rows = all(body, /<w:tr[ >]([\s\S]*?)<\/w:tr>/g).map((tr) =>
    all(tr, /<w:tc>([\s\S]*?)<\/w:tc>/g).map((cell) => wordText(cell).trim()),
  );
  return { text: `${wordText(body)}\n${wordText(notes)}`, rows };
}

/** PDF text as poppler extracts it, page numbers left out; with `-layout`, a table row stays one line, cells two spaces apart. */
function readPdf(file: string): ReadExport {
  // The page furniture ("Page 2 of 3") is no part of the text a reader follows across pages.
  const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/^Page \d+ of \d+$/gm, '');
  const layout = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const rows = layout
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/))
    .filter((cells) => cells.length > 2);
  return { text, rows };
}

/** An exported file read back as a reader would read it. */
export function readExport(format: BriefingExportFormat, file: string): ReadExport {
  switch (format) {
    case 'md':
      return readMarkdown(file);
    case 'html':
      return readHtml(file);
    case 'docx':
      return readDocx(file);
    case 'pdf':
      return readPdf(file);
  }
}

/** Text with all whitespace removed: line breaks a format adds inside a sentence don't count. */
export const compact = (text: string): string => text.replace(/\s+/g, '');

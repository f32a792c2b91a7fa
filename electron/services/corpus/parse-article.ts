import type { Article } from '../../../shared/article';
import { extensionOf, formatOf } from './article-formats';
import { decodeBytes } from './decode';
import { detectLanguage } from './language';
import { countWords } from './normalise';
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parsePlainText } from './parse-text';

export { articleExtensions, extensionOf, formatOf } from './article-formats';

/** An article's metadata and normalised text, parsed from its bytes; `warnings` lists what went wrong on the way. */
export type ParsedArticle = Pick<
  Article,
  | 'title'
  | 'outlet'
  | 'credit'
  | 'byline'
  | 'url'
  | 'published'
  | 'lang'
  | 'format'
  | 'encoding'
  | 'text'
  | 'words'
  | 'warnings'
>;

/** Pure: parses already-read bytes. `relPath` decides the format by extension. */
export function parseArticleBytes(
  bytes: Uint8Array,
  relPath: string,
): ParsedArticle | { skip: string } {
  const format = formatOf(relPath);
  if (!format) {
    const ext = extensionOf(relPath);
    return { skip: ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)' };
  }
  if (bytes.length === 0) return { skip: 'empty file' };
  const decoded = decodeBytes(bytes);
  if ('skip' in decoded) return decoded;

  const parsed =
    format === 'html'
      ? parseHtml(bytes, decoded)
      : format === 'markdown'
        ? { ...parseMarkdown(decoded.text), encoding: decoded.encoding }
        : { ...parsePlainText(decoded.text), lang: null, encoding: decoded.encoding, warnings: [] };
  if (parsed.text === '' && !parsed.title) return { skip: 'no text content' };
  const credit = 'credit' in parsed && typeof parsed.credit === 'string' ? parsed.credit : null;
  const warnings = format === 'html' ? parsed.warnings : [...decoded.warnings, ...parsed.warnings];
  return {
    title: parsed.title ?? fileTitle(relPath),
    outlet: parsed.outlet,
    ...(credit ? { credit } : {}),
    byline: parsed.byline,
    url: parsed.url,
    published: parsed.published,
    lang: parsed.lang ?? detectLanguage(parsed.text),
    format,
    encoding: parsed.encoding,
    text: parsed.text,
    words: countWords(parsed.text),
    warnings,
  };
}

function fileTitle(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

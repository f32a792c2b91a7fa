import { parseStatedDate } from './dates';
import type { ParsedHtml } from './parse-html';
import { loadJsdom, loadMarked, loadYaml } from './lazy-modules';
import { domToText } from './html-text';
import { primaryLanguage } from './language';
import { cleanLine } from './normalise';
import { findOutletByName } from './outlets';
import { absoluteHttpUrl, extractHeaderMetadata, parsePlainText } from './parse-text';

/** A Markdown article: front-matter metadata, completed by the plain-text markers, and its rendered plain text. */
export type ParsedMarkdown = Omit<ParsedHtml, 'encoding'>;

/** Parses Markdown with optional YAML front matter; other front-matter languages (`---js`) are never evaluated. */
export function parseMarkdown(raw: string): ParsedMarkdown {
  const warnings: string[] = [];
  const { data, body } = splitFrontMatter(raw.replace(/\r\n?/g, '\n'), warnings);

  const fragment = loadJsdom().JSDOM.fragment(
    loadMarked().marked.parse(body, { async: false, gfm: true }),
  );
  let title = cleanLine(stringField(data, 'title', 'headline'));
  const first = fragment.firstElementChild;
  if (first && /^H[1-6]$/.test(first.tagName)) {
    const heading = cleanLine(first.textContent);
    // The leading heading is the headline: it becomes the title (unless front matter gave one) and leaves the text.
    if (!title || heading?.toLowerCase() === title.toLowerCase()) {
      title ??= heading;
      first.remove();
    }
  }
  let text = domToText(fragment);
  if (!title) {
    const plain = parsePlainText(text);
    title = plain.title;
    text = plain.text;
  }
  const markers = extractHeaderMetadata(text.split('\n'));
  const outletValue = stringField(
    data,
    'outlet',
    'publisher',
    'publication',
    'site_name',
    'site',
    'source',
  );
  return {
    title,
    outlet: outletValue
      ? (findOutletByName(outletValue)?.name ?? cleanLine(outletValue))
      : (markers.explicitOutlet ?? markers.sourceOutlet),
    byline: cleanLine(stringField(data, 'author', 'authors', 'byline')) ?? markers.byline,
    url:
      absoluteHttpUrl(stringField(data, 'url', 'link', 'canonical', 'source_url')) ?? markers.url,
    published:
      parseStatedDate(stringField(data, 'date', 'published', 'published_at', 'pubDate')) ??
      markers.published,
    lang: primaryLanguage(stringField(data, 'lang', 'language')),
    text,
    warnings,
  };
}

type FrontMatter = { data: Record<string, unknown>; body: string };

function splitFrontMatter(source: string, warnings: string[]): FrontMatter {
  const open = /^---([A-Za-z]*)[ \t]*\n/.exec(source);
  if (!open) return { data: {}, body: source };
  const rest = source.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return { data: {}, body: source };
  const block = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const language = (open[1] ?? '').toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    warnings.push(`front matter in "${language}" ignored`);
    return { data: {}, body };
  }
  try {
    // yaml evaluates nothing; the alias cap stops "billion laughs" expansion.
    const parsed: unknown = loadYaml().parse(block, { maxAliasCount: 100 });
    if (parsed === null || parsed === undefined) return { data: {}, body };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      warnings.push('front matter is not a set of fields; ignored');
      return { data: {}, body };
    }
    return { data: parsed as Record<string, unknown>, body };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    warnings.push(`front matter could not be read: ${reason}`);
    return { data: {}, body };
  }
}

/** The first of `keys` holding a usable value: strings, numbers, dates, a list of names or a `{ name }` object. */
function stringField(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = asString(data[key]);
    if (value) return value;
  }
  return null;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(asString).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') return asString((value as Record<string, unknown>).name);
  return null;
}

import { parseStatedDate } from './dates';
import { cleanLine, normaliseText } from './normalise';
import { findOutletByHost, findOutletByName } from './outlets';

/** Metadata a plain-text article states about itself; null where it says nothing. */
export type TextMetadata = {
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
};

/**
 * A plain-text article split into headline, stated metadata and body. `credit` is an outlet the
 * headline credits ("… – Reuters"): an attribution for the origins area, never the publisher.
 */
export type ParsedText = TextMetadata & {
  title: string | null;
  text: string;
  credit: string | null;
};

// Only the top of an article carries metadata lines; further down "Source:" is usually a chart caption.
const headerLines = 15;
const titleSeparator = /\s+(\||–|—|-|::|·)\s+/;
const domainPattern =
  /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\/?$/i;

/** Splits a plain-text article: first line as headline (site suffix removed), metadata from explicit markers only. */
export function parsePlainText(raw: string): ParsedText {
  const lines = normaliseText(raw).split('\n');
  const firstIndex = lines.findIndex((line) => line !== '');
  if (firstIndex < 0)
    return {
      title: null,
      outlet: null,
      byline: null,
      url: null,
      published: null,
      text: '',
      credit: null,
    };
  const firstLine = lines[firstIndex] as string;

  let title: string;
  let titleOutlet: string | null = null;
  let titleCredit: string | null = null;
  let body: string[];
  if (looksLikeParagraph(firstLine)) {
    // No headline: name the article by its opening words but keep the paragraph in the text.
    title = openingWords(firstLine);
    body = lines.slice(firstIndex);
  } else {
    const split = splitTitleSuffix(firstLine);
    title = split.title;
    titleOutlet = split.outlet;
    titleCredit = split.credit;
    body = lines.slice(firstIndex + 1);
    body = dropRepeatedHeadline(body, [firstLine, title]);
  }
  const header = extractHeaderMetadata(body);
  return {
    title,
    outlet: header.explicitOutlet ?? titleOutlet ?? header.sourceOutlet,
    credit: titleCredit,
    byline: header.byline,
    url: header.url,
    published: header.published,
    text: normaliseText(body.join('\n')),
  };
}

/**
 * Removes a trailing site name, domain or known outlet (and section names before a domain) from a
 * headline. A domain, or a known outlet after "|", "::" or "·", is site chrome: the publisher. A
 * known outlet after a dash ("… – Reuters") credits the report relayed, so it is `credit`.
 */
export function splitTitleSuffix(line: string): {
  title: string;
  outlet: string | null;
  credit: string | null;
} {
  const pieces = line.split(titleSeparator);
  // pieces alternate: text, separator, text, separator, ...
  const segments = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  let end = segments.length;
  let outlet: string | null = null;
  let credit: string | null = null;
  const last = segments[end - 1] ?? '';
  if (end > 1) {
    const domain = domainPattern.exec(last)?.[1];
    const known = domain ? findOutletByHost(domain) : findOutletByName(last);
    if (domain) {
      outlet = known?.name ?? domain.toLowerCase();
      end--;
      // "Headline | World | example.com": the section name belongs to the site chrome, not the headline.
      while (end > 1 && separators[end - 1] === '|' && isSectionName(segments[end - 1] ?? ''))
        end--;
    } else if (known) {
      if (/^[-–—]$/.test(separators[end - 2] ?? '')) credit = known.name;
      else outlet = known.name;
      end--;
    }
  }
  let title = segments[0] ?? '';
  for (let i = 1; i < end; i++) title += ` ${separators[i - 1] ?? '-'} ${segments[i] ?? ''}`;
  return { title: title.trim() === '' ? line : title.trim(), outlet, credit };
}

function isSectionName(segment: string): boolean {
  const words = segment.split(' ');
  return segment.length <= 30 && words.length <= 3 && words.every((w) => /^[\p{Lu}\d&]/u.test(w));
}

function looksLikeParagraph(line: string): boolean {
  return line.length > 300 || (line.length > 160 && /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(line));
}

function openingWords(line: string): string {
  const sentence = /^.*?[.!?](?=["”’)]?\s)/u.exec(line)?.[0] ?? line;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120)}…`;
}

function dropRepeatedHeadline(body: string[], headlines: string[]): string[] {
  const same = new Set(headlines.map((h) => h.toLowerCase()));
  let start = 0;
  while (
    start < body.length &&
    (body[start] === '' || same.has((body[start] as string).toLowerCase()))
  )
    start++;
  return body.slice(start);
}

/** `sourceOutlet` is the publisher a Source line's URL names; a named source is a credit, not it. */
type HeaderMetadata = TextMetadata & { explicitOutlet: string | null; sourceOutlet: string | null };

/** Reads metadata marker lines ("Source: Reuters", "Published: 22 April 2025", "By …", "URL: …") near the top. */
export function extractHeaderMetadata(lines: readonly string[]): HeaderMetadata {
  const result: HeaderMetadata = {
    outlet: null,
    byline: null,
    url: null,
    published: null,
    explicitOutlet: null,
    sourceOutlet: null,
  };
  const top = lines.filter((line) => line !== '').slice(0, headerLines);
  for (const line of top) {
    let m: RegExpExecArray | null;
    if ((m = /^(?:outlet|publication|publisher|published by|site)\s*:\s*(.+)$/i.exec(line))) {
      result.explicitOutlet ??= outletFromValue(m[1] as string);
    } else if ((m = /^(?:source|джерело|источник)\s*:\s*(.+)$/iu.exec(line))) {
      const value = m[1] as string;
      const url = absoluteHttpUrl(value.split(/\s/)[0] ?? '');
      if (url) result.url ??= url;
      const host = hostOf(value.split(/\s/)[0] ?? '');
      if (host) result.sourceOutlet ??= findOutletByHost(host)?.name ?? host;
    } else if (
      (m =
        /^(?:published(?:\s+(?:on|at))?|date|posted(?:\s+on)?|publication date|опубліковано|опубликовано|дата)\s*[:\-–]?\s*(.+)$/iu.exec(
          line,
        ))
    ) {
      result.published ??= parseStatedDate(m[1]);
    } else if (
      /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(
        line,
      )
    ) {
      result.published ??= parseStatedDate(line);
    } else if ((m = /^(?:by|author|authors|автор|автори)\s*:?\s+(\p{Lu}.{1,78})$/iu.exec(line))) {
      const name = m[1] as string;
      if (name.split(' ').length <= 8 && !/[.!?]$/.test(name)) result.byline ??= name;
    } else if ((m = /^(?:url|link|source url|original|canonical)\s*:\s*(\S+)$/i.exec(line))) {
      result.url ??= absoluteHttpUrl(m[1]);
    } else if (/^https?:\/\/\S+$/i.test(line)) {
      result.url ??= absoluteHttpUrl(line);
    }
  }
  return result;
}

/** "Reuters, citing five sources familiar…" → "Reuters"; a URL or domain → its known outlet or the domain. */
function outletFromValue(value: string): string | null {
  const first =
    value.trim().split(/\s*[,;(]\s*|\s+(?:citing|via|quoting|according)\b|\s+[–—-]\s+/i)[0] ?? '';
  const host = hostOf(first);
  if (host) return findOutletByHost(host)?.name ?? host;
  const name = cleanLine(first.replace(/[.:]+$/, ''));
  if (!name) return null;
  const known = findOutletByName(name);
  if (known) return known.name;
  return name.split(' ').length <= 5 ? name : null;
}

function hostOf(value: string): string | null {
  const url = absoluteHttpUrl(value);
  if (url) return new URL(url).hostname.replace(/^www\./, '');
  const domain = domainPattern.exec(value)?.[1];
  return domain ? domain.toLowerCase() : null;
}

/** The value as an absolute http(s) URL, or null; relative and script URLs are never accepted. */
export function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

import type { JSDOM } from 'jsdom';
import { parseStatedDate } from './dates';
import { decodeAs, type Decoded } from './decode';
import { loadJsdom, loadReadability } from './lazy-modules';
import { domToText } from './html-text';
import { detectLanguage, primaryLanguage } from './language';
import { cleanLine } from './normalise';
import { findOutletByHost } from './outlets';
import { absoluteHttpUrl } from './parse-text';

/** What an HTML page yields: Readability's main text and metadata, completed from meta tags and JSON-LD. */
export type ParsedHtml = {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  lang: string | null;
  encoding: string;
  text: string;
  warnings: string[];
};

// The document never loads anything: relative URLs resolve against a reserved, unresolvable host.
const documentUrl = 'https://parley.invalid/';

/** Builds an inert DOM: jsdom's defaults run no scripts and fetch no resources; console noise is dropped. */
export function inertDom(html: string): JSDOM {
  const { JSDOM, VirtualConsole } = loadJsdom();
  return new JSDOM(html, {
    url: documentUrl,
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
}

/** Parses an HTML page; a charset the page declares overrides a statistical guess of the encoding. */
export function parseHtml(bytes: Uint8Array, decoded: Decoded & { guessed: boolean }): ParsedHtml {
  let { text: html, encoding } = decoded;
  const warnings = [...decoded.warnings];
  let dom = inertDom(html);
  if (decoded.guessed) {
    const declared = declaredCharset(dom.window.document);
    const redecoded = declared ? decodeAs(bytes, declared) : null;
    if (redecoded && redecoded.encoding.toLowerCase() !== encoding.toLowerCase()) {
      dom.window.close();
      html = redecoded.text;
      encoding = redecoded.encoding;
      warnings.length = 0;
      warnings.push(...redecoded.warnings);
      dom = inertDom(html);
    }
  }
  try {
    const document = dom.window.document;
    const meta = pageMetadata(document);
    const { Readability } = loadReadability();
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    let text = article?.content ? domToText(article.content) : '';
    if (text === '') {
      // Readability found no main text; the whole page is better than nothing, so reparse the untouched page.
      const fresh = inertDom(html);
      text = fresh.window.document.body ? domToText(fresh.window.document.body) : '';
      fresh.window.close();
      if (text !== '') warnings.push('main text not found; using the whole page');
    }
    return {
      title: cleanLine(article?.title) ?? meta.title,
      outlet: cleanLine(article?.siteName) ?? meta.outlet,
      byline: cleanByline(article?.byline) ?? meta.byline,
      url: meta.url,
      published: parseStatedDate(article?.publishedTime) ?? meta.published,
      lang: primaryLanguage(article?.lang) ?? meta.lang ?? detectLanguage(text),
      encoding,
      text,
      warnings,
    };
  } finally {
    dom.window.close();
  }
}

function declaredCharset(document: Document): string | null {
  const direct = document.querySelector('meta[charset]')?.getAttribute('charset');
  if (direct) return direct.trim();
  for (const el of document.querySelectorAll('meta[http-equiv]')) {
    if (el.getAttribute('http-equiv')?.toLowerCase() !== 'content-type') continue;
    const content = el.getAttribute('content') ?? '';
    const at = content.toLowerCase().indexOf('charset=');
    if (at >= 0)
      return (
        content
          .slice(at + 8)
          .replace(/["';].*$/, '')
          .trim() || null
      );
  }
  return null;
}

type PageMetadata = Omit<ParsedHtml, 'text' | 'warnings' | 'encoding'>;

/** Metadata from meta tags, the canonical link, `<html lang>` and JSON-LD, read before Readability alters the DOM. */
function pageMetadata(document: Document): PageMetadata {
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = cleanLine(document.querySelector(selector)?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(document);
  const url =
    absoluteHttpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    absoluteHttpUrl(metaContent('meta[property="og:url"]', 'meta[name="og:url"]')) ??
    absoluteHttpUrl(ld.url);
  const host = url ? new URL(url).hostname : null;
  return {
    title:
      cleanLine(ld.headline) ??
      metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      cleanLine(document.title) ??
      cleanLine(document.querySelector('h1')?.textContent),
    outlet:
      metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ??
      cleanLine(ld.publisher) ??
      (host ? (findOutletByHost(host)?.name ?? null) : null),
    byline: cleanByline(
      metaContent('meta[name="author"]', 'meta[property="article:author"]') ?? ld.author,
    ),
    url,
    published:
      parseStatedDate(
        metaContent(
          'meta[property="article:published_time"]',
          'meta[name="article:published_time"]',
          'meta[itemprop="datePublished"]',
          'meta[name="pubdate"]',
          'meta[name="date"]',
          'meta[name="dc.date"]',
        ),
      ) ??
      parseStatedDate(ld.datePublished) ??
      parseStatedDate(
        document
          .querySelector('time[datetime][pubdate], article time[datetime]')
          ?.getAttribute('datetime'),
      ),
    lang:
      primaryLanguage(document.documentElement.getAttribute('lang')) ??
      primaryLanguage(metaContent('meta[http-equiv="content-language" i]')) ??
      primaryLanguage(ld.inLanguage),
  };
}

type LdArticle = {
  headline: string | null;
  publisher: string | null;
  author: string | null;
  datePublished: string | null;
  url: string | null;
  inLanguage: string | null;
};

const articleTypes = /Article|BlogPosting|Report|NewsArticle|WebPage/;

function jsonLdArticle(document: Document): LdArticle {
  const found: LdArticle = {
    headline: null,
    publisher: null,
    author: null,
    datePublished: null,
    url: null,
    inLanguage: null,
  };
  const candidates: Record<string, unknown>[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && articleTypes.test(t))) candidates.push(record);
    if (record['@graph']) collect(record['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common on real pages and just means no metadata from it.
    }
  }
  // Prefer a real article over a generic WebPage description.
  candidates.sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
  for (const c of candidates) {
    found.headline ??= stringOf(c.headline) ?? stringOf(c.name);
    found.publisher ??= nameOf(c.publisher);
    found.author ??= nameOf(c.author);
    found.datePublished ??= stringOf(c.datePublished) ?? stringOf(c.dateCreated);
    found.url ??= stringOf(c.url) ?? stringOf(c.mainEntityOfPage);
    found.inLanguage ??= stringOf(c.inLanguage);
  }
  return found;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return stringOf(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return stringOf((value as Record<string, unknown>).name);
  return null;
}

function cleanByline(value: string | null | undefined): string | null {
  const line = cleanLine(value);
  return line ? cleanLine(line.replace(/^(?:by|par|von|por)\s+/i, '')) : null;
}

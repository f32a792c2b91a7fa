import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleBytes, type ParsedArticle } from './parse-article';
import { inertDom } from './parse-html';

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  // Every resource in the hostile page points here, so any fetch at all is recorded.
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', req.url?.endsWith('.js') ? 'text/javascript' : 'text/plain');
    res.end(req.url?.endsWith('.js') ? 'document.body.innerHTML = "REMOTE SCRIPT RAN";' : 'x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/**
 * Sends a marker request and waits for it to be served: a fetch the page had started by now would
 * have reached the server first. Returns what arrived before the marker.
 */
async function requestsBeforeMarker(): Promise<string[]> {
  await fetch(`${base}/marker`).then((response) => response.text());
  const seen = requests.slice(0, requests.indexOf('/marker'));
  requests.length = 0;
  return seen;
}

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function parse(html: string | Uint8Array, name = 'page.html'): ParsedArticle {
  const parsed = parseArticleBytes(
    typeof html === 'string' ? Buffer.from(html, 'utf8') : html,
    name,
  );
  if ('skip' in parsed) throw new Error(parsed.skip);
  return parsed;
}

const story = [
  'Russian President Vladimir Putin has offered to halt his invasion of Ukraine along the current front line, people familiar with the talks said.',
  'The proposal was made during a meeting with Steve Witkoff in St Petersburg earlier this month, three of the people said.',
  'The United States has floated recognising Russian control of Crimea as part of a wider deal, which Kyiv has rejected.',
  'Ukraine has repeatedly said it will not cede territory and that any ceasefire must come with security guarantees.',
].map((p) => `<p>${p} ${p}</p>`);

describe('HTML articles', () => {
  it('extracts text and metadata while running no script and fetching nothing', async () => {
    const page = `<!doctype html><html lang="en-GB"><head>
      <title>Putin offers to freeze war - Example Times</title>
      <meta property="og:site_name" content="Example Times">
      <meta property="article:published_time" content="2025-04-22T09:30:00Z">
      <meta name="author" content="Jane Doe">
      <link rel="canonical" href="https://example.org/world/putin-offer">
      <script>var leaked = "INLINE SCRIPT TEXT"; document.title = "HIJACKED";</script>
      <link rel="stylesheet" href="${base}/style.css">
      <script src="${base}/remote.js"></script>
      </head><body onload="document.body.innerHTML='ONLOAD RAN'">
      <nav><a href="/">Home</a></nav>
      <article><h1>Putin offers to freeze war</h1>
      <script>document.currentScript.insertAdjacentHTML('afterend', '<p>INJECTED BY SCRIPT</p>');</script>
      <img src="${base}/photo.jpg" onerror="document.body.innerHTML='ONERROR RAN'">
      <iframe src="${base}/frame.html"></iframe>
      ${story.join('\n')}
      <p><a href="javascript:alert(1)">Read more</a> from our correspondent.</p>
      <style>.x { background: url(${base}/bg.png) }</style>
      </article>
      <script>for (const p of document.querySelectorAll('p')) p.textContent = 'SCRIPT RAN: ' + p.textContent;</script>
      </body></html>`;
    const article = parse(page);
    expect(article).toMatchObject({
      title: 'Putin offers to freeze war',
      outlet: 'Example Times',
      byline: 'Jane Doe',
      published: '2025-04-22T09:30:00Z',
      url: 'https://example.org/world/putin-offer',
      lang: 'en',
      format: 'html',
      encoding: 'UTF-8',
    });
    expect(article.text).toContain(
      'Russian President Vladimir Putin has offered to halt his invasion',
    );
    expect(article.text).toContain('Read more from our correspondent.');
    expect(article.text).not.toMatch(/INLINE SCRIPT TEXT|HIJACKED|INJECTED|RAN|alert|<|background/);
    // Paragraphs are separated by one blank line, with no stray whitespace.
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
    expect(article.text).not.toMatch(/[ \t]{2,}|\n{3,}/);
    expect(await requestsBeforeMarker()).toEqual([]);
  });

  it('builds documents that run no scripts and load no resources even when left open', async () => {
    const dom = inertDom(`<html><head>
      <script>window.parleyInline = true;</script>
      <script src="${base}/remote.js"></script>
      <link rel="stylesheet" href="${base}/style.css">
      </head><body onload="window.parleyOnload = true">
      <img src="${base}/photo.jpg" onerror="window.parleyOnerror = true">
      <iframe src="${base}/frame.html"></iframe>
      <a id="link" href="javascript:window.parleyLink = true">x</a>
      </body></html>`);
    const window = dom.window as unknown as Record<string, unknown> & { document: Document };
    (window.document.getElementById('link') as HTMLAnchorElement).click();
    // The load event comes after every resource a live page would fetch, and after onload.
    if (window.document.readyState !== 'complete')
      await new Promise((resolve) => dom.window.addEventListener('load', resolve));
    expect([
      window.parleyInline,
      window.parleyOnload,
      window.parleyOnerror,
      window.parleyLink,
    ]).toEqual([undefined, undefined, undefined, undefined]);
    expect(await requestsBeforeMarker()).toEqual([]);
    dom.window.close();
  });

  it('falls back to the body text when Readability finds no article', () => {
    const article = parse(
      '<html><head><title>Note</title></head><body><div>Short note.</div><div>Second line.</div></body></html>',
    );
    expect(article.title).toBe('Note');
    expect(article.text).toContain('Short note.');
    expect(article.text).toContain('Second line.');
  });

  it('survives malformed markup', () => {
    const article = parse(
      `<html><title>Broken</title><body><p>Unclosed <b>bold <i>text<p>${story[0]}<div><table><td>cell</span></body>`,
    );
    expect(article.text).toContain('Unclosed bold text');
    expect(article.text).toContain('cell');
  });

  it('takes the publication date and outlet from JSON-LD when meta tags lack them', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Kremlin rules out territorial concessions',
      datePublished: '2024-11-20T08:00:00+03:00',
      publisher: { '@type': 'Organization', name: 'Example Wire' },
      author: [{ '@type': 'Person', name: 'Ann Smith' }],
    });
    const article = parse(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${story.join('')}</article></body></html>`,
    );
    expect(article).toMatchObject({
      title: 'Kremlin rules out territorial concessions',
      published: '2024-11-20T08:00:00+03:00',
      outlet: 'Example Wire',
    });
  });

  it('honours a declared legacy charset', () => {
    const html = `<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article>
      <p>Президент России заявил, что Москва готова обсуждать прекращение огня, но не откажется от территорий.</p>
      </article></body></html>`;
    const article = parse(iconv.encode(html, 'windows-1251'));
    expect(article.encoding).toBe('windows-1251');
    expect(article.title).toBe('Переговоры');
    expect(article.text).toContain('Президент России заявил');
    expect(article.lang).toBe('ru');
  });
});

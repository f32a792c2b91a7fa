import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../../shared/briefing';
import { cleanUp, tempDir } from '../../compose-test-support';
import {
  briefingFixture,
  hasTool,
  hostile,
  kremlinLine,
  putinOffer,
  squash,
  zelenskyRu,
} from './briefing-test-support';
import { briefingToHtml, briefingToMarkdown } from './index';

let doc: BriefingDocument;
let dir: string;
const files: Record<'md' | 'html' | 'docx' | 'pdf', string> = {
  md: '',
  html: '',
  docx: '',
  pdf: '',
};

beforeAll(async () => {
  const { wb, id } = await briefingFixture();
  doc = await wb.call('briefing:preview', { id });
  dir = await tempDir();
  for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
    // Exported as the browser host exports: through the app, the areas feeding the briefing.
    const exported = await wb.call('briefing:export', { id, format });
    files[format] = join(dir, exported.fileName);
    writeFileSync(files[format], Buffer.from(exported.base64, 'base64'));
  }
}, 60_000);
afterAll(cleanUp);

const cited = [putinOffer, kremlinLine, zelenskyRu];

describe('the briefing model over the seeds', () => {
  it('numbers citations in reading order and keeps every cited quote as a footnote with its provenance', () => {
    expect(doc.footnotes.map((f) => [f.number, f.quoteId])).toEqual([
      [1, 'Q1'],
      [2, 'Q3'],
      [3, 'Q2'],
      [4, 'Q4'],
    ]);
    const q1 = doc.footnotes[0];
    expect(q1).toMatchObject({
      exact: putinOffer,
      publisher: null,
      ownReporting: false,
      origin: 'Financial Times',
      path: '000_428af1576f6ea280.txt',
      // The notebook grades the Financial Times B; the quote's own credibility is 2.
      pair: 'B2',
      statusText: 'verified in its file',
      flagged: false,
    });
    expect(q1?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.footnotes[1]).toMatchObject({ origin: null, ownReporting: true });
    expect(doc.footnotes[3]).toMatchObject({ status: 'lost', flagged: true });
  });

  it('flags an unknown citation and a lost quote instead of citing them silently', () => {
    expect(doc.problems).toEqual([
      'Q4 is cited but LOST — not found in its file at last check.',
      '[Q99] in the section "Caveats" cites no quote of this workspace.',
    ]);
  });

  it('counts origins and lists every cited article once in the sources', () => {
    const origins = doc.sections.find((s) => s.kind === 'origins');
    expect(origins?.kind === 'origins' && origins.summary).toBe(
      '7 articles · 4 independent origins',
    );
    expect(doc.sources.map((s) => s.quoteIds)).toEqual(
      expect.arrayContaining([['Q1'], ['Q2'], ['Q3'], ['Q4']]),
    );
  });
});

describe('Markdown', () => {
  const md = () => briefingToMarkdown(doc);
  it('cites with footnotes that carry the exact text, the Cyrillic included', () => {
    expect(md()).toContain('current line [^1]; Kyiv refuses to give up Crimea [^2].');
    for (const n of [1, 2, 3, 4]) expect(md()).toContain(`\n[^${n}]: `);
    expect(md()).toContain('Это наши земли, территория украинского народа');
    expect(md()).toContain('**LOST** “Киев отверг');
    expect(md()).toContain('[Q99 — unknown quote]');
    expect(md()).toContain('| Russia | — | — | open to[^1],[^3] | — | — | — |');
  });
  it('escapes analyst text so it cannot become markup', () => {
    expect(md()).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md()).not.toContain('<script>');
  });
});

describe('HTML', () => {
  const html = () => briefingToHtml(doc);
  it('is one self-contained file: strict CSP, no script, no remote reference', () => {
    expect(html()).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html()).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(/i);
    expect(html()).not.toMatch(/https?:|\/\//i);
    for (const [, target] of html().matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      expect(target).toMatch(/^#fn\d+$/);
    }
  });
  it('renders hostile analyst text as inert text', () => {
    expect(html()).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html()).toContain('&#60;/style&#62;&#60;script&#62;alert(2)&#60;/script&#62;');
    expect(html().match(/<\/style>/g)).toHaveLength(1);
    expect(hostile).toContain('<script>');
  });
  it('links each citation to its note and shows the Cyrillic', () => {
    expect(html()).toContain('<sup><a href="#fn2">2</a></sup>');
    for (const n of [1, 2, 3, 4]) expect(html()).toContain(`<li id="fn${n}">`);
    for (const text of cited) expect(html()).toContain(text.replace(/«|»/g, (c) => c));
    expect(html()).toContain('<span class="flag">LOST</span>');
  });
});

/** Reads one part of a zip with Debian's unzip; null (and a loud skip) when it is not installed. */
function unzipPart(file: string, part: string): string {
  const run = spawnSync('unzip', ['-p', file, part], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe.skipIf(!hasTool('unzip'))('DOCX (skipped: `unzip` is not installed)', () => {
  it('has Heading styles, tables, and a real footnote per citation with the exact text', () => {
    const body = unzipPart(files.docx, 'word/document.xml');
    const notes = unzipPart(files.docx, 'word/footnotes.xml');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body.match(/<w:tbl>/g)).toHaveLength(2);
    // One footnote per reference, numbered in reading order, as Word numbers them.
    const refs = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    );
    expect(refs).toEqual(refs.map((_, i) => i + 1));
    expect(refs.length).toBeGreaterThan(doc.footnotes.length);
    for (const text of cited) expect(notes).toContain(text.replace(/"/g, '&quot;'));
    expect(notes).toContain('Q1: see note 1.');
    expect(notes).toContain('LOST');
    expect(body).toContain('Крым');
    expect(body).toContain('[Q99 — unknown quote]');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe.skipIf(!hasTool('pdftotext'))('PDF (skipped: poppler-utils is not installed)', () => {
  const text = () => {
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', files.pdf, '-'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return squash(run.stdout);
  };
  it('holds real text: every cited passage, the Cyrillic, notes and page numbers', () => {
    for (const quote of cited) expect(text()).toContain(squash(quote));
    expect(text()).toContain('Ukraine talks: where the parties stand — Крым');
    expect(text()).toContain('LOST — not found in its file at last check');
    expect(text()).toContain('[Q99 — unknown quote]');
    expect(text()).toMatch(/Page 1 of \d+/);
  });
  it('has an outline and renders to images', () => {
    const info = spawnSync('pdfinfo', [files.pdf], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/Pages:\s+[2-9]/);
    expect(Buffer.from(spawnSync('cat', [files.pdf]).stdout).toString('latin1')).toContain(
      '/Outlines',
    );
    const run = spawnSync('pdftoppm', ['-r', '40', '-png', files.pdf, join(dir, 'page')]);
    expect(run.status).toBe(0);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(statSync(join(dir, page)).size).toBeGreaterThan(1000);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BriefingDocument,
  BriefingExportFormat,
  DocumentSection,
} from '../../../shared/briefing';
import { cleanUp, tempDir } from '../../compose-test-support';
import { compact, readExport, type ReadExport } from './briefing-readers';
import { briefingFixture, hasTool, zelenskyOutlet, zelenskyRu } from './briefing-test-support';
import { footnoteDetails, oneLine } from './citation-text';

// The done-when of #13: a briefing over the seeds, fed by the real areas through the composed app
// (notebook grades, matrix cells, decided origins), exported in every format and read back from
// the file alone. Each check names a part of the briefing and fails if that part went missing.

let doc: BriefingDocument;
const files: Record<BriefingExportFormat, string> = { md: '', html: '', docx: '', pdf: '' };

beforeAll(async () => {
  const { wb, id } = await briefingFixture();
  doc = await wb.call('briefing:preview', { id });
  const dir = await tempDir();
  for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
    const exported = await wb.call('briefing:export', { id, format });
    files[format] = join(dir, exported.fileName);
    writeFileSync(files[format], Buffer.from(exported.base64, 'base64'));
  }
}, 60_000);
afterAll(cleanUp);

const sectionOf = <K extends DocumentSection['kind']>(kind: K) =>
  doc.sections.find((s): s is Extract<DocumentSection, { kind: K }> => s.kind === kind);

describe('the briefing the app resolves from its areas', () => {
  it('carries the notebook’s grade in the pair, the matrix cells and the decided origins', () => {
    expect(doc.footnotes.map((f) => [f.quoteId, f.pair, f.status])).toEqual([
      ['Q1', 'B2', 'ok'],
      ['Q3', '?2', 'ok'],
      ['Q2', '?2', 'ok'],
      ['Q4', '?2', 'lost'],
    ]);
    const matrix = sectionOf('matrix')?.table;
    expect(matrix?.rows[1]?.[0]).toMatchObject({ stance: 'rejects' });
    expect(matrix?.rows[0]?.[2]).toMatchObject({ stance: 'open to' });
    expect(sectionOf('origins')?.summary).toBe('7 articles · 4 independent origins');
    expect(sectionOf('origins')?.groups.map((g) => g.heading)).toEqual([
      'Financial Times (4 articles)',
      'Reuters (1 article)',
      'Unknown outlet, own reporting (1 article)',
      `${zelenskyOutlet}, own reporting (1 article)`,
    ]);
    // Oldest first, undated last.
    expect(doc.sources.map((s) => s.published?.slice(0, 10) ?? null)).toEqual([
      '2024-11-20',
      '2025-04-22',
      '2025-04-22',
      null,
    ]);
    expect(sectionOf('outlets')?.rows[0]).toMatchObject({ name: 'Financial Times', grade: 'B' });
  });
});

/** What each format needs to be read back; `null`: nothing but Node. */
const tools: Record<BriefingExportFormat, { tool: string; package: string } | null> = {
  md: null,
  html: null,
  docx: { tool: 'unzip', package: 'unzip' },
  pdf: { tool: 'pdftotext', package: 'poppler-utils' },
};

describe.each(['md', 'html', 'docx', 'pdf'] as const)('the %s export, read back', (format) => {
  const needs = tools[format];
  const missing = needs !== null && !hasTool(needs.tool);
  if (missing)
    console.warn(
      `SKIPPED: the ${format} read-back tests need \`${needs.tool}\` (apt-get install ${needs.package}; .ci/run installs it).`,
    );
  let read: ReadExport;
  beforeAll(() => {
    if (!missing) read = readExport(format, files[format]);
  });
  const text = () => compact(read.text);
  const row = (first: string) => {
    const found = read.rows.find((cells) => cells[0] === first);
    expect(found, `a table row for ${first}`).toBeDefined();
    return found ?? [];
  };

  it.skipIf(missing)('cites every quote: exact text, provenance, Admiralty pair, status', () => {
    for (const f of doc.footnotes) {
      const note = `“${oneLine(f.exact)}” — ${footnoteDetails(f).join('; ')}`;
      expect(text(), `note ${f.number} (${f.quoteId})`).toContain(compact(note));
    }
    expect(text()).toContain(compact('Admiralty B2; verified in its file; Q1'));
    expect(text()).toContain(compact('Admiralty ?2; LOST — not found in its file at last check'));
    for (const q of sectionOf('key-quotes')?.quotes ?? [])
      expect(text(), `key quote ${q.quoteId}`).toContain(compact(`— ${q.attribution}`));
  });

  it.skipIf(missing)(
    'shows the matrix: Ukraine rejects on Crimea, Russia open to on Donetsk',
    () => {
      const header = row('Party');
      expect([header[1], header[3]]).toEqual(['Crimea', 'Donetsk']);
      expect(row('Ukraine')[1]).toMatch(/^rejects/);
      expect(row('Russia')[3]).toMatch(/^open to/);
      expect(row('Russia')[1]).toBe('—');
      // Under the table, what a stance is a stance towards.
      expect(text()).toContain(compact('Crimea — Crimea is recognised as Russian;'));
    },
  );

  it.skipIf(missing)('lists the outlets with their grades', () => {
    expect(row('Outlet').slice(0, 2)).toEqual(['Outlet', 'Grade']);
    expect(row('Financial Times').slice(0, 2)).toEqual(['Financial Times', 'B (Usually reliable)']);
    expect(row('Reuters').slice(0, 2)).toEqual(['Reuters', 'ungraded']);
  });

  it.skipIf(missing)('counts origins, not articles, and names each group’s members', () => {
    const origins = sectionOf('origins');
    expect(text()).toContain(compact('7 articles · 4 independent origins'));
    const groups = origins?.groups ?? [];
    expect(groups.map((g) => g.heading).slice(0, 2)).toEqual([
      'Financial Times (4 articles)',
      'Reuters (1 article)',
    ]);
    const at = (part: string) => text().indexOf(compact(part));
    groups.forEach((group, i) => {
      const next = groups[i + 1];
      for (const member of group.members) {
        expect(at(member), `${member} under ${group.heading}`).toBeGreaterThan(at(group.heading));
        if (next)
          expect(at(member)).toBeLessThan(text().indexOf(compact(next.heading), at(member)));
      }
    });
  });

  it.skipIf(missing)('keeps the Cyrillic text: title, quote, outlet and article', () => {
    expect(text()).toContain(compact('Ukraine talks: where the parties stand — Крым'));
    expect(text()).toContain(compact(zelenskyRu));
    expect(text()).toContain(compact(`Владимир Зеленский, ${zelenskyOutlet}, 2025-04-22`));
    expect(text()).toContain(compact('Зеленский отверг признание Крыма российским'));
  });
});

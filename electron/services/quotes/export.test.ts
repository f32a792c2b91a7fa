import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/quote';
import { makeQuote } from '../../../shared/testing/quote-fixtures';
import { csvColumns, quotesToCsv } from './export';

const quote = (id: string, fields: Partial<Quote>): Quote => makeQuote({ id, ...fields });

// What the probe found: multi-paragraph quotes, multi-line notes, and formulas hiding after a
// line break or behind a semicolon.
const hostile = [
  quote('Q1', { exact: 'First paragraph.\n\nSecond paragraph.', note: 'line one\nline two' }),
  quote('Q2', { note: '\n=1+1' }),
  quote('Q3', { note: "'\r=1+1" }),
  quote('Q4', { note: 'ok;=1+1', speaker: 'Peskov; Lavrov' }),
  quote('Q5', { note: '=HYPERLINK("http://x")', tags: ['@Crimea', 'NATO'] }),
  quote('Q6', { exact: 'A\r\nB\rC', note: 'tab\t=2' }),
];

const formula = /^[=+\-@\t\r]/;

describe('CSV export read back by a real CSV parser', () => {
  it('gives one row per quote with every field intact apart from formula guards', () => {
    const rows: string[][] = parse(quotesToCsv(hostile), { delimiter: ',' });
    expect(rows).toHaveLength(hostile.length + 1);
    expect(rows[0]).toEqual([...csvColumns]);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
    const exact = csvColumns.indexOf('exact');
    const note = csvColumns.indexOf('note');
    expect(byId.get('Q1')?.[exact]).toBe('First paragraph.\n\nSecond paragraph.');
    expect(byId.get('Q1')?.[note]).toBe('line one\nline two');
    expect(byId.get('Q4')?.[note]).toBe("ok;'=1+1");
    expect(byId.get('Q2')?.[note]).toBe("\n'=1+1");
  });

  it('leaves no cell, and no line inside a cell, that starts a formula', () => {
    const rows: string[][] = parse(quotesToCsv(hostile), { delimiter: ',' });
    for (const cell of rows.flat()) {
      for (const line of cell.split(/\r\n|\r|\n/))
        expect(line, JSON.stringify(cell)).not.toMatch(formula);
    }
  });

  it('starts no formula in a spreadsheet that splits on semicolons', () => {
    // Such a spreadsheet cuts cells at every ';' and reads stray quotes literally.
    const rows: string[][] = parse(quotesToCsv(hostile), {
      delimiter: ';',
      relax_quotes: true,
      relax_column_count: true,
    });
    for (const cell of rows.flat()) {
      for (const line of cell.split(/\r\n|\r|\n/))
        expect(line, JSON.stringify(cell)).not.toMatch(formula);
    }
  });
});

describe('CSV export carries what the JSON has', () => {
  it('includes the URL, folder, context and timestamps of each quote', () => {
    const q = quote('Q7', {
      folder: '/corpus/seeds',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      url: 'https://www.pravda.com.ua/x',
      prefix: 'Sources say ',
      suffix: ', in return for',
      checkedAt: '2026-02-01T00:00:00Z',
    });
    const rows: string[][] = parse(quotesToCsv([q]), { delimiter: ',' });
    const row = Object.fromEntries(csvColumns.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toMatchObject({
      url: 'https://www.pravda.com.ua/x',
      folder: '/corpus/seeds',
      prefix: 'Sources say ',
      suffix: ', in return for',
      checkedAt: '2026-02-01T00:00:00Z',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
  });
});

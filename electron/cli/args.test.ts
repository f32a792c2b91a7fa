import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './args';

describe('parseCommand', () => {
  it('reads a matrix command with --json and --as-of, and refuses a date that is not one', () => {
    expect(parseCommand(['matrix', 'Default', '--json', '--as-of', '2024-12-01'])).toEqual({
      name: 'matrix',
      workspace: 'Default',
      json: true,
      asOf: '2024-12-01',
    });
    expect(parseCommand(['matrix', 'Default'])).toMatchObject({ json: false, asOf: null });
    expect(() => parseCommand(['matrix', 'Default', '--as-of', '2024-13-01'])).toThrow(
      /--as-of must be a date written YYYY-MM-DD/,
    );
  });

  it('reads an index command with --json', () => {
    expect(parseCommand(['index', 'seeds', '--json'])).toEqual({
      name: 'index',
      folder: 'seeds',
      json: true,
      cacheDir: null,
      workers: null,
    });
  });

  it('reads a search with a quoted phrase and a limit', () => {
    const command = parseCommand(['search', 'seeds', '"land bridge"', '--limit', '5']);
    expect(command).toMatchObject({ name: 'search', query: '"land bridge"', limit: 5 });
  });

  it('reads a query that starts with - as the query, not an option', () => {
    expect(parseCommand(['search', 'seeds', '-Crimea'])).toMatchObject({ query: '-Crimea' });
    expect(parseCommand(['search', 'seeds', 'Crimea', '-Reuters', '--limit', '3'])).toMatchObject({
      folder: 'seeds',
      query: 'Crimea -Reuters',
      limit: 3,
    });
    expect(parseCommand(['search', '--json', 'seeds', '-nato'])).toMatchObject({
      query: '-nato',
      json: true,
    });
  });

  it('defaults quotes export to CSV and accepts JSON', () => {
    expect(parseCommand(['quotes', 'a.parley'])).toMatchObject({ format: 'csv' });
    expect(parseCommand(['quotes', 'a.parley', '--format', 'json'])).toMatchObject({
      format: 'json',
    });
  });

  it('shows help when no command is given', () => {
    expect(parseCommand([])).toEqual({ name: 'help' });
    expect(parseCommand(['search', '--help'])).toEqual({ name: 'help' });
  });

  it.each([
    [['search', 'seeds'], /search takes <folder> <query>/],
    [['index'], /index takes <folder>/],
    [['origins'], /origins takes <folder>/],
    [['search', 'seeds', 'x', '--limit', '0'], /--limit must be a whole number of at least 1/],
    [['search', 'seeds', 'x', '--limit', 'ten'], /--limit must be a whole number/],
    [['quotes', 'a.parley', '--format', 'xml'], /--format must be csv or json/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['index', 'seeds', '--colour'], /Unknown option '--colour'/],
  ])('explains what is wrong with %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it('reads parley origins <folder> [--json]', () => {
    expect(parseCommand(['origins', 'seeds', '--json'])).toEqual({
      name: 'origins',
      folder: 'seeds',
      json: true,
    });
  });
});

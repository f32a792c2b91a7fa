import { headerProblem, openReadOnlyDatabase, type HeaderProblem } from './sqlite-file';

/** Tables every workspace has had since schema 1. */
const workspaceTables = ['meta', 'corpus_folders', 'quotes', 'edit_log'];

const headerReasons: Record<HeaderProblem, string> = {
  'not-a-file': 'it is not a file',
  empty: 'it is empty, not an SQLite database',
  'not-sqlite': 'it is not an SQLite database',
};

/**
 * Why the existing file at `path` is not a Parley workspace, or null when it is one (of any
 * schema version, damaged or not). Reads the file only, the way read-only opens do.
 */
export function whyNotWorkspace(path: string): string | null {
  let problem: HeaderProblem | null;
  try {
    problem = headerProblem(path);
  } catch (error) {
    return `it cannot be read: ${(error as Error).message}`;
  }
  if (problem) return headerReasons[problem];
  try {
    const db = openReadOnlyDatabase(path);
    try {
      const { user_version: version } = db.prepare('PRAGMA user_version').get() as {
        user_version: number;
      };
      const tables = new Set(
        (
          db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
            name: string;
          }[]
        ).map((t) => t.name),
      );
      const missing = workspaceTables.some((t) => !tables.has(t));
      return version < 1 || missing ? "it is an SQLite database without Parley's tables" : null;
    } finally {
      db.close();
    }
  } catch (error) {
    return `it cannot be read as an SQLite database: ${(error as Error).message}`;
  }
}

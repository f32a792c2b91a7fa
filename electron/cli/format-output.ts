import type { FolderSummary } from '../services/search/library-types';
import type { SearchResult, TextRange } from '../../shared/search';

/** The `parley index --json` document: exactly the fields scripts rely on. */
export function indexJson(summary: FolderSummary): string {
  return JSON.stringify({
    articles: summary.articles.map((a) => ({
      id: a.id,
      path: a.path,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      lang: a.lang,
      words: a.words,
      warnings: a.warnings,
    })),
    skipped: summary.skipped.map((s) => ({ path: s.path, reason: s.reason })),
  });
}

/**
 * Text from files (names, titles, snippets, reasons) made safe for a terminal: control characters
 * (ESC, CR, LF, BEL, C1 controls, bidi overrides) show as visible escapes instead of acting.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? ''}}`,
  );
}

/** A human summary of an indexed folder: counts, then every skipped file with its reason. */
export function indexText(summary: FolderSummary, seconds: number): string {
  const { articles, skipped } = summary;
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o !== null));
  const warned = articles.filter((a) => a.warnings.length > 0);
  const lines = [
    `Indexed ${articles.length} article${articles.length === 1 ? '' : 's'} from ${terminalSafe(summary.folder)} in ${seconds.toFixed(1)} s`,
    `${outlets.size} named outlet${outlets.size === 1 ? '' : 's'}, ${warned.length} article${warned.length === 1 ? '' : 's'} with warnings, ${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped`,
  ];
  for (const article of warned)
    lines.push(`  ! ${terminalSafe(article.path)}: ${terminalSafe(article.warnings.join('; '))}`);
  for (const file of skipped)
    lines.push(`  - ${terminalSafe(file.path)}: ${terminalSafe(file.reason)}`);
  return lines.join('\n');
}

/** Human search results; matches are bold on a terminal. */
export function searchText(result: SearchResult, color: boolean): string {
  const lines: string[] = [];
  if (result.notice) lines.push(`Note: ${terminalSafe(result.notice)}`);
  const shown = result.hits.length;
  lines.push(
    `${result.total} result${result.total === 1 ? '' : 's'} for ${terminalSafe(result.query)}` +
      (shown < result.total ? ` (showing ${shown})` : ''),
  );
  result.hits.forEach((hit, i) => {
    const source = [hit.outlet ?? 'unknown outlet', hit.published ?? 'undated'].join(', ');
    lines.push(
      '',
      `${i + 1}. ${terminalSafe(hit.title)} — ${terminalSafe(source)}`,
      `   ${terminalSafe(hit.path)}`,
    );
    lines.push(`   ${emphasise(hit.snippet, hit.highlights, color)}`);
  });
  return lines.join('\n');
}

function emphasise(text: string, ranges: readonly TextRange[], color: boolean): string {
  const [open, close] = color ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  const piece = (from: number, to: number): string =>
    terminalSafe(text.slice(from, to).replace(/\s+/g, ' '));
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += piece(at, start) + open + piece(start, end) + close;
    at = end;
  }
  return (out + piece(at, text.length)).replace(/ {2,}/g, ' ');
}

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

/** A human summary of an indexed folder: counts, then every skipped file with its reason. */
export function indexText(summary: FolderSummary, seconds: number): string {
  const { articles, skipped } = summary;
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o !== null));
  const warned = articles.filter((a) => a.warnings.length > 0);
  const lines = [
    `Indexed ${articles.length} article${articles.length === 1 ? '' : 's'} from ${summary.folder} in ${seconds.toFixed(1)} s`,
    `${outlets.size} named outlet${outlets.size === 1 ? '' : 's'}, ${warned.length} article${warned.length === 1 ? '' : 's'} with warnings, ${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped`,
  ];
  for (const article of warned) lines.push(`  ! ${article.path}: ${article.warnings.join('; ')}`);
  for (const file of skipped) lines.push(`  - ${file.path}: ${file.reason}`);
  return lines.join('\n');
}

/** Human search results; matches are bold on a terminal. */
export function searchText(result: SearchResult, color: boolean): string {
  const lines: string[] = [];
  if (result.notice) lines.push(`Note: ${result.notice}`);
  const shown = result.hits.length;
  lines.push(
    `${result.total} result${result.total === 1 ? '' : 's'} for ${result.query}` +
      (shown < result.total ? ` (showing ${shown})` : ''),
  );
  result.hits.forEach((hit, i) => {
    const source = [hit.outlet ?? 'unknown outlet', hit.published ?? 'undated'].join(', ');
    lines.push('', `${i + 1}. ${hit.title} — ${source}`, `   ${hit.path}`);
    lines.push(`   ${emphasise(hit.snippet, hit.highlights, color)}`);
  });
  return lines.join('\n');
}

function emphasise(text: string, ranges: readonly TextRange[], color: boolean): string {
  const [open, close] = color ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ');
}

import type { OriginsReport } from '../../shared/origins';
import { terminalSafe } from './format-output';

/** The `parley origins --json` document, exactly as issue #10 specifies it. */
export function originsJson(report: OriginsReport): string {
  return JSON.stringify({
    articles: report.articles.map((a) => ({
      path: a.path,
      publisher: a.publisher,
      origin: a.origin,
      also: a.also,
      attributions: a.attributions.map(({ outlet, kind, cue, start, end }) => ({
        outlet,
        kind,
        cue,
        start,
        end,
      })),
    })),
    groups: report.groups,
    independentOrigins: report.independentOrigins,
  });
}

/** A readable summary: the count in origins, then each relay group with its articles. */
export function originsText(report: OriginsReport): string {
  const n = report.articles.length;
  const byPath = new Map(report.articles.map((a) => [a.path, a]));
  const lines = [
    `${n} article${n === 1 ? '' : 's'} · ${report.independentOrigins} independent origin${report.independentOrigins === 1 ? '' : 's'}`,
  ];
  for (const group of report.groups) {
    const origin = byPath.get(group[0] ?? '')?.origin ?? null;
    lines.push('', `${origin === null ? 'Own reporting' : terminalSafe(origin)} (${group.length})`);
    for (const path of group) {
      const a = byPath.get(path);
      const publisher = a?.publisher ?? 'unknown publisher';
      const also = a && a.also.length > 0 ? `; also cites ${a.also.join(', ')}` : '';
      const anonymous = a && a.anonymous > 0 ? `; ${a.anonymous} anonymous` : '';
      lines.push(
        `  ${terminalSafe(path)} — ${terminalSafe(publisher)}${terminalSafe(also)}${anonymous}`,
      );
    }
  }
  return lines.join('\n');
}

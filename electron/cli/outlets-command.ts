import { existsSync } from 'node:fs';
import type { Outlet, TrackRecordEntry } from '../../shared/outlets';
import { correctionsById } from '../services/corrections/corrections';
import { readSidecar } from '../services/corpus';
import { analyseOrigins, type OriginInput } from '../services/origins';
import { listDecisions } from '../services/origins/decision-store';
import { applyDecisions } from '../services/origins/decisions';
import { originInputOf, readableArticles } from '../services/origins/folder';
import { summaryOf } from '../services/origins/handlers';
import { buildCatalogue } from '../services/outlets/catalogue';
import { loadNotebook } from '../services/outlets/repo';
import type { ArticleFacts } from '../services/outlets/stats';
import { overlayCorrections } from '../services/search/correction-overlay';
import { overlaySidecar, sidecarRow } from '../services/search/sidecar-overlay';
import { openWorkspace } from '../services/workspace';
import { terminalSafe } from './format-output';

/** One outlet as `parley outlets` prints it: the notebook's data and the corpus statistics. */
export type OutletReport = Outlet & { record: TrackRecordEntry[] };

/**
 * `parley outlets <workspace>`: the notebook over the folders the workspace registers, read as
 * the app reads them (sidecar, the analyst's corrections and origin decisions laid over). The
 * workspace is opened read-only, so this works while the app has it open; a folder that is gone
 * is left out.
 */
export async function outletsOfWorkspace(workspaceFile: string): Promise<OutletReport[]> {
  const ws = openWorkspace(workspaceFile, { readOnly: true });
  try {
    const corrections = correctionsById(ws);
    const inputs: OriginInput[] = [];
    const titles = new Map<string, string>();
    for (const { path: folder } of ws.listFolders()) {
      if (!existsSync(folder)) continue;
      const sidecar = readSidecar(folder);
      for await (const { relPath, article } of readableArticles(folder)) {
        const meta = overlayCorrections(
          overlaySidecar(article, sidecarRow(sidecar, relPath)),
          corrections.get(article.id),
        );
        titles.set(meta.id, meta.title);
        inputs.push(originInputOf(meta.id, meta, article.text));
      }
    }
    const report = analyseOrigins(inputs);
    const summary = applyDecisions(summaryOf(report), listDecisions(ws));
    const computed = new Map(report.articles.map((a) => [a.path, a]));
    const facts: ArticleFacts[] = inputs.map((input) => ({
      id: input.path,
      title: titles.get(input.path) ?? input.path,
      publisher: input.publisher,
      published: input.published,
      origin: summary.origins[input.path] ?? null,
      also: computed.get(input.path)?.also ?? [],
      anonymous: computed.get(input.path)?.anonymous ?? 0,
    }));
    const catalogue = buildCatalogue(facts, loadNotebook(ws));
    return catalogue.outlets.map((o) => ({ ...o, record: catalogue.detail(o.name).record }));
  } finally {
    ws.close();
  }
}

/** The `parley outlets --json` document, exactly as issue #11 specifies it. */
export function outletsJson(outlets: readonly OutletReport[]): string {
  return JSON.stringify({
    outlets: outlets.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      kind: o.kind,
      grade: o.grade?.grade ?? null,
      articles: o.stats.articles,
      asPublisher: o.stats.asPublisher,
      asOrigin: o.stats.asOrigin,
      relays: o.stats.relays,
      anonymousShare: o.stats.anonymousShare,
      record: o.record,
    })),
  });
}

const percent = (share: number | null): string =>
  share === null ? '' : `; ${Math.round(share * 100)}% anonymous`;

/** A readable list: each outlet with its grade, counts and whom it relays. */
export function outletsText(outlets: readonly OutletReport[]): string {
  const n = outlets.length;
  const lines = [`${n} outlet${n === 1 ? '' : 's'}`];
  for (const o of outlets) {
    const grade = o.grade ? o.grade.grade : '–';
    const s = o.stats;
    const relays =
      s.relays.length > 0
        ? `; relays ${s.relays.map((r) => `${r.outlet} (${r.articles})`).join(', ')}`
        : '';
    const record = o.record.length > 0 ? `; ${o.record.length} in its record` : '';
    lines.push(
      terminalSafe(
        `${grade}  ${o.name} — ${s.articles} articles: origin of ${s.asOrigin}, published ${s.asPublisher}${relays}${percent(s.anonymousShare)}${record}`,
      ),
    );
  }
  return lines.join('\n');
}

import { terminalSafe } from './format-output';
import { withWorkspaceReading, type OutletReport } from './workspace-reading';

export type { OutletReport } from './workspace-reading';

/**
 * `parley outlets <workspace>`: the notebook over the folders the workspace registers, read as
 * the app reads them (sidecar, the analyst's corrections and origin decisions laid over).
 */
export function outletsOfWorkspace(workspaceFile: string): Promise<OutletReport[]> {
  return withWorkspaceReading(workspaceFile, (reading) => Promise.resolve(reading.outlets));
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

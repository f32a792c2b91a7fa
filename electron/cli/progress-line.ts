import type { IndexProgress } from '../../shared/search';

const barWidth = 24;

/** One line describing indexing progress, with a bar once the total is known. */
export function formatProgress(progress: IndexProgress): string {
  const { phase, scanned, parsed, indexed, total, skipped } = progress;
  if (phase === 'scanning') return `Scanning… ${scanned} files found, ${skipped} skipped`;
  if (phase !== 'indexing' || total === 0) return `Indexing ${phase}`;
  const done = Math.min(indexed, total);
  const filled = Math.round((done / total) * barWidth);
  const bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled);
  return `Indexing [${bar}] ${done}/${total} (parsed ${parsed}, skipped ${skipped})`;
}

/** Reports progress on stderr: a redrawn line on a terminal, nothing elsewhere (stdout stays clean). */
export function createProgressReporter(stream: NodeJS.WriteStream): {
  update(progress: IndexProgress): void;
  finish(): void;
} {
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - lastDraw < 80 && progress.phase === 'indexing') return;
      lastDraw = now;
      const line = formatProgress(progress).slice(0, Math.max(20, (stream.columns || 80) - 1));
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

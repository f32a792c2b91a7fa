import { formatCount } from '../../lib/format';
import { useAppStore } from '../../state/store-context';

const folderName = (path: string | null): string =>
  path ? (path.split(/[\\/]/).filter(Boolean).at(-1) ?? path) : '';

/** Scanned / parsed / indexed counts of the running (or last) indexing job. */
export function IndexProgressBar() {
  const progress = useAppStore((s) => s.corpusProgress);
  if (!progress || progress.phase === 'idle') return null;

  const { phase, scanned, parsed, indexed, total, skipped } = progress;
  const running = phase === 'scanning' || phase === 'indexing';
  const max = Math.max(total, indexed, 1);
  const percent = phase === 'done' ? 100 : Math.round((indexed / max) * 100);
  const name = folderName(progress.folder);
  const label =
    phase === 'scanning'
      ? `Scanning ${name}…`
      : phase === 'indexing'
        ? `Indexing ${name}…`
        : phase === 'failed'
          ? `Indexing failed${progress.message ? `: ${progress.message}` : ''}`
          : 'Index up to date';

  return (
    <div className={`index-progress phase-${phase}`}>
      <div className="progress-label" aria-live="polite">
        {label}
      </div>
      <div
        role="progressbar"
        aria-label="Indexing progress"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={indexed}
        aria-valuetext={`Scanned ${formatCount(scanned)}, parsed ${formatCount(parsed)}, indexed ${formatCount(indexed)} of ${formatCount(total)}`}
        aria-busy={running}
        className={total === 0 && running ? 'progress-track indeterminate' : 'progress-track'}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="progress-counts">
        <span>Scanned {formatCount(scanned)}</span>
        <span>Parsed {formatCount(parsed)}</span>
        <span>
          Indexed {formatCount(indexed)}
          {total > 0 ? ` of ${formatCount(total)}` : ''}
        </span>
        {skipped > 0 && <span>Skipped {formatCount(skipped)}</span>}
      </div>
    </div>
  );
}

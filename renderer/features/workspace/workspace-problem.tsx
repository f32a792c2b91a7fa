import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store-context';
import { ReadOnlyBanner } from './read-only-banner';
import { WorkspaceFileForm } from './workspace-file-form';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Shown instead of a blank app when the workspace could not be opened (damaged, locked, missing):
 * what went wrong, and the ways out — restore the newest backup, or start or open another. With
 * a workspace open, the same place says when it is read-only.
 */
export function WorkspaceProblem() {
  const { problem, form, busy, error, restore, choose } = useAppStore(
    useShallow((s) => ({
      problem: s.workspaceState?.problem ?? null,
      form: s.workspaceForm,
      busy: s.workspaceBusy,
      error: s.workspaceError,
      restore: s.restoreLatestBackup,
      choose: s.chooseWorkspace,
    })),
  );
  if (!problem) return <ReadOnlyBanner />;
  const latest = problem.backups[0];
  return (
    <section className="workspace-problem" role="alert" aria-labelledby="workspace-problem-heading">
      <h2 id="workspace-problem-heading">The workspace could not be opened</h2>
      <p className="problem-message">{problem.message}</p>
      <p className="problem-file">{problem.file}</p>
      {latest && (
        <p className="hint">
          The newest backup is from {when.format(new Date(latest.createdAt))}; restoring it keeps
          the damaged file beside it.
        </p>
      )}
      <div className="problem-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !latest}
          onClick={() => void restore()}
        >
          Restore latest backup
        </button>
        <button type="button" disabled={busy} onClick={() => void choose('new')}>
          New workspace…
        </button>
        <button type="button" disabled={busy} onClick={() => void choose('open')}>
          Open another…
        </button>
      </div>
      {form && <WorkspaceFileForm key={form} purpose={form} />}
      {!form && error && <p className="problem-error">{error}</p>}
    </section>
  );
}

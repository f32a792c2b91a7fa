import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store-context';
import './workspace.css';

/**
 * Says that the open workspace is read-only (its file, folder or disk refuses writes), so edits
 * are off, and offers Save As for an editable copy. Nothing while a workspace problem is shown.
 */
export function ReadOnlyBanner() {
  const { file, readOnly, busy, choose } = useAppStore(
    useShallow((s) => ({
      file: s.workspaceState?.file ?? '',
      readOnly: s.workspaceState?.readOnly === true && s.workspaceState.problem === null,
      busy: s.workspaceBusy,
      choose: s.chooseWorkspace,
    })),
  );
  if (!readOnly) return null;
  const name = file.split(/[\\/]/).pop() ?? file;
  return (
    <section className="workspace-read-only" role="status" aria-label="Read-only workspace">
      <p>
        This workspace is read-only: Parley cannot write to <span title={file}>{name}</span> or its
        folder, so edits are off. Use Save As to make an editable copy.
      </p>
      <button type="button" disabled={busy} onClick={() => void choose('save-as')}>
        Save As…
      </button>
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shortcutLabel } from '../../lib/platform';
import { useAppStore } from '../../state/store-context';
import { WorkspaceFileForm } from './workspace-file-form';
import './workspace.css';

function UndoButtons() {
  const { undoLabel, redoLabel, undo, redo } = useAppStore(
    useShallow((s) => ({
      undoLabel: s.workspaceState?.undoLabel ?? null,
      redoLabel: s.workspaceState?.redoLabel ?? null,
      undo: s.undoWorkspace,
      redo: s.redoWorkspace,
    })),
  );
  const undoName = undoLabel ? `Undo ${undoLabel}` : 'Undo';
  const redoName = redoLabel ? `Redo ${redoLabel}` : 'Redo';
  return (
    <div className="undo-group" role="group" aria-label="Edit history">
      <button
        type="button"
        disabled={!undoLabel}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`${undoName} (${shortcutLabel('Z')})`}
        onClick={() => void undo()}
      >
        <span aria-hidden="true">↶ </span>
        {undoName}
      </button>
      <button
        type="button"
        disabled={!redoLabel}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={`${redoName} (${shortcutLabel('Z', true)})`}
        onClick={() => void redo()}
      >
        <span aria-hidden="true">↷ </span>
        {redoName}
      </button>
    </div>
  );
}

function RecentList({ onChosen }: { onChosen: () => void }) {
  const { recent, current, busy, submit } = useAppStore(
    useShallow((s) => ({
      recent: s.workspaceRecent,
      current: s.workspaceState?.file ?? null,
      busy: s.workspaceBusy,
      submit: s.submitWorkspaceFile,
    })),
  );
  if (recent.length === 0) return null;
  return (
    <div className="recent">
      <h3 id="recent-heading">Recent workspaces</h3>
      <ul aria-labelledby="recent-heading">
        {recent.map((r) => (
          <li key={r.file}>
            <button
              type="button"
              className="recent-item"
              disabled={busy || !r.exists || r.file === current}
              title={r.exists ? r.file : `${r.file} (missing)`}
              onClick={() => {
                onChosen();
                void submit('open', r.file);
              }}
            >
              <span className="recent-name">{r.name}</span>
              <span className="recent-file">
                {r.file === current ? 'open now' : r.exists ? r.file : 'missing'}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function WorkspaceMenu() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const { state, form, busy, error, choose, closeForm } = useAppStore(
    useShallow((s) => ({
      state: s.workspaceState,
      form: s.workspaceForm,
      busy: s.workspaceBusy,
      error: s.workspaceError,
      choose: s.chooseWorkspace,
      closeForm: s.closeWorkspaceForm,
    })),
  );
  const problem = state?.problem ?? null;
  // The typed form needs the popover; the problem panel shows its own copy instead.
  const expanded = open || (form !== null && !problem);

  useEffect(() => {
    if (!expanded) return;
    const away = (event: Event) => {
      if (rootRef.current?.contains(event.target as Node)) return;
      setOpen(false);
      closeForm();
    };
    document.addEventListener('mousedown', away, true);
    return () => document.removeEventListener('mousedown', away, true);
  }, [expanded, closeForm]);

  const close = () => {
    setOpen(false);
    closeForm();
  };

  const name = state ? (problem ? `${state.name} (not open)` : state.name) : '…';
  return (
    <div
      className="workspace-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) close();
      }}
    >
      <button
        type="button"
        className="workspace-toggle"
        aria-expanded={expanded}
        aria-controls="workspace-popover"
        title={state?.file}
        onClick={() => (expanded ? close() : setOpen(true))}
      >
        <span className="workspace-label">Workspace</span>
        <span className="workspace-name">{name}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      {expanded && (
        <div
          id="workspace-popover"
          className="workspace-popover"
          role="group"
          aria-label="Workspace"
        >
          {state && (
            <p className="workspace-file" title={state.file}>
              {state.file}
            </p>
          )}
          <div className="workspace-actions">
            <button type="button" disabled={busy} onClick={() => void choose('new')}>
              New…
            </button>
            <button type="button" disabled={busy} onClick={() => void choose('open')}>
              Open…
            </button>
            <button
              type="button"
              disabled={busy || problem !== null}
              onClick={() => void choose('save-as')}
            >
              Save As…
            </button>
          </div>
          {form && !problem && <WorkspaceFileForm key={form} purpose={form} />}
          {!form && error && (
            <div role="alert" className="error-banner">
              {error}
            </div>
          )}
          <RecentList onChosen={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

/** The header's workspace controls: which workspace is open, New/Open/Save As/recent, undo and redo. */
export function WorkspaceBar() {
  return (
    <div className="workspace-bar">
      <UndoButtons />
      <WorkspaceMenu />
    </div>
  );
}

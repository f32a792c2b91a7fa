import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { WorkspacePickPurpose } from '../../../shared/workspace';
import { useAppStore } from '../../state/store-context';

const submitLabels: Record<WorkspacePickPurpose, string> = {
  new: 'Create',
  open: 'Open',
  'save-as': 'Save',
};

const hints: Record<WorkspacePickPurpose, string> = {
  new: 'Type the full path of the new workspace file to create.',
  open: 'Type the full path of the workspace file to open.',
  'save-as':
    'Type the full path to save a copy of this workspace to; the copy becomes the open one.',
};

/** The typed "Workspace file" path, for hosts without a native file dialog. */
export function WorkspaceFileForm({ purpose }: { purpose: WorkspacePickPurpose }) {
  const [file, setFile] = useState('');
  const inputId = useId();
  const { submit, close, busy, error, confirmReplace } = useAppStore(
    useShallow((s) => ({
      submit: s.submitWorkspaceFile,
      close: s.closeWorkspaceForm,
      busy: s.workspaceBusy,
      error: s.workspaceError,
      confirmReplace: s.workspaceConfirmReplace,
    })),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(purpose, file);
  };
  return (
    <form className="path-form workspace-form" onSubmit={onSubmit}>
      <label htmlFor={inputId}>Workspace file</label>
      <p className="hint">{hints[purpose]}</p>
      <div className="path-row">
        <input
          id={inputId}
          type="text"
          value={file}
          autoFocus
          spellCheck={false}
          placeholder="/home/me/ukraine-talks.parley"
          onChange={(event) => setFile(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || !file.trim()}>
          {submitLabels[purpose]}
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      {error && (
        <div role="alert" className="error-banner">
          <span>{error}</span>
          {confirmReplace && (
            <button type="button" onClick={() => void submit('save-as', confirmReplace, true)}>
              Replace it
            </button>
          )}
        </div>
      )}
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CorpusFolder } from '../../../shared/corpus';
import { plural } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { IndexProgressBar } from './index-progress-bar';
import './corpus-panel.css';

function FolderItem({ folder }: { folder: CorpusFolder }) {
  const removeFolder = useAppStore((s) => s.removeFolder);
  const busy = useAppStore((s) => s.corpusBusy);
  return (
    <li className="folder">
      <div className="folder-row">
        <span className="folder-name" title={folder.path}>
          {folder.name}
        </span>
        <span className="folder-count">{plural(folder.articleCount, 'article')}</span>
        <button
          type="button"
          className="icon-button folder-remove"
          aria-label={`Remove folder ${folder.name}`}
          title="Remove from Parley (the files stay untouched)"
          disabled={busy}
          onClick={() => void removeFolder(folder.path)}
        >
          ×
        </button>
      </div>
      {/* Right-to-left so a long path is cut at its start; the marks keep its slashes in place. */}
      <div className="folder-path" title={folder.path}>
        {`\u200E${folder.path}\u200E`}
      </div>
      {folder.metadata && <SidecarNote metadata={folder.metadata} />}
      {folder.skipped.length > 0 && (
        <details className="skipped">
          <summary>{plural(folder.skipped.length, 'skipped file')}</summary>
          <ul>
            {folder.skipped.map((file) => (
              <li key={file.path}>
                <span className="skipped-path">{file.path}</span>
                <span className="skipped-reason">{file.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** Which sidecar file gave the folder's metadata, and the rows it could not use. */
function SidecarNote({ metadata }: { metadata: NonNullable<CorpusFolder['metadata']> }) {
  return (
    <>
      <div className="folder-sidecar">
        {`Metadata from ${metadata.file} for ${plural(metadata.files, 'file')}`}
      </div>
      {metadata.problems.length > 0 && (
        <details className="skipped">
          <summary>{plural(metadata.problems.length, 'metadata problem')}</summary>
          <ul>
            {metadata.problems.map((problem) => (
              <li key={problem}>
                <span className="skipped-reason">{problem}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function PathForm() {
  const [path, setPath] = useState('');
  const inputId = useId();
  const { addFolder, closePathForm, busy } = useAppStore(
    useShallow((s) => ({
      addFolder: s.addFolder,
      closePathForm: s.closePathForm,
      busy: s.corpusBusy,
    })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void addFolder(path);
  };
  return (
    <form className="path-form" onSubmit={submit}>
      <label htmlFor={inputId}>Folder path</label>
      <p className="hint">This host has no folder picker; type the folder&apos;s full path.</p>
      <div className="path-row">
        <input
          id={inputId}
          type="text"
          value={path}
          autoFocus
          spellCheck={false}
          placeholder="/home/me/articles"
          onChange={(event) => setPath(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy || !path.trim()}>
          Add
        </button>
        <button type="button" onClick={closePathForm}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Registered folders, indexing progress, and the add / re-index actions. */
export function CorpusPanel() {
  const { folders, error, busy, pathFormOpen, pickFolder, reindex, dismissError } = useAppStore(
    useShallow((s) => ({
      folders: s.corpusFolders,
      error: s.corpusError,
      busy: s.corpusBusy,
      pathFormOpen: s.uiPathFormOpen,
      pickFolder: s.pickFolder,
      reindex: s.reindexCorpus,
      dismissError: s.dismissCorpusError,
    })),
  );
  const articleTotal = folders.reduce((sum, folder) => sum + folder.articleCount, 0);

  return (
    <aside className="corpus-panel" aria-labelledby="corpus-heading">
      <div className="panel-heading">
        <h2 id="corpus-heading">Corpus</h2>
        <span className="corpus-total">
          {plural(articleTotal, 'article')} · {plural(folders.length, 'folder')}
        </span>
      </div>
      {folders.length === 0 ? (
        <p className="empty">No folders yet. Add a folder of saved articles to start.</p>
      ) : (
        <ul className="folder-list" aria-label="Folders">
          {folders.map((folder) => (
            <FolderItem key={folder.path} folder={folder} />
          ))}
        </ul>
      )}
      <IndexProgressBar />
      <div className="corpus-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void pickFolder()}>
          Add folder…
        </button>
        <button
          type="button"
          disabled={busy || folders.length === 0}
          onClick={() => void reindex()}
        >
          Reindex
        </button>
      </div>
      {pathFormOpen && <PathForm />}
      <ConfirmLargeFolder />
      {error && (
        <div role="alert" className="error-banner">
          <span>{error}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismissError}>
            ×
          </button>
        </div>
      )}
    </aside>
  );
}

/** Asks before indexing a folder of more than 50,000 article files. */
function ConfirmLargeFolder() {
  const { pending, confirm } = useAppStore(
    useShallow((s) => ({ pending: s.corpusConfirmLarge, confirm: s.confirmLargeFolder })),
  );
  if (!pending) return null;
  return (
    <div role="alertdialog" aria-label="Large folder" className="confirm-banner">
      <p>{pending.message} Index it anyway?</p>
      <div className="confirm-actions">
        <button type="button" className="primary" onClick={() => void confirm(true)}>
          Index anyway
        </button>
        <button type="button" onClick={() => void confirm(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

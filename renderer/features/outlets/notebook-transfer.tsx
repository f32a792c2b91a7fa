import { useId, useRef, useState } from 'react';
import type { NotebookFormat } from '../../../shared/outlets';
import { downloadText } from '../../lib/clipboard';
import { plural } from '../../lib/format';
import { useAppStore } from '../../state/store-context';

/** The format a chosen file is read as: by its extension, JSON unless it ends in .csv. */
const formatOf = (fileName: string): NotebookFormat =>
  fileName.toLowerCase().endsWith('.csv') ? 'csv' : 'json';

/** Export the notebook as CSV or JSON; import a notebook or a shared reference list. */
export function NotebookTransfer() {
  const exportOutlets = useAppStore((s) => s.exportOutlets);
  const importOutlets = useAppStore((s) => s.importOutlets);
  const result = useAppStore((s) => s.outletsImportResult);
  const dismiss = useAppStore((s) => s.dismissOutletsImport);
  const announce = useAppStore((s) => s.announce);
  const [overwrite, setOverwrite] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const save = async (format: NotebookFormat) => {
    const outcome = await exportOutlets(format);
    if (outcome?.kind === 'download') downloadText(outcome.fileName, outcome.text, outcome.mime);
  };

  const load = async (file: File) => {
    const text = await file.text();
    const ok = await importOutlets({
      format: formatOf(file.name),
      text,
      label: file.name,
      ...(overwrite ? { overwriteGrades: true } : {}),
    });
    if (ok) announce(`Imported ${file.name}`);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <details className="notebook-transfer">
      <summary>Import / export…</summary>
      <div className="transfer-row">
        <button type="button" onClick={() => void save('csv')}>
          Export as CSV
        </button>
        <button type="button" onClick={() => void save('json')}>
          Export as JSON
        </button>
      </div>
      <div className="transfer-row">
        <label htmlFor={`${id}-file`}>Import a notebook (CSV or JSON)</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void load(file);
          }}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={overwrite}
            onChange={(event) => setOverwrite(event.target.checked)}
          />
          Replace grades I have set
        </label>
      </div>
      {result && (
        <div role="status" aria-label="Import result" className="import-result">
          Imported: {plural(result.added, 'outlet')} added, {result.updated} updated,{' '}
          {result.recordEntries} record {result.recordEntries === 1 ? 'entry' : 'entries'}
          {result.gradesKept > 0 &&
            ` · kept your own grade for ${plural(result.gradesKept, 'outlet')}`}
          .{' '}
          <button type="button" className="link-button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </details>
  );
}

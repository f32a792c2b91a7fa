import { dialog, type BrowserWindow } from 'electron';
import type { WorkspacePickPurpose } from '../../shared/workspace';
import type { BriefingExportFormat } from '../../shared/briefing';
import type { QuoteExportFormat } from '../../shared/quote';

const exportFilters: Record<
  QuoteExportFormat | BriefingExportFormat,
  { name: string; extensions: string[] }
> = {
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML page', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

const workspaceFilters = [{ name: 'Parley workspace', extensions: ['parley'] }];

/** The native folder picker; null when the analyst cancels. */
export async function pickFolder(window: BrowserWindow | null): Promise<string | null> {
  const options = { title: 'Add a folder of articles', properties: ['openDirectory' as const] };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Warns about a problem beside the window without blocking it (the renderer offers the way out). */
export function showProblem(window: BrowserWindow | null, message: string): void {
  const options = { type: 'warning' as const, title: 'Parley', message };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Tells the analyst why a menu command failed (the renderer shows errors of its own calls). */
export function showError(message: string): void {
  dialog.showErrorBox('Parley', message);
}

/** Native dialog for a workspace file: pick one to open, or name a new one or a copy; null when cancelled. */
export async function pickWorkspaceFile(
  window: BrowserWindow | null,
  purpose: WorkspacePickPurpose,
  defaultPath?: string,
): Promise<string | null> {
  if (purpose === 'open') {
    const options = {
      title: 'Open a workspace',
      filters: workspaceFilters,
      properties: ['openFile' as const],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const options = {
    title: purpose === 'new' ? 'New workspace' : 'Save workspace as',
    buttonLabel: purpose === 'new' ? 'Create' : 'Save',
    filters: workspaceFilters,
    ...(defaultPath ? { defaultPath } : {}),
  };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? null : (result.filePath ?? null);
}

/** Native save dialog for an export (quotes, briefing, notebook, matrix); null when cancelled. */
export async function pickExportFile(
  window: BrowserWindow | null,
  format: QuoteExportFormat | BriefingExportFormat,
  suggestedName: string,
  title: string,
): Promise<string | null> {
  const options = {
    title,
    defaultPath: suggestedName,
    filters: [exportFilters[format]],
  };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? null : (result.filePath ?? null);
}

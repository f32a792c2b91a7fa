import { exportBriefingFile } from '../services/briefing/export-file';
import { DomainError } from '../services/errors';
import { matrixJson } from '../services/matrix/export';
import { originsOfFolder } from '../services/origins';
import { runQuotesCommand } from '../services/quotes';
import { createSearchLibrary } from '../services/search';
import { parseCommand, usage, UsageError, type Command } from './args';
import { defaultCacheDir } from './cache-dir';
import { findWorkspace } from './find-workspace';
import { indexJson, indexText, searchText } from './format-output';
import { matrixText } from './matrix-output';
import { originsJson, originsText } from './origins-output';
import { outletsJson, outletsOfWorkspace, outletsText } from './outlets-command';
import { withWorkspaceReading } from './workspace-reading';
import { createProgressReporter } from './progress-line';

declare const PARLEY_VERSION: string | undefined;

/** Exit codes: 0 done (a rewritten query included), 1 unexpected failure, 2 bad usage or unusable input. */
async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`parley: ${error.message}\n${usage}\n`);
    return 2;
  }
  switch (command.name) {
    case 'help':
      process.stdout.write(`${usage}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${typeof PARLEY_VERSION === 'string' ? PARLEY_VERSION : 'dev'}\n`);
      return 0;
    case 'quotes':
      process.stdout.write(runQuotesCommand(findWorkspace(command.workspace), command.format));
      return 0;
    case 'outlets': {
      const outlets = await outletsOfWorkspace(findWorkspace(command.workspace));
      process.stdout.write(`${command.json ? outletsJson(outlets) : outletsText(outlets)}\n`);
      return 0;
    }
    case 'origins': {
      const report = await originsOfFolder(command.folder);
      process.stdout.write(`${command.json ? originsJson(report) : originsText(report)}\n`);
      return 0;
    }
    case 'matrix': {
      const view = await withWorkspaceReading(findWorkspace(command.workspace), (reading) =>
        reading.matrix(command.asOf),
      );
      process.stdout.write(
        `${command.json ? JSON.stringify(matrixJson(view)) : matrixText(view)}\n`,
      );
      return 0;
    }
    case 'export': {
      const workspace = findWorkspace(command.workspace);
      // The folders are read only once the briefing is found: a wrong name fails at once.
      const done = await exportBriefingFile({
        workspace,
        briefing: command.briefing,
        format: command.format,
        out: command.output,
        data: (asOf) => withWorkspaceReading(workspace, (reading) => reading.briefingData(asOf)),
      });
      process.stderr.write(
        `parley: wrote ${done.file} (${done.footnotes} cited quote${done.footnotes === 1 ? '' : 's'})\n`,
      );
      for (const problem of done.problems) process.stderr.write(`parley: note: ${problem}\n`);
      return 0;
    }
    case 'index':
    case 'search':
      return indexAndMaybeSearch(command);
  }
}

async function indexAndMaybeSearch(command: Extract<Command, { name: 'index' | 'search' }>) {
  const progress = createProgressReporter(process.stderr);
  const library = createSearchLibrary({
    cacheDir: command.cacheDir ?? defaultCacheDir(),
    ...(command.workers === null ? {} : { workers: command.workers }),
    onProgress: (p) => progress.update(p),
  });
  try {
    const started = performance.now();
    const summary = await library.addFolder(command.folder);
    progress.finish();
    if (command.name === 'index') {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`${command.json ? indexJson(summary) : indexText(summary, seconds)}\n`);
      return 0;
    }
    const result = library.search({ text: command.query, limit: command.limit });
    const color = process.stdout.isTTY === true;
    process.stdout.write(`${command.json ? JSON.stringify(result) : searchText(result, color)}\n`);
    return 0;
  } finally {
    progress.finish();
    await library.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof DomainError) {
      process.stderr.write(`parley: ${error.message}\n`);
      process.exitCode = error.code === 'internal' ? 1 : 2;
      return;
    }
    process.stderr.write(`parley: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);

import { createSearchLibrary } from '../search';
import { createWorkbenchWith, type Workbench, type WorkbenchOptions } from './workbench';

export type { Listener, ServicePushEvent, Workbench, WorkbenchOptions } from './workbench';
export { findSeedsDir } from './app-root';

/** Opens the workbench over `dataDir`: loads settings, registers first-run folders, starts indexing in the background. */
export function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  return createWorkbenchWith(createSearchLibrary, options);
}

import type { WorkbenchApi } from '../../shared/contract';
import { createHttpApi } from './http-api';

/** The Electron preload's bridge when present, otherwise the loopback HTTP host. */
export function pickApi(scope: object = globalThis): WorkbenchApi {
  const bridged = (scope as { workbench?: WorkbenchApi }).workbench;
  return bridged ?? createHttpApi();
}

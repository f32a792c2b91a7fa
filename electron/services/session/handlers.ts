import type { AreaHandlers, HostHooks } from '../handlers';
import { settle } from '../handlers';
import type { Session } from './session';

/** workspace:* — which workspace is open, switching, copies, backups and undo. */
export function createWorkspaceHandlers(
  session: Session,
  hostHooks: HostHooks,
): AreaHandlers<'workspace:'> {
  return {
    'workspace:info': () => settle(() => session.state()),
    'workspace:new': ({ file }) => session.newWorkspace(file),
    'workspace:open': ({ file }) => session.openWorkspace(file),
    'workspace:save-as': ({ file, overwrite }) => session.saveWorkspaceAs(file, overwrite),
    'workspace:pick': ({ purpose }) => hostHooks.pickWorkspace?.(purpose) ?? Promise.resolve(null),
    'workspace:recent': () => settle(() => session.recentWorkspaces()),
    'workspace:undo': () => settle(() => session.undo()),
    'workspace:redo': () => settle(() => session.redo()),
    'workspace:backups': ({ file }) => settle(() => session.workspaceBackups(file)),
    'workspace:restore': ({ backup, file }) => session.restoreWorkspace(backup, file),
  };
}

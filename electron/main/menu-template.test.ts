import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { RecentWorkspace } from '../../shared/workspace';
import { buildMenuTemplate } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(platform: NodeJS.Platform, isPackaged = true, recent: RecentWorkspace[] = []) {
  const actions = {
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    openRecent: vi.fn(),
    saveWorkspaceAs: vi.fn(),
    openFolder: vi.fn(),
    find: vi.fn(),
    reloadIndex: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
  };
  const items = flatten(buildMenuTemplate({ platform, isPackaged, actions, recent }));
  const byLabel = (label: string) => items.find((i) => i.label === label);
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.();
  return { actions, items, byLabel, click };
}

describe('application menu', () => {
  it('offers Open Folder…, Find and Reload Index with the usual shortcuts', () => {
    const { byLabel } = build('linux');
    expect(byLabel('Open Folder…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Find')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('Reload Index')?.accelerator).toBe('CmdOrCtrl+Shift+R');
  });

  it('runs the matching action when an item is chosen', () => {
    const { actions, click } = build('win32');
    click('Open Folder…');
    click('Find');
    click('Reload Index');
    expect(actions.openFolder).toHaveBeenCalledOnce();
    expect(actions.find).toHaveBeenCalledOnce();
    expect(actions.reloadIndex).toHaveBeenCalledOnce();
  });

  it('uses the standard roles for clipboard editing and quitting', () => {
    const roles = build('linux')
      .items.map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('routes Undo and Redo to the renderer, which picks text or workspace undo', () => {
    const { actions, byLabel, click, items } = build('darwin');
    expect(byLabel('Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    // The roles would swallow the shortcut for text only; workspace edits would never be undone.
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    click('Undo');
    click('Redo');
    expect(actions.undo).toHaveBeenCalledOnce();
    expect(actions.redo).toHaveBeenCalledOnce();
  });

  it('offers the workspace commands in the File menu', () => {
    const { actions, click } = build('linux');
    click('New Workspace…');
    click('Open Workspace…');
    click('Save Workspace As…');
    expect(actions.newWorkspace).toHaveBeenCalledOnce();
    expect(actions.openWorkspace).toHaveBeenCalledOnce();
    expect(actions.saveWorkspaceAs).toHaveBeenCalledOnce();
  });

  it('lists recent workspaces that still exist under Open Recent', () => {
    const { actions, byLabel, click } = build('linux', true, [
      { file: '/w/Crimea.parley', name: 'Crimea', exists: true },
      { file: '/gone/Old.parley', name: 'Old', exists: false },
    ]);
    const submenu = byLabel('Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => i.label)).toEqual(['Crimea']);
    click('Crimea');
    expect(actions.openRecent).toHaveBeenCalledWith('/w/Crimea.parley');
    const empty = build('linux').byLabel('Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(empty).toEqual([{ label: 'No Recent Workspaces', enabled: false }]);
  });

  it('puts the app menu first on macOS', () => {
    expect(
      buildMenuTemplate({
        platform: 'darwin',
        isPackaged: true,
        actions: build('darwin').actions,
      })[0]?.role,
    ).toBe('appMenu');
  });

  it('hides developer tools in a packaged app', () => {
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

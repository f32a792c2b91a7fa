import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(platform: NodeJS.Platform, isPackaged = true) {
  const actions = { openFolder: vi.fn(), find: vi.fn(), reloadIndex: vi.fn() };
  const items = flatten(buildMenuTemplate({ platform, isPackaged, actions }));
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

  it('uses the standard roles for editing and quitting', () => {
    const roles = build('linux')
      .items.map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
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
